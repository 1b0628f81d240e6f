// The interaction log in its own SQLite file, one row a record: kept across a
// restart, read by period in time order, purged by age, shared by two
// connections, and a file in the older layout (shard documents) moved into
// rows once, without losing or doubling a record and without stopping start-up.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import Database from 'better-sqlite3';
import { readSqlite } from './support/sqlite.js';
import { parseConfig } from '../src/config.js';
import { InteractionLog, type InteractionRecord, type QuestionRecord } from '../src/feedback/interactionLog.js';
import { runReportCli } from '../src/feedback/reportCli.js';
import { SqliteInteractionLog } from '../src/state/sqliteInteractionLog.js';
import { SqliteStorage } from '../src/state/sqliteStorage.js';
import { StorageHealth, StorageUnavailableError } from '../src/state/storageHealth.js';
import { INTERACTIONS_FILE } from '../src/state/storage.js';

let dir: string;
const opened: { close(): void }[] = [];
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'interaction-rows-'));
});
afterEach(() => {
  for (const store of opened.splice(0)) store.close();
  rmSync(dir, { recursive: true, force: true });
});

function rows(path = join(dir, INTERACTIONS_FILE)): SqliteInteractionLog {
  const store = new SqliteInteractionLog(path);
  opened.push(store);
  return store;
}

let sequence = 0;
const question = (at: string, text = at): QuestionRecord => ({
  kind: 'question', id: `q-${(sequence += 1)}`, at, channel: 'webchat', language: 'en', user: 'u', conversation: 'c', question: text, outcome: 'noAnswer',
});
const questions = (records: InteractionRecord[]) => records.map((r) => (r as QuestionRecord).question);

const tablesIn = (path: string) =>
  readSqlite(path, (db) => db.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all().map((row) => row.name));

describe('the interaction log as rows of its own SQLite file', () => {
  it('keeps records across a restart and reads them oldest first, a period at a time', async () => {
    const first = new InteractionLog(rows());
    for (const at of ['2026-11-01T10:30:00.000Z', '2026-11-01T09:00:00.000Z', '2026-11-02T00:00:00.000Z', '2026-10-01T08:00:00.000Z']) await first.append(question(at));
    opened.pop()!.close();

    const second = new InteractionLog(rows());
    expect(questions(await second.read())).toEqual(['2026-10-01T08:00:00.000Z', '2026-11-01T09:00:00.000Z', '2026-11-01T10:30:00.000Z', '2026-11-02T00:00:00.000Z']);
    // since inclusive, until exclusive, as the sharded log reads.
    expect(questions(await second.read({ since: new Date('2026-11-01T09:00:00.000Z'), until: new Date('2026-11-02T00:00:00.000Z') }))).toEqual(['2026-11-01T09:00:00.000Z', '2026-11-01T10:30:00.000Z']);
    expect(await second.purgeBefore(new Date('2026-11-01T10:30:00.000Z'))).toBe(2);
    expect(questions(await second.read())).toEqual(['2026-11-01T10:30:00.000Z', '2026-11-02T00:00:00.000Z']);
    expect(await second.purgeBefore(new Date('2026-11-01T10:30:00.000Z'))).toBe(0);
  });

  it('keeps records of the same instant in the order they were appended, and a record appended twice once', async () => {
    const log = new InteractionLog(rows());
    const at = '2026-11-01T10:00:00.000Z';
    const batch = Array.from({ length: 50 }, (_, i) => question(at, `q${i}`));
    await Promise.all(batch.map((record) => log.append(record)));
    await log.append(batch[7]!);
    expect(questions(await log.read())).toEqual(batch.map((r) => r.question));
  });

  it('loses no record when two connections (two processes) append at once', async () => {
    const a = new InteractionLog(rows());
    const b = new InteractionLog(rows());
    const at = new Date().toISOString();
    await Promise.all(Array.from({ length: 200 }, (_, i) => (i % 2 ? a : b).append(question(at, `q${i}`))));
    expect((await a.read()).length).toBe(200);
    expect((await b.read()).length).toBe(200);
  });

  it('is a private file, like the state file', async () => {
    await new InteractionLog(rows()).append(question(new Date().toISOString()));
    for (const file of [INTERACTIONS_FILE, `${INTERACTIONS_FILE}-wal`, `${INTERACTIONS_FILE}-shm`]) {
      expect({ file, mode: (statSync(join(dir, file)).mode & 0o777).toString(8) }).toEqual({ file, mode: '600' });
    }
    expect((statSync(dir).mode & 0o777).toString(8)).toBe('700');
  });

  it('turns a failed append into a store failure the health watch counts', async () => {
    const store = rows();
    const health = new StorageHealth();
    const log = new InteractionLog(health.watch(store));
    store.close();
    for (let i = 0; i < 3; i += 1) await expect(log.append(question(new Date().toISOString()))).rejects.toBeInstanceOf(StorageUnavailableError);
    expect(health.available).toBe(false);
  });
});

