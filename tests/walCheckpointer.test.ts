// WAL checkpoints in a worker thread (src/state/walCheckpointer.ts): what the
// bot commits reaches the database file itself without the bot's own
// connection checkpointing, and a worker that cannot run hands checkpoints
// back to the connections.
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import Database from 'better-sqlite3';
import { SqliteStorage } from '../src/state/sqliteStorage.js';
import { FALLBACK_AUTOCHECKPOINT, WalCheckpointer } from '../src/state/walCheckpointer.js';

const dir = mkdtempSync(join(tmpdir(), 'wal-checkpointer-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * The keys found in the database file alone, without its write-ahead log: what has been checkpointed. The file is
 * copied while the worker may be writing pages into it, without SQLite's locks: a copy taken in the middle of a
 * checkpoint is torn ("database disk image is malformed"), and is taken again.
 */
const pause = new Int32Array(new SharedArrayBuffer(4));

function checkpointedKeys(path: string, name: string): string[] {
  const copy = join(dir, `${name}-copy.sqlite`);
  for (let attempt = 1; ; attempt += 1) {
    copyFileSync(path, copy);
    const db = new Database(copy, { readonly: true });
    try {
      const hasItems = db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'items'").get();
      return hasItems ? db.prepare<[], { key: string }>('SELECT key FROM items ORDER BY key').all().map((row) => row.key) : [];
    } catch (error) {
      // SQLite may name the damage with an extended code (SQLITE_CORRUPT_INDEX …).
      const torn = error instanceof Database.SqliteError && /^SQLITE_(CORRUPT|NOTADB)/.test(error.code);
      if (!torn || attempt >= 200) throw error;
    } finally {
      db.close();
    }
    // On a busy machine twenty copies taken back to back had all fallen inside checkpoints: let one end first.
    Atomics.wait(pause, 0, 0, 10);
  }
}

async function writeSome(store: SqliteStorage): Promise<string[]> {
  const keys = Array.from({ length: 20 }, (_, i) => `webchat/users/u${String(i).padStart(2, '0')}`);
  for (const key of keys) await store.write({ [key]: { preferences: { language: 'ru' } } });
  return keys;
}

const until = async (condition: () => boolean, ms = 5000) => {
  const started = Date.now();
  while (!condition() && Date.now() - started < ms) await new Promise((resolve) => setTimeout(resolve, 20));
  return condition();
};

describe('WAL checkpoints in a worker thread', () => {
  it('leaves a few commits in the log when nobody checkpoints (SQLite waits for 1,000 pages)', async () => {
    const path = join(dir, 'alone.sqlite');
    const store = new SqliteStorage(path);
    await writeSome(store);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(checkpointedKeys(path, 'alone')).toEqual([]);
    store.close();
  });

  it('moves what was committed into the database file, off the bot\'s connection', async () => {
    const path = join(dir, 'worker.sqlite');
    const store = new SqliteStorage(path);
    const marks: number[] = [];
    const checkpointer = new WalCheckpointer([path], (pages) => {
      marks.push(pages);
      store.setAutoCheckpoint(pages);
    }, { intervalMs: 50 });
    checkpointer.start();
    expect(checkpointer.running).toBe(true);
    const keys = await writeSome(store);
    expect(await until(() => checkpointedKeys(path, 'worker').length === keys.length)).toBe(true);
    expect(checkpointedKeys(path, 'worker')).toEqual(keys);
    await checkpointer.stop();
    expect(checkpointer.running).toBe(false);
    // Raised while the worker ran, SQLite's default again after.
    expect(marks).toEqual([FALLBACK_AUTOCHECKPOINT, 1000]);
    // The bot's connection goes on writing and reading after the worker has stopped.
    await store.write({ after: { n: 1 } });
    expect((await store.read(['after'])).after).toMatchObject({ n: 1 });
    store.close();
  });

  it('hands checkpoints back to the connections when the worker cannot run', async () => {
    const marks: number[] = [];
    const checkpointer = new WalCheckpointer([join(dir, 'missing', 'nothing.sqlite')], (pages) => marks.push(pages), { intervalMs: 50 });
    checkpointer.start();
    expect(await until(() => !checkpointer.running)).toBe(true);
    expect(marks).toEqual([FALLBACK_AUTOCHECKPOINT, 1000]);
  });
});
