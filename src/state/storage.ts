// Chooses the stores from configuration: an embedded SQLite file by default
// (nothing to set up, survives restarts), memory for throwaway runs, Azure
// Blob Storage or Cosmos DB when several instances share the state. Bot state
// and the interaction log are always kept apart (two files, two containers):
// state is keyed by the channels' raw ids, the log by pseudonyms, and a copy
// of one must not be enough to tie the other's records to people.
import { join } from 'node:path';
import type { ManagedIdentityCredential } from '@azure/identity';
import { MemoryStorage, type Storage } from 'botbuilder';
import type { Config } from '../config.js';
import type { InteractionStore } from '../feedback/interactionLog.js';
import { SqliteInteractionLog } from './sqliteInteractionLog.js';
import { SqliteStorage } from './sqliteStorage.js';
import { WalCheckpointer } from './walCheckpointer.js';

export interface ClosableStorage {
  /** Bot state: user preferences, conversation state. */
  storage: Storage;
  /**
   * The interaction log (src/feedback/interactionLog.ts), apart from state:
   * rows in its own SQLite file by default, shard documents in the Azure and
   * memory stores.
   */
  interactions: Storage | InteractionStore;
  /** What the stores are, for the start-up log line (never a key or a connection string). */
  description: string;
  /**
   * Deletes state not written since `before`; returns how many items. Only
   * where the store can find them (SQLite); in Azure a lifecycle rule on the
   * state container does it (deploymentTemplates/), memory forgets anyway.
   */
  purgeStateWrittenBefore?(before: Date): Promise<number>;
  /** Starts what runs beside the turns (SQLite: WAL checkpoints in a worker thread); called once the bot is ready. */
  startBackgroundWork?(): void;
  /** Stops it, once it has finished (a last checkpoint); before close. */
  stopBackgroundWork?(): Promise<void>;
  close(): void;
}

export type StorageConfig = Pick<
  Config,
  | 'STORAGE'
  | 'DATA_DIR'
  | 'BLOB_CONNECTION_STRING'
  | 'BLOB_ACCOUNT_URL'
  | 'BLOB_CONTAINER'
  | 'BLOB_INTERACTIONS_CONTAINER'
  | 'COSMOS_ENDPOINT'
  | 'COSMOS_KEY'
  | 'COSMOS_DATABASE'
  | 'COSMOS_CONTAINER'
  | 'COSMOS_INTERACTIONS_CONTAINER'
  | 'MANAGED_IDENTITY_CLIENT_ID'
>;

/**
 * Builds the store STORAGE names. The Azure SDKs are loaded only when chosen
 * (src/state/azureStores.ts: they add about half a second to every start otherwise), and connect lazily:
 * nothing is sent until the first turn reads state, so a wrong key shows as a
 * failed turn (logged), not as a process that refuses to start.
 */
export async function createStorage(config: StorageConfig): Promise<ClosableStorage> {
  switch (config.STORAGE) {
    case 'memory':
      return { storage: new MemoryStorage(), interactions: new MemoryStorage(), description: 'memory', close: () => {} };
    case 'blob': {
      const { createBlobStorage } = await loadAzureStores();
      const credential = config.BLOB_CONNECTION_STRING ? undefined : await managedIdentity(config);
      return {
        storage: createBlobStorage(config, config.BLOB_CONTAINER, credential),
        interactions: createBlobStorage(config, config.BLOB_INTERACTIONS_CONTAINER, credential),
        description: `Azure Blob containers ${config.BLOB_CONTAINER} (state) and ${config.BLOB_INTERACTIONS_CONTAINER} (interaction log)`,
        close: () => {},
      };
    }
    case 'cosmos': {
      const { createCosmosStorage } = await loadAzureStores();
      const credential = config.COSMOS_KEY ? undefined : await managedIdentity(config);
      return {
        storage: createCosmosStorage(config, config.COSMOS_CONTAINER, credential),
        interactions: createCosmosStorage(config, config.COSMOS_INTERACTIONS_CONTAINER, credential),
        description: `Azure Cosmos DB ${config.COSMOS_DATABASE}/${config.COSMOS_CONTAINER} (state) and ${config.COSMOS_DATABASE}/${config.COSMOS_INTERACTIONS_CONTAINER} (interaction log)`,
        close: () => {},
      };
    }
    case 'sqlite': {
      const statePath = join(config.DATA_DIR, STATE_FILE);
      const logPath = join(config.DATA_DIR, INTERACTIONS_FILE);
      const state = new SqliteStorage(statePath);
      const interactions = new SqliteInteractionLog(logPath);
      const checkpointer = new WalCheckpointer([statePath, logPath], (pages) => {
        state.setAutoCheckpoint(pages);
        interactions.setAutoCheckpoint(pages);
      });
      return {
        storage: state,
        interactions,
        description: `SQLite ${statePath} (state) and ${logPath} (interaction log)`,
        purgeStateWrittenBefore: (before) => state.purgeWrittenBefore(before),
        startBackgroundWork: () => checkpointer.start(),
        stopBackgroundWork: () => checkpointer.stop(),
        close: () => {
          // Stopped already when the app stops; otherwise the worker checkpoints a last time and closes its connections by itself.
          void checkpointer.stop();
          state.close();
          interactions.close();
        },
      };
    }
  }
}

/** The SQLite files in DATA_DIR. */
export const STATE_FILE = 'bot-state.sqlite';
export const INTERACTIONS_FILE = 'interactions.sqlite';

/** The Web App's managed identity: the user-assigned one when its client id is configured, else the system-assigned one. */
async function managedIdentity(config: StorageConfig): Promise<ManagedIdentityCredential> {
  const { ManagedIdentityCredential } = await import('@azure/identity');
  return config.MANAGED_IDENTITY_CLIENT_ID ? new ManagedIdentityCredential({ clientId: config.MANAGED_IDENTITY_CLIENT_ID }) : new ManagedIdentityCredential();
}

/**
 * The Azure stores' module, read only when one is configured: the source under tsx and jest, the bundle
 * of its own beside the bot's once built (scripts/build.ts makes this import a require of ./azureStores.js).
 */
function loadAzureStores(): Promise<typeof import('./azureStores.js')> {
  return import('./azureStores.js');
}
