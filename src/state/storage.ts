// Chooses the bot-state store from configuration: an embedded SQLite file by
// default (nothing to set up, survives restarts), memory for throwaway runs,
// Azure Blob Storage or Cosmos DB when several instances share the state.
import { join } from 'node:path';
import type { ManagedIdentityCredential } from '@azure/identity';
import { MemoryStorage, type Storage } from 'botbuilder';
import type { CosmosDbPartitionedStorage } from 'botbuilder-azure';
import type { BlobsStorage } from 'botbuilder-azure-blobs';
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
 * Builds the store STORAGE names. The Azure SDKs are loaded only when chosen
 * (they add about half a second to every start otherwise), and connect lazily:
 * nothing is sent until the first turn reads state, so a wrong key shows as a
 * failed turn (logged), not as a process that refuses to start.
 */
export async function createStorage(config: StorageConfig): Promise<ClosableStorage> {
  switch (config.STORAGE) {
    case 'memory':
      return { storage: new MemoryStorage(), description: 'memory', close: () => {} };
    case 'blob':
      return { storage: await createBlobStorage(config), description: `Azure Blob container ${config.BLOB_CONTAINER}`, close: () => {} };
    case 'cosmos':
      return { storage: await createCosmosStorage(config), description: `Azure Cosmos DB ${config.COSMOS_DATABASE}/${config.COSMOS_CONTAINER}`, close: () => {} };
    case 'sqlite': {
      const path = join(config.DATA_DIR, 'bot-state.sqlite');
      const sqlite = new SqliteStorage(path);
      return { storage: sqlite, description: `SQLite ${path}`, close: () => sqlite.close() };
    }
  }
}

/** The Web App's managed identity: the user-assigned one when its client id is configured, else the system-assigned one. */
async function managedIdentity(config: StorageConfig): Promise<ManagedIdentityCredential> {
  const { ManagedIdentityCredential } = await import('@azure/identity');
  return config.MANAGED_IDENTITY_CLIENT_ID ? new ManagedIdentityCredential({ clientId: config.MANAGED_IDENTITY_CLIENT_ID }) : new ManagedIdentityCredential();
}

async function createBlobStorage(config: StorageConfig): Promise<BlobsStorage> {
  const { BlobsStorage } = await import('botbuilder-azure-blobs');
  if (config.BLOB_CONNECTION_STRING) return new BlobsStorage(config.BLOB_CONNECTION_STRING, config.BLOB_CONTAINER);
  // BlobsStorage takes the container's URL (not the account's) with a credential.
  const containerUrl = `${config.BLOB_ACCOUNT_URL.replace(/\/+$/, '')}/${config.BLOB_CONTAINER}`;
  return new BlobsStorage('', '', undefined, containerUrl, await managedIdentity(config));
}

async function createCosmosStorage(config: StorageConfig): Promise<CosmosDbPartitionedStorage> {
  const { CosmosDbPartitionedStorage } = await import('botbuilder-azure');
  return new CosmosDbPartitionedStorage({
    cosmosDbEndpoint: config.COSMOS_ENDPOINT,
    databaseId: config.COSMOS_DATABASE,
    containerId: config.COSMOS_CONTAINER,
    // compatibilityMode off: keys are escaped but never truncated (Teams ids are long).
    compatibilityMode: false,
    ...(config.COSMOS_KEY ? { authKey: config.COSMOS_KEY } : { tokenCredential: await managedIdentity(config) }),
  });
}
