// botbuilder's Storage contract, run against every store the bot can use:
// read, write, delete, eTag conflicts, concurrent writers, keys as channels
// make them. Azure Blob Storage runs for real on Azurite (loopback, in memory).
// SQLite must also survive a reopen.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import Database from 'better-sqlite3';
import { MemoryStorage, type Storage } from 'botbuilder';
import { BlobsStorage } from 'botbuilder-azure-blobs';
import { SqliteStorage } from '../src/state/sqliteStorage.js';
import { startAzurite, type RunningAzurite } from './support/azurite.js';

const dir = mkdtempSync(join(tmpdir(), 'storage-'));
const opened: SqliteStorage[] = [];
let azurite: RunningAzurite;
beforeAll(async () => {
  azurite = await startAzurite();
});
afterAll(async () => {
  for (const store of opened) store.close();
  rmSync(dir, { recursive: true, force: true });
  await azurite?.stop();
});

function sqlite(name: string): SqliteStorage {
  const store = new SqliteStorage(join(dir, `${name}.sqlite`));
  opened.push(store);
  return store;
}

const memories = new Map<string, MemoryStorage>();

/**
 * Each store by name: opening the same name twice gives two handles on the
 * same data, as two bot instances would have (two SQLite connections, two Blob
 * clients on one container; MemoryStorage can only share its one object).
 */
type OpenStore = (name: string) => Storage;
const stores: [string, OpenStore][] = [
  ['MemoryStorage', (name) => memories.get(name) ?? memories.set(name, new MemoryStorage()).get(name)!],
  ['SqliteStorage', (name) => sqlite(name)],
  ['BlobsStorage on Azurite', (name) => new BlobsStorage(azurite.connectionString, name)],
];

/** A fresh store name that is also a valid Blob container name. */
function freshName(): string {
  return `contract-${Math.random().toString(36).slice(2, 12)}`;
}

describe.each(stores)('Storage contract: %s', (_name, open) => {
  it('reads back what it wrote, with an eTag, and nothing for unknown keys', async () => {
    const store = open(freshName());
    await store.write({ a: { language: 'ru' } });
    const items = await store.read(['a', 'missing']);
    expect(items.a).toEqual({ language: 'ru', eTag: expect.any(String) });
    expect(items.missing).toBeUndefined();
  });

  it('overwrites without an eTag or with "*", and with the current eTag', async () => {
    const store = open(freshName());
    await store.write({ a: { n: 1 } });
    await store.write({ a: { n: 2, eTag: '*' } });
    expect((await store.read(['a'])).a).toMatchObject({ n: 2 });
    const { a } = await store.read(['a']);
    await store.write({ a: { n: 3, eTag: a!.eTag } });
    expect((await store.read(['a'])).a).toMatchObject({ n: 3 });
  });

  it('gives a new eTag on every write', async () => {
    const store = open(freshName());
    await store.write({ a: { n: 1 } });
    const first = (await store.read(['a'])).a!.eTag;
    await store.write({ a: { n: 2 } });
    expect((await store.read(['a'])).a!.eTag).not.toBe(first);
  });

  it('refuses a write with a stale eTag', async () => {
    const store = open(freshName());
    await store.write({ a: { n: 1 } });
    const { a: first } = await store.read(['a']);
    await store.write({ a: { n: 2, eTag: first!.eTag } });
    await expect(store.write({ a: { n: 3, eTag: first!.eTag } })).rejects.toThrow(/eTag conflict/);
    expect((await store.read(['a'])).a).toMatchObject({ n: 2 });
  });

  it('lets exactly one of several concurrent writers with the same eTag win, across two handles', async () => {
    const name = freshName();
    const [one, two] = [open(name), open(name)];
    await one.write({ counter: { writer: 'none' } });
    const { counter } = await two.read(['counter']);
    const writers = ['one-a', 'two-a', 'one-b', 'two-b', 'one-c', 'two-c'];
    const results = await Promise.allSettled(
      writers.map((writer) => (writer.startsWith('one') ? one : two).write({ counter: { writer, eTag: counter!.eTag } })),
    );
    const winners = writers.filter((_, i) => results[i]!.status === 'fulfilled');
    expect(winners).toHaveLength(1);
    for (const result of results) {
      if (result.status === 'rejected') expect(String(result.reason)).toMatch(/eTag conflict/);
    }
    expect((await one.read(['counter'])).counter).toMatchObject({ writer: winners[0] });
    expect((await two.read(['counter'])).counter).toMatchObject({ writer: winners[0] });
  });

  it('deletes, and deleting an unknown key is not an error', async () => {
    const store = open(freshName());
    await store.write({ a: { n: 1 }, b: { n: 2 } });
    await store.delete(['a', 'never-written']);
    expect(Object.keys(await store.read(['a', 'b']))).toEqual(['b']);
  });

  it('keeps keys and values as the channels make them', async () => {
    const store = open(freshName());
    const keys = [
      'msteams/users/29:1AbCdEfGhIjKlMnOpQrStUvWxYz-0123456789_abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ',
      'telegram/users/123456789',
      'webchat/conversations/DL_a1b2c3|0000001',
      '!@#$%^&*()~/\\><,.?\';"`~',
    ];
    const value = { preferences: { language: 'zh' }, note: 'Привет 你好 مرحبا नमस्ते ሰላም' };
    await store.write(Object.fromEntries(keys.map((key) => [key, { ...value }])));
    const items = await store.read(keys);
    for (const key of keys) expect(items[key]).toMatchObject(value);
  });
});

