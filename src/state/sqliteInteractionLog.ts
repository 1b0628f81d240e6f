// The interaction log in its own SQLite file (the default store): one row a
// record, appended by an INSERT, read and purged by time through an index. It
// replaced shard documents rewritten whole on every append (through the
// Storage API, which has no append). Same durability and file permissions as
// the state file (sqliteStorage.ts). A file an older version wrote (shards in
// an `items` table) has its records moved into rows once, when opened.
import Database from 'better-sqlite3';
import type { InteractionRecord, InteractionStore, Period } from '../feedback/interactionLog.js';
import { GroupCommit } from './groupCommit.js';
import { openChecked } from './sqliteStorage.js';

/** After every ISO 8601 time ("2026-…"): the end of an open period. */
const END_OF_TIME = '~';

export class SqliteInteractionLog implements InteractionStore {
  private readonly db: Database.Database;
  private readonly insert: Database.Statement<[string, string, string]>;
  private readonly selectPeriod: Database.Statement<[string, string], { record: string }>;
  private readonly removeBefore: Database.Statement<[string]>;
  private readonly writeProbe: Database.Statement<[string]>;
  /** Appends are committed in groups (groupCommit.ts), each append's records together. */
  private readonly appends: GroupCommit<[id: string, at: string, record: string][]>;

  /** Opens (or creates) the file and checks it, as SqliteStorage does; moves an older layout's records into rows. */
  constructor(path: string) {
    this.db = openChecked(path);
    // seq (the rowid) keeps the order of appending among records of the same instant.
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS records (seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, at TEXT NOT NULL, record TEXT NOT NULL);
      CREATE INDEX IF NOT EXISTS records_at ON records (at);
      CREATE TABLE IF NOT EXISTS health (id INTEGER PRIMARY KEY CHECK (id = 1), at TEXT NOT NULL);
    `);
    this.insert = this.db.prepare('INSERT OR IGNORE INTO records (id, at, record) VALUES (?, ?, ?)');
    this.selectPeriod = this.db.prepare('SELECT record FROM records WHERE at >= ? AND at < ? ORDER BY at, seq');
    this.removeBefore = this.db.prepare('DELETE FROM records WHERE at < ?');
    this.writeProbe = this.db.prepare('INSERT OR REPLACE INTO health (id, at) VALUES (1, ?)');
    this.appends = new GroupCommit(this.db, (rows: [id: string, at: string, record: string][]) => {
      for (const row of rows) this.insert.run(...row);
    });
    this.moveShardsIntoRows();
  }

  async append(records: InteractionRecord[]): Promise<void> {
    return this.appends.write(records.map((record) => [record.id, record.at, JSON.stringify(record)]));
  }

  async read(period: Period = {}): Promise<InteractionRecord[]> {
    const since = period.since?.toISOString() ?? '';
    const until = period.until?.toISOString() ?? END_OF_TIME;
    return this.selectPeriod.all(since, until).map((row) => JSON.parse(row.record) as InteractionRecord);
  }

  async purgeBefore(before: Date): Promise<number> {
    this.appends.flush();
    return this.removeBefore.run(before.toISOString()).changes;
  }

  async probe(): Promise<void> {
    this.writeProbe.run(new Date().toISOString());
  }

  /** SQLite's auto-checkpoint mark, in pages of write-ahead log (walCheckpointer.ts moves checkpoints off this connection). */
  setAutoCheckpoint(pages: number): void {
    if (this.db.open) this.db.pragma(`wal_autocheckpoint = ${pages}`);
  }

  /** Commits the appends waiting for their group, then closes the file. */
  close(): void {
    if (!this.db.open) return;
    this.appends.flush();
    this.db.close();
  }

  /**
   * An older version kept this file as a botbuilder store: shard documents
   * (`interactions/<hour>/<writer>`, each a list of records) and their index
   * in an `items` table. Their records become rows and the shards are
   * deleted, in one transaction: an interruption leaves the old layout whole,
   * to be moved at the next start, and a record moved twice is kept once. A
   * shard that does not parse stays where it is (and is tried again next
   * start) rather than being lost or stopping the start.
   */
  private moveShardsIntoRows(): void {
    const move = this.db.transaction(() => {
      const hasItems = this.db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'items'").get();
      if (!hasItems) return;
      const shards = this.db.prepare<[], { key: string; value: string }>("SELECT key, value FROM items WHERE key LIKE 'interactions/%' ORDER BY key").all();
      const moved: string[] = [];
      for (const { key, value } of shards) {
        if (key === 'interactions/index') continue;
        let records: unknown;
        try {
          records = (JSON.parse(value) as { records?: unknown }).records;
        } catch {
          continue;
        }
        if (!Array.isArray(records)) continue;
        for (const record of records as InteractionRecord[]) {
          if (typeof record?.id === 'string' && typeof record.at === 'string') this.insert.run(record.id, record.at, JSON.stringify(record));
        }
        moved.push(key);
      }
      const remove = this.db.prepare<[string]>('DELETE FROM items WHERE key = ?');
      for (const key of moved) remove.run(key);
      // The index lists shards that are rows now; any shard left is found by its key, not through it.
      remove.run('interactions/index');
      remove.run('health/probe');
      const left = this.db.prepare<[], { n: number }>('SELECT count(*) AS n FROM items').get()!.n;
      if (left === 0) this.db.exec('DROP TABLE items');
    });
    // IMMEDIATE: two processes opening the file at once (the bot and `npm run report`) move it once, one after the other.
    move.immediate();
  }
}
