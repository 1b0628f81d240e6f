// Chooses the bot-state store from configuration: an embedded SQLite file by
// default (nothing to set up, survives restarts), memory for throwaway runs,
// Azure Blob Storage or Cosmos DB when several instances share the state.
import { join } from 'node:path';
import { ManagedIdentityCredential } from '@azure/identity';
import { MemoryStorage, type Storage } from 'botbuilder';
import { CosmosDbPartitionedStorage } from 'botbuilder-azure';
import { BlobsStorage } from 'botbuilder-azure-blobs';
import type { Config } from '../config.js';
import { SqliteStorage } from './sqliteStorage.js';

export interface ClosableStorage {
  storage: Storage;
  /** What the store is, for the start-up log line (never a key or a connection string). */
  description: string;
  close(): void;
}

export type StorageConfig = Pick<
  Config,
  | 'STORAGE'
  | 'DATA_DIR'
  | 'BLOB_CONNECTION_STRING'
  | 'BLOB_ACCOUNT_URL'
  | 'BLOB_CONTAINER'
  | 'COSMOS_ENDPOINT'
  | 'COSMOS_KEY'
  | 'COSMOS_DATABASE'
  | 'COSMOS_CONTAINER'
  | 'MANAGED_IDENTITY_CLIENT_ID'
>;

/**
 * Builds the store STORAGE names. The Azure stores connect lazily: nothing is
 * sent until the first turn reads state, so a wrong key shows as a failed turn
 * (logged), not as a process that refuses to start.
 */
export function createStorage(config: StorageConfig): ClosableStorage {
  switch (config.STORAGE) {
    case 'memory':
      return { storage: new MemoryStorage(), description: 'memory', close: () => {} };
    case 'blob':
      return { storage: createBlobStorage(config), description: `Azure Blob container ${config.BLOB_CONTAINER}`, close: () => {} };
    case 'cosmos':
      return { storage: createCosmosStorage(config), description: `Azure Cosmos DB ${config.COSMOS_DATABASE}/${config.COSMOS_CONTAINER}`, close: () => {} };
    case 'sqlite': {
      const path = join(config.DATA_DIR, 'bot-state.sqlite');
      const sqlite = new SqliteStorage(path);
      return { storage: sqlite, description: `SQLite ${path}`, close: () => sqlite.close() };
    }
  }
}

/** The Web App's managed identity: the user-assigned one when its client id is configured, else the system-assigned one. */
function managedIdentity(config: StorageConfig): ManagedIdentityCredential {
  return config.MANAGED_IDENTITY_CLIENT_ID ? new ManagedIdentityCredential({ clientId: config.MANAGED_IDENTITY_CLIENT_ID }) : new ManagedIdentityCredential();
}

function createBlobStorage(config: StorageConfig): BlobsStorage {
  if (config.BLOB_CONNECTION_STRING) return new BlobsStorage(config.BLOB_CONNECTION_STRING, config.BLOB_CONTAINER);
  // BlobsStorage takes the container's URL (not the account's) with a credential.
  const containerUrl = `${config.BLOB_ACCOUNT_URL.replace(/\/+$/, '')}/${config.BLOB_CONTAINER}`;
  return new BlobsStorage('', '', undefined, containerUrl, managedIdentity(config));
}

function createCosmosStorage(config: StorageConfig): CosmosDbPartitionedStorage {
  return new CosmosDbPartitionedStorage({
    cosmosDbEndpoint: config.COSMOS_ENDPOINT,
    databaseId: config.COSMOS_DATABASE,
    containerId: config.COSMOS_CONTAINER,
    // compatibilityMode off: keys are escaped but never truncated (Teams ids are long).
    compatibilityMode: false,
    ...(config.COSMOS_KEY ? { authKey: config.COSMOS_KEY } : { tokenCredential: managedIdentity(config) }),
  });
}
