// The Azure stores (STORAGE=blob, STORAGE=cosmos) and the SDKs they need.
// Deployed, this module is a bundle of its own beside the bot's
// (dist/azureStores.js, scripts/build.ts), loaded by src/state/storage.ts only
// when one of them is configured: a start with the SQLite or memory store
// never reads, compiles or holds its code (2 MB of source V8 would keep for
// the life of the process). The managed identity comes from the caller:
// @azure/identity is in the bot's bundle already (botframework-connector's).
import type { TokenCredential } from '@azure/core-auth';
import { CosmosDbPartitionedStorage } from 'botbuilder-azure';
import { BlobsStorage } from 'botbuilder-azure-blobs';
import type { StorageConfig } from './storage.js';

/** A Blob Storage container: by connection string, else by the container's URL with `credential` (the Web App's managed identity). */
export function createBlobStorage(config: StorageConfig, container: string, credential?: TokenCredential): BlobsStorage {
  if (config.BLOB_CONNECTION_STRING) return new BlobsStorage(config.BLOB_CONNECTION_STRING, container);
  // BlobsStorage takes the container's URL (not the account's) with a credential.
  const containerUrl = `${config.BLOB_ACCOUNT_URL.replace(/\/+$/, '')}/${container}`;
  return new BlobsStorage('', '', undefined, containerUrl, credential);
}

/** A Cosmos DB container: by key, else with `credential` (the Web App's managed identity). */
export function createCosmosStorage(config: StorageConfig, container: string, credential?: TokenCredential): CosmosDbPartitionedStorage {
  return new CosmosDbPartitionedStorage({
    cosmosDbEndpoint: config.COSMOS_ENDPOINT,
    databaseId: config.COSMOS_DATABASE,
    containerId: container,
    // compatibilityMode off: keys are escaped but never truncated (Teams ids are long).
    compatibilityMode: false,
    ...(config.COSMOS_KEY ? { authKey: config.COSMOS_KEY } : { tokenCredential: credential }),
  });
}