describe('an interaction log file from before (shard documents)', () => {
  /** Writes the file as the previous version did: InteractionLog through SqliteStorage. */
  async function writeOldLayout(path: string, records: InteractionRecord[]): Promise<void> {
    const old = new SqliteStorage(path);
    const log = new InteractionLog(old);
    for (const record of records) await log.append(record);
    old.close();
  }

  it('has its records moved into rows once, at open, none lost or doubled', async () => {
    const path = join(dir, INTERACTIONS_FILE);
    // 230 records over two hours: three shards in the first hour, one in the second.
    const old = Array.from({ length: 230 }, (_, i) => question(`2026-11-01T${i < 210 ? '10' : '11'}:${String(i % 60).padStart(2, '0')}:00.000Z`, `old-${i}`));
    await writeOldLayout(path, old);
    expect(tablesIn(path)).toEqual(['items']);

    const log = new InteractionLog(rows(path));
    const expected = [...old].sort((a, b) => a.at.localeCompare(b.at)).map((r) => r.id);
    expect((await log.read()).map((r) => r.id)).toEqual(expected);
    expect(tablesIn(path)).toEqual(['health', 'records']);
    await log.append(question('2026-11-01T12:00:00.000Z', 'new'));
    opened.pop()!.close();

    // Opened again: nothing moved twice.
    const again = await new InteractionLog(rows(path)).read();
    expect(again.length).toBe(231);
    expect(again.at(-1)).toMatchObject({ question: 'new' });
  });

  it('keeps a shard that does not parse where it is, and starts anyway', async () => {
    const path = join(dir, INTERACTIONS_FILE);
    await writeOldLayout(path, [question('2026-11-01T10:00:00.000Z', 'readable')]);
    const db = new Database(path);
    db.prepare('INSERT INTO items (key, value, etag, updated) VALUES (?, ?, ?, ?)').run('interactions/2026-11-01T09/deadbeef', '{"records": [', 'x', Date.now());
    db.close();

    const log = new InteractionLog(rows(path));
    expect(questions(await log.read())).toEqual(['readable']);
    expect(readSqlite(path, (left) => left.prepare<[], { key: string }>('SELECT key FROM items').all().map((row) => row.key))).toEqual(['interactions/2026-11-01T09/deadbeef']);
  });

  it('is reported by npm run report (which opens it as the bot does)', async () => {
    await writeOldLayout(join(dir, INTERACTIONS_FILE), [question('2026-11-01T10:00:00.000Z', 'Who is the director?'), question('2026-11-01T10:05:00.000Z', 'Who is the director?')]);
    let out = '';
    const code = await runReportCli(['--format', 'json'], parseConfig({ DATA_DIR: dir }), { out: (text) => (out += text), err: () => {} });
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ questions: 2, answered: 0 });
  });
});
