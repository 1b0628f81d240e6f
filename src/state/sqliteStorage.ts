// botbuilder's Storage contract on an embedded SQLite file (better-sqlite3):
// the default store, so preferences survive a restart with no cloud account.
// Writes are transactional and eTag-checked like MemoryStorage and the Azure
// stores: an item written with a stale eTag is refused. Writes made together
// are committed together (groupCommit.ts), each resolving once committed. The file (and SQLite's
// -wal and -shm beside it) is readable by its owner only, in a directory
// only its owner can enter; every item remembers when it was last written,
// so state nobody touched for the retention period can be purged.
import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { Storage, StoreItems } from 'botbuilder';
import { StartupError } from '../startupError.js';
import { GroupCommit } from './groupCommit.js';

export class ETagConflictError extends Error {
  constructor(readonly key: string) {
    super(`Storage: error writing "${key}" due to eTag conflict.`);
    this.name = 'ETagConflictError';
  }
}

/** An item to write: its key, its JSON without the eTag, and the eTag it must match ("*" or none: any). */
interface SerialisedItem {
  key: string;
  value: string;
  eTag: unknown;
}

export class SqliteStorage implements Storage {
  private readonly db: Database.Database;
  private readonly select: Database.Statement<[string], { value: string; etag: string }>;
  private readonly upsert: Database.Statement<[string, string, string, number]>;
  private readonly remove: Database.Statement<[string]>;
  /** Writes are committed in groups (groupCommit.ts): each write's items together, or none of them. */
  private readonly writes: GroupCommit<SerialisedItem[]>;
  private readonly removeOlder: Database.Statement<[number]>;

  /**
   * Opens (or creates) the store and checks it (PRAGMA quick_check). A
   * directory that cannot be written or a damaged file is a StartupError
   * naming the path and what to do.
   */
  constructor(path: string) {
    this.db = openChecked(path);
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
    this.writes = new GroupCommit(this.db, (items: SerialisedItem[]) => {
      const now = Date.now();
      for (const { key, value, eTag } of items) {
        // Only an eTag to match needs the stored one: botbuilder's state writes with "*" (last writer wins) do not.
        if (eTag && eTag !== '*') {
          const current = this.select.get(key);
          if (current && eTag !== current.etag) throw new ETagConflictError(key);
        }
        const next = `${now.toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
        this.upsert.run(key, value, next, now);
      }
    });
  }

  /**
   * Reads from the file every time, with no cache in the process: several
   * processes may share the file (two instances on one DATA_DIR, as the
   * contract tests' two handles are), and a cached item would hide another's
   * write, such as a language chosen through the other instance. A cache
   * kept right across processes would have to ask SQLite on every read
   * whether another connection wrote (PRAGMA data_version), which measured
   * about as dear as this read by primary key (tens of microseconds with the
   * JSON parse, two a turn, against milliseconds a turn).
   */
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
    // Serialised now: what is written is the items as they are when written, not when their group commits.
    const items = Object.entries(changes).map(([key, item]): SerialisedItem => {
      const { eTag, ...value } = (item ?? {}) as Record<string, unknown>;
      return { key, value: JSON.stringify(value), eTag };
    });
    return this.writes.write(items);
  }

  async delete(keys: string[]): Promise<void> {
    this.writes.flush();
    for (const key of keys) this.remove.run(key);
  }

  /** Deletes every item last written before `before`; returns how many. */
  async purgeWrittenBefore(before: Date): Promise<number> {
    this.writes.flush();
    return this.removeOlder.run(before.getTime()).changes;
  }

  /** SQLite's auto-checkpoint mark, in pages of write-ahead log (walCheckpointer.ts moves checkpoints off this connection). */
  setAutoCheckpoint(pages: number): void {
    if (this.db.open) this.db.pragma(`wal_autocheckpoint = ${pages}`);
  }

  /** Commits the writes waiting for their group, then closes the file. */
  close(): void {
    if (!this.db.open) return;
    this.writes.flush();
    this.db.close();
  }
}

/**
 * WAL with synchronous=NORMAL. A write that returned is in the WAL file, in
 * the operating system's hands: a crash of the process (kill -9, an uncaught
 * error, an out-of-memory kill) loses nothing acknowledged. The WAL is synced
 * to disk at each checkpoint, not at each commit, so a power loss or an
 * operating-system crash may lose the last moments of writes (never the
 * file's consistency: SQLite rolls back to the last synced commit). FULL
 * would flush the disk at every commit, that is on every turn that saves.
 */
function openDurable(db: Database.Database): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
}

/**
 * Opens (or creates) a private database file in WAL mode and checks it
 * (PRAGMA quick_check). A directory that cannot be written or a damaged file
 * is a StartupError naming the path and what to do.
 */
export function openChecked(path: string): Database.Database {
  if (path !== ':memory:') createPrivateFile(path);
  let db: Database.Database | undefined;
  try {
    db = new Database(path);
    openDurable(db);
    const check = db.pragma('quick_check', { simple: true }) as string;
    // Its report is one line per problem: the first few, on one line.
    if (check !== 'ok') throw Object.assign(new Error(`quick_check: ${check.split('\n').slice(0, 3).join('; ')}`), { code: 'SQLITE_CORRUPT' });
    return db;
  } catch (error) {
    if (db?.open) db.close();
    throw openFailure(path, error);
  }
}

/**
 * Makes the directory (0700) and the database file (0600) before SQLite does:
 * SQLite gives its -wal and -shm files the database file's permissions, so
 * all three are private. Files made before this was done are narrowed too.
 */
function createPrivateFile(path: string): void {
  const directory = dirname(path);
  try {
    mkdirSync(directory, { recursive: true, mode: 0o700 });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new StartupError(`${directory} does not exist and cannot be created (${code}): create it, or set DATA_DIR to a directory the bot's user can write.`, { cause: error });
  }
  try {
    closeSync(openSync(path, 'a', 0o600));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    if (code === 'EISDIR') throw new StartupError(`${path} is a directory, not a database file: move it aside, or set DATA_DIR to another directory.`, { cause: error });
    throw new StartupError(`${directory} is not writable (${code}): make it writable by the bot's user, or set DATA_DIR to a writable directory.`, { cause: error });
  }
  try {
    chmodSync(directory, 0o700);
  } catch (error) {
    // A directory the bot's user does not own (a shared mount): its files are still 0600.
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') throw error;
  }
  for (const file of [path, `${path}-wal`, `${path}-shm`]) if (existsSync(file)) chmodSync(file, 0o600);
}

/** What went wrong opening the file, as the one line an operator needs. */
function openFailure(path: string, error: unknown): StartupError {
  const code = String((error as { code?: unknown }).code ?? '');
  const detail = error instanceof Error ? error.message : String(error);
  if (['SQLITE_NOTADB', 'SQLITE_CORRUPT'].includes(code) || code.startsWith('SQLITE_CORRUPT') || /malformed|not a database/i.test(detail)) {
    return new StartupError(`${path} is damaged (${detail}): stop every instance, move the file and its -wal and -shm files aside (restore a backup if you have one), and start again; an empty store is created.`, { cause: error });
  }
  if (code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_CANTOPEN') || code === 'SQLITE_PERM' || code.startsWith('SQLITE_IOERR')) {
    return new StartupError(`${path} cannot be opened for writing (${code}: ${detail}): make it and its directory writable by the bot's user, or set DATA_DIR to a writable directory.`, { cause: error });
  }
  return new StartupError(`${path} cannot be opened (${code || 'error'}: ${detail}).`, { cause: error });
}
