// botbuilder's Storage contract on an embedded SQLite file (better-sqlite3):
// the default store, so preferences survive a restart with no cloud account.
// Writes are transactional and eTag-checked like MemoryStorage and the Azure
// stores: an item written with a stale eTag is refused. The file (and SQLite's
// -wal and -shm beside it) is readable by its owner only, in a directory
// only its owner can enter; every item remembers when it was last written,
// so state nobody touched for the retention period can be purged.
import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
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
  private readonly upsert: Database.Statement<[string, string, string, number]>;
  private readonly remove: Database.Statement<[string]>;
  private readonly writeAll: (changes: StoreItems) => void;
  private readonly removeOlder: Database.Statement<[number]>;

  constructor(path: string) {
    if (path !== ':memory:') createPrivateFile(path);
    this.db = new Database(path);
    // WAL with synchronous=FULL: a write that returned survives a crash of the process or the machine.
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.db.exec('CREATE TABLE IF NOT EXISTS items (key TEXT PRIMARY KEY, value TEXT NOT NULL, etag TEXT NOT NULL, updated INTEGER NOT NULL DEFAULT 0)');
    const columns = this.db.prepare<[], { name: string }>('PRAGMA table_info(items)').all();
    if (!columns.some((column) => column.name === 'updated')) {
      // A file from before purging by age: its items count from now, so they get the whole retention period.
      this.db.exec('ALTER TABLE items ADD COLUMN updated INTEGER NOT NULL DEFAULT 0');
      this.db.prepare('UPDATE items SET updated = ?').run(Date.now());
    }
    this.select = this.db.prepare('SELECT value, etag FROM items WHERE key = ?');
    this.upsert = this.db.prepare(
      'INSERT INTO items (key, value, etag, updated) VALUES (?, ?, ?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value, etag = excluded.etag, updated = excluded.updated',
    );
    this.remove = this.db.prepare('DELETE FROM items WHERE key = ?');
    this.removeOlder = this.db.prepare('DELETE FROM items WHERE updated < ?');
    this.writeAll = this.db.transaction((changes: StoreItems) => {
      for (const [key, item] of Object.entries(changes)) {
        const current = this.select.get(key);
        const eTag = (item as { eTag?: unknown })?.eTag;
        if (current && eTag && eTag !== '*' && eTag !== current.etag) throw new ETagConflictError(key);
        const next = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
        const { eTag: _ignored, ...value } = (item ?? {}) as Record<string, unknown>;
        this.upsert.run(key, JSON.stringify(value), next, Date.now());
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

  /** Deletes every item last written before `before`; returns how many. */
  async purgeWrittenBefore(before: Date): Promise<number> {
    return this.removeOlder.run(before.getTime()).changes;
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}

/**
 * Makes the directory (0700) and the database file (0600) before SQLite does:
 * SQLite gives its -wal and -shm files the database file's permissions, so
 * all three are private. Files made before this was done are narrowed too.
 */
function createPrivateFile(path: string): void {
  const directory = dirname(path);
  mkdirSync(directory, { recursive: true, mode: 0o700 });
  try {
    chmodSync(directory, 0o700);
  } catch (error) {
    // A directory the bot's user does not own (a shared mount): its files are still 0600.
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') throw error;
  }
  closeSync(openSync(path, 'a', 0o600));
  for (const file of [path, `${path}-wal`, `${path}-shm`]) if (existsSync(file)) chmodSync(file, 0o600);
}
