// createStorage: STORAGE picks the store; the Azure stores are built without
// touching the network (they connect at the first read).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import Database from 'better-sqlite3';
import { MemoryStorage } from 'botbuilder';
import { CosmosDbPartitionedStorage } from 'botbuilder-azure';
import { BlobsStorage } from 'botbuilder-azure-blobs';
import { parseConfig } from '../src/config.js';
import { SqliteInteractionLog } from '../src/state/sqliteInteractionLog.js';
import { SqliteStorage } from '../src/state/sqliteStorage.js';
import { createStorage } from '../src/state/storage.js';

describe('createStorage', () => {
  it('keeps state in a SQLite file in DATA_DIR by default', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'state-store-'));
    try {
      const store = await createStorage(parseConfig({ DATA_DIR: dataDir }));
      expect(store.storage).toBeInstanceOf(SqliteStorage);
      expect(store.interactions).toBeInstanceOf(SqliteInteractionLog);
      expect(store.description).toBe(`SQLite ${join(dataDir, 'bot-state.sqlite')} (state) and ${join(dataDir, 'interactions.sqlite')} (interaction log)`);
      // Two files: what one holds is not in the other.
      const log = store.interactions as SqliteInteractionLog;
      await log.append([{ kind: 'question', id: 'q-apart', at: new Date().toISOString(), channel: 'webchat', language: 'en', user: 'u', conversation: 'c', question: 'apart?', outcome: 'noAnswer' }]);
      await store.storage.write({ 'webchat/users/u/': { preferences: { language: 'ru' } } });
      store.close();
      const tables = (file: string) => {
        const db = new Database(join(dataDir, file), { readonly: true });
        try {
          return Object.fromEntries(db.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'").all().map(({ name }) => [name, db.prepare(`SELECT count(*) AS n FROM "${name}"`).get()]));
        } finally {
          db.close();
        }
      };
      expect(tables('bot-state.sqlite')).toEqual({ items: { n: 1 } });
      expect(tables('interactions.sqlite')).toEqual({ records: { n: 1 }, health: { n: 0 } });
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('builds MemoryStorage, BlobsStorage (key or managed identity) and CosmosDbPartitionedStorage (key or managed identity)', async () => {
    expect((await createStorage(parseConfig({ STORAGE: 'memory' }))).storage).toBeInstanceOf(MemoryStorage);
    const withKey = await createStorage(parseConfig({ STORAGE: 'blob', BLOB_CONNECTION_STRING: 'DefaultEndpointsProtocol=https;AccountName=partnerbot;AccountKey=a2V5;EndpointSuffix=core.windows.net' }));
    expect(withKey.storage).toBeInstanceOf(BlobsStorage);
    const withIdentity = await createStorage(parseConfig({ STORAGE: 'blob', BLOB_ACCOUNT_URL: 'https://partnerbot.blob.core.windows.net/', MANAGED_IDENTITY_CLIENT_ID: '00000000-0000-4000-8000-000000000002' }));
    expect(withIdentity.storage).toBeInstanceOf(BlobsStorage);
    expect(withIdentity.description).toBe('Azure Blob containers bot-state (state) and interactions (interaction log)');
    expect(withIdentity.interactions).toBeInstanceOf(BlobsStorage);
    expect(withIdentity.interactions).not.toBe(withIdentity.storage);
    const cosmos = await createStorage(parseConfig({ STORAGE: 'cosmos', COSMOS_ENDPOINT: 'https://partnerbot.documents.azure.com:443/', COSMOS_KEY: 'a2V5' }));
    expect(cosmos.storage).toBeInstanceOf(CosmosDbPartitionedStorage);
    expect(cosmos.interactions).toBeInstanceOf(CosmosDbPartitionedStorage);
    expect(cosmos.description).toBe('Azure Cosmos DB brics-partner-bot/bot-state (state) and brics-partner-bot/interactions (interaction log)');
    expect((await createStorage(parseConfig({ STORAGE: 'cosmos', COSMOS_ENDPOINT: 'https://partnerbot.documents.azure.com:443/' }))).storage).toBeInstanceOf(CosmosDbPartitionedStorage);
  });

  it('never puts a key or a connection string in its description', async () => {
    const store = await createStorage(parseConfig({ STORAGE: 'blob', BLOB_CONNECTION_STRING: 'DefaultEndpointsProtocol=https;AccountName=partnerbot;AccountKey=c2VjcmV0;EndpointSuffix=core.windows.net' }));
    expect(store.description).not.toMatch(/c2VjcmV0|AccountKey/);
  });
});
