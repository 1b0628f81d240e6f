// botbuilder's Storage contract, run against every store the bot can use:
// read, write, delete, eTag conflicts. SQLite must also survive a reopen.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { MemoryStorage, type Storage } from 'botbuilder';
import { SqliteStorage } from '../src/state/sqliteStorage.js';

const dir = mkdtempSync(join(tmpdir(), 'storage-'));
const opened: SqliteStorage[] = [];
afterAll(() => {
  for (const store of opened) store.close();
  rmSync(dir, { recursive: true, force: true });
});

function sqlite(name: string): SqliteStorage {
  const store = new SqliteStorage(join(dir, `${name}.sqlite`));
  opened.push(store);
  return store;
}

const stores: [string, () => Storage][] = [
  ['MemoryStorage', () => new MemoryStorage()],
  ['SqliteStorage', () => sqlite(`contract-${Math.random().toString(36).slice(2)}`)],
];

describe.each(stores)('Storage contract: %s', (_name, make) => {
  it('reads back what it wrote, with an eTag, and nothing for unknown keys', async () => {
    const store = make();
    await store.write({ a: { language: 'ru' } });
    const items = await store.read(['a', 'missing']);
    expect(items.a).toEqual({ language: 'ru', eTag: expect.any(String) });
    expect(items.missing).toBeUndefined();
  });

  it('overwrites without an eTag or with "*", and with the current eTag', async () => {
    const store = make();
    await store.write({ a: { n: 1 } });
    await store.write({ a: { n: 2, eTag: '*' } });
    const { a } = await store.read(['a']);
    await store.write({ a: { n: 3, eTag: a!.eTag } });
    expect((await store.read(['a'])).a).toMatchObject({ n: 3 });
  });

  it('refuses a write with a stale eTag', async () => {
    const store = make();
    await store.write({ a: { n: 1 } });
    const { a: first } = await store.read(['a']);
    await store.write({ a: { n: 2, eTag: first!.eTag } });
    await expect(store.write({ a: { n: 3, eTag: first!.eTag } })).rejects.toThrow(/eTag conflict/);
    expect((await store.read(['a'])).a).toMatchObject({ n: 2 });
  });

  it('deletes', async () => {
    const store = make();
    await store.write({ a: { n: 1 }, b: { n: 2 } });
    await store.delete(['a']);
    expect(Object.keys(await store.read(['a', 'b']))).toEqual(['b']);
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

  it('writes several items all or nothing when one conflicts', async () => {
    const store = sqlite('atomic');
    await store.write({ a: { n: 1 } });
    const { a } = await store.read(['a']);
    await store.write({ a: { n: 2, eTag: a!.eTag } });
    await expect(store.write({ b: { n: 1 }, a: { n: 3, eTag: a!.eTag } })).rejects.toThrow(/eTag conflict/);
    expect(await store.read(['b'])).toEqual({});
  });
});