describe('Storage: where the stores differ', () => {
  // A write that carries an eTag for an item that is gone (another instance
  // deleted it after this one read it). botbuilder's contract does not say;
  // Azure Blob refuses (If-Match on a missing blob is 412), MemoryStorage and
  // SqliteStorage (which follows MemoryStorage) write it. Recorded here so a
  // change in either shows up.
  const expected: Record<string, 'writes' | 'refuses'> = {
    MemoryStorage: 'writes',
    SqliteStorage: 'writes',
    'BlobsStorage on Azurite': 'refuses',
  };
  it.each(stores)('%s and a write with the eTag of a deleted item', async (name, open) => {
    const store = open(freshName());
    await store.write({ a: { n: 1 } });
    const { a } = await store.read(['a']);
    await store.delete(['a']);
    const outcome = await store.write({ a: { n: 2, eTag: a!.eTag } }).then(
      () => 'writes',
      (error: unknown) => (/eTag conflict/.test(String(error)) ? 'refuses' : `fails: ${String(error)}`),
    );
    expect(outcome).toBe(expected[name]);
  });
});

describe('Storage: a batch in which one item conflicts', () => {
  // botbuilder's contract does not promise atomic batches either. SqliteStorage
  // writes a batch in one transaction; MemoryStorage and BlobsStorage (which
  // writes items in parallel) still write the items that do not conflict. The
  // bot's state writes one item per state object, so this never splits a turn.
  const expected: Record<string, 'writes the others' | 'writes none'> = {
    MemoryStorage: 'writes the others',
    SqliteStorage: 'writes none',
    'BlobsStorage on Azurite': 'writes the others',
  };
  it.each(stores)('%s', async (name, open) => {
    const store = open(freshName());
    await store.write({ a: { n: 1 } });
    const { a } = await store.read(['a']);
    await store.write({ a: { n: 2, eTag: a!.eTag } });
    await expect(store.write({ b: { n: 1 }, a: { n: 3, eTag: a!.eTag } })).rejects.toThrow(/eTag conflict/);
    expect((await store.read(['a'])).a).toMatchObject({ n: 2 });
    expect(Object.keys(await store.read(['b'])).length === 1 ? 'writes the others' : 'writes none').toBe(expected[name]);
  });
});

describe('SqliteStorage', () => {
  it('keeps what was written after the file is closed and opened again', async () => {
    const first = sqlite('restart');
    await first.write({ 'webchat/users/u1': { preferences: { language: 'hi' } } });
    first.close();
    const second = sqlite('restart');
    expect((await second.read(['webchat/users/u1']))['webchat/users/u1']).toMatchObject({ preferences: { language: 'hi' } });
  });

  it('writes ahead to a log (WAL), the mode its synchronous=NORMAL durability rests on', async () => {
    const store = sqlite('journal');
    await store.write({ a: { n: 1 } });
    // The journal mode is kept in the file: another connection sees it.
    const db = new Database(join(dir, 'journal.sqlite'), { readonly: true });
    try {
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(existsSync(join(dir, 'journal.sqlite-wal'))).toBe(true);
    } finally {
      db.close();
    }
  });
});
