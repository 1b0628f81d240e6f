// Group commit (src/state/groupCommit.ts): the SQLite stores commit the
// writes that arrive together in one transaction, each still resolving only
// once it is committed, each failing on its own, none lost at close.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import Database from 'better-sqlite3';
import { GroupCommit } from '../src/state/groupCommit.js';
import { SqliteInteractionLog } from '../src/state/sqliteInteractionLog.js';
import { SqliteStorage } from '../src/state/sqliteStorage.js';
import type { InteractionRecord } from '../src/feedback/interactionLog.js';

const dir = mkdtempSync(join(tmpdir(), 'group-commit-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;
const freshPath = () => join(dir, `store-${(files += 1)}.sqlite`);

/** A table of names on a fresh file, with a second connection (another process's view) to look from. */
function namesTable() {
  const path = freshPath();
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.exec('CREATE TABLE names (name TEXT PRIMARY KEY)');
  const other = new Database(path, { readonly: true });
  const committed = () => other.prepare<[], { name: string }>('SELECT name FROM names ORDER BY name').all().map((row) => row.name);
  return { db, committed, close: () => (other.close(), db.close()) };
}

describe('GroupCommit', () => {
  it('commits writes made together in one transaction, after the current turn of the event loop, and resolves each once committed', async () => {
    const { db, committed, close } = namesTable();
    const seenByOthers: string[][] = [];
    const insert = db.prepare<[string]>('INSERT INTO names (name) VALUES (?)');
    const group = new GroupCommit<string>(db, (name) => {
      seenByOthers.push(committed());
      insert.run(name);
    });
    const writes = ['a', 'b', 'c'].map((name) => group.write(name));
    // Nothing is written while the turn that made the writes goes on.
    expect(committed()).toEqual([]);
    await Promise.all(writes);
    expect(committed()).toEqual(['a', 'b', 'c']);
    // Inside one transaction: no write was visible to another connection before the group's commit.
    expect(seenByOthers).toEqual([[], [], []]);
    // A write on its own is committed on its own.
    await group.write('d');
    expect(committed()).toEqual(['a', 'b', 'c', 'd']);
    close();
  });

  it('fails a write on its own, undoing only its changes', async () => {
    const { db, committed, close } = namesTable();
    const insert = db.prepare<[string]>('INSERT INTO names (name) VALUES (?)');
    const group = new GroupCommit<string[]>(db, (names) => {
      for (const name of names) {
        if (name === 'refused') throw new Error('refused');
        insert.run(name);
      }
    });
    const results = await Promise.allSettled([group.write(['a']), group.write(['b', 'refused']), group.write(['c'])]);
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(committed()).toEqual(['a', 'c']);
    close();
  });

  it('tries each write alone when the group\'s transaction fails as a whole', async () => {
    const { db, committed, close } = namesTable();
    const insert = db.prepare<[string]>('INSERT INTO names (name) VALUES (?)');
    const group = new GroupCommit<string>(db, (name) => {
      insert.run(name);
      // What SQLite does on a full disk or an I/O error: it ends the whole transaction.
      if (name === 'ends the transaction') {
        db.prepare('ROLLBACK').run();
        throw new Error('SQLITE_FULL');
      }
    });
    const results = await Promise.allSettled(['a', 'ends the transaction', 'c'].map((name) => group.write(name)));
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(committed()).toEqual(['a', 'c']);
    close();
  });
});

describe('SqliteStorage with group commit', () => {
  it('stores each of many writes made at once, and refuses the stale eTag among them', async () => {
    const path = freshPath();
    const store = new SqliteStorage(path);
    await store.write({ counter: { n: 0 } });
    const { counter } = await store.read(['counter']);
    const writes = [
      ...Array.from({ length: 20 }, (_, i) => store.write({ [`user/${i}`]: { language: 'ru', eTag: '*' } })),
      store.write({ counter: { n: 1, eTag: counter!.eTag } }),
      store.write({ counter: { n: 2, eTag: counter!.eTag } }),
    ];
    const results = await Promise.allSettled(writes);
    expect(results.filter((result) => result.status === 'rejected')).toHaveLength(1);
    expect(String((results.at(-1) as PromiseRejectedResult).reason)).toMatch(/eTag conflict/);
    const other = new SqliteStorage(path);
    expect((await other.read(['counter'])).counter).toMatchObject({ n: 1 });
    expect(Object.keys(await other.read(Array.from({ length: 20 }, (_, i) => `user/${i}`)))).toHaveLength(20);
    other.close();
    store.close();
  });

  it('writes an item as it was when written, not as it is when its group commits', async () => {
    const store = new SqliteStorage(freshPath());
    const state: Record<string, unknown> = { language: 'ru' };
    const written = store.write({ a: state });
    state.language = 'pt';
    await written;
    expect((await store.read(['a'])).a).toMatchObject({ language: 'ru' });
    store.close();
  });

  it('commits the writes still waiting when it is closed, and keeps a delete after the write before it', async () => {
    const path = freshPath();
    const store = new SqliteStorage(path);
    void store.write({ kept: { n: 1 } });
    void store.write({ deleted: { n: 1 } });
    await store.delete(['deleted']);
    store.close();
    const reopened = new SqliteStorage(path);
    expect(Object.keys(await reopened.read(['kept', 'deleted']))).toEqual(['kept']);
    reopened.close();
  });
});

describe('SqliteInteractionLog with group commit', () => {
  const record = (id: string): InteractionRecord => ({ kind: 'question', id, at: new Date().toISOString(), channel: 'test', language: 'en', user: 'u', conversation: 'c', question: 'q', outcome: 'noAnswer' });

  it('stores appends made at once, and those still waiting when it is closed', async () => {
    const path = freshPath();
    const log = new SqliteInteractionLog(path);
    await Promise.all(Array.from({ length: 10 }, (_, i) => log.append([record(`r${i}`)])));
    void log.append([record('last')]);
    log.close();
    const reopened = new SqliteInteractionLog(path);
    expect((await reopened.read()).map((r) => r.id).sort()).toEqual([...Array.from({ length: 10 }, (_, i) => `r${i}`), 'last'].sort());
    reopened.close();
  });
});
