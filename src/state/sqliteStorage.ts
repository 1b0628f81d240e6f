// botbuilder's Storage contract on an embedded SQLite file (better-sqlite3):
// the default store, so preferences survive a restart with no cloud account.
// Writes are transactional and eTag-checked like MemoryStorage and the Azure
// stores: an item written with a stale eTag is refused.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { Storage, StoreItems } from 'botbuilder';

export class ETagConflictError extends Error {
  constructor(readonly key: string) {
    super(`Storage: error writing "${key}" due to eTag conflict.`);
    this.name = 'ETagConflictError';
  }
}

export class SqliteStorage implements Storage {
  private readonly db: Database.Database;
  private readonly select: Database.Statement<[string], { value: string; etag: string }>;
  private readonly upsert: Database.Statement<[string, string, string]>;
  private readonly remove: Database.Statement<[string]>;
  private readonly writeAll: (changes: StoreItems) => void;

  constructor(path: string) {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    this.db = new Database(path);
    // WAL with synchronous=FULL: a write that returned survives a crash of the process or the machine.
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.db.exec('CREATE TABLE IF NOT EXISTS items (key TEXT PRIMARY KEY, value TEXT NOT NULL, etag TEXT NOT NULL)');
    this.select = this.db.prepare('SELECT value, etag FROM items WHERE key = ?');
    this.upsert = this.db.prepare('INSERT INTO items (key, value, etag) VALUES (?, ?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value, etag = excluded.etag');
    this.remove = this.db.prepare('DELETE FROM items WHERE key = ?');
    this.writeAll = this.db.transaction((changes: StoreItems) => {
      for (const [key, item] of Object.entries(changes)) {
        const current = this.select.get(key);
        const eTag = (item as { eTag?: unknown })?.eTag;
        if (current && eTag && eTag !== '*' && eTag !== current.etag) throw new ETagConflictError(key);
        const next = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
        const { eTag: _ignored, ...value } = (item ?? {}) as Record<string, unknown>;
        this.upsert.run(key, JSON.stringify(value), next);
      }
    });
  }

  async read(keys: string[]): Promise<StoreItems> {
    if (!keys) throw new ReferenceError('Keys are required when reading.');
    const items: StoreItems = {};
    for (const key of keys) {
      const row = this.select.get(key);
      if (row) items[key] = { ...(JSON.parse(row.value) as object), eTag: row.etag };
    }
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    if (!changes) throw new ReferenceError('Changes are required when writing.');
    this.writeAll(changes);
  }

  async delete(keys: string[]): Promise<void> {
    for (const key of keys) this.remove.run(key);
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
