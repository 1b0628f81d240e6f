// Chooses the bot-state store from configuration: an embedded SQLite file by
// default (nothing to set up, survives restarts), memory for throwaway runs.
import { join } from 'node:path';
import { MemoryStorage, type Storage } from 'botbuilder';
import type { Config } from '../config.js';
import { SqliteStorage } from './sqliteStorage.js';

export interface ClosableStorage {
  storage: Storage;
  close(): void;
}

export function createStorage(config: Pick<Config, 'STORAGE' | 'DATA_DIR'>): ClosableStorage {
  if (config.STORAGE === 'memory') return { storage: new MemoryStorage(), close: () => {} };
  const sqlite = new SqliteStorage(join(config.DATA_DIR, 'bot-state.sqlite'));
  return { storage: sqlite, close: () => sqlite.close() };
}
