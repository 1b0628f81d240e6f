// A full disk under the SQLite store (a real one: a 1 MB tmpfs filled to the
// last byte): nothing is confirmed that was not saved, the channel gets a 5xx
// to retry, /readyz turns 503, and all recovers by itself once space is back.
import { execFileSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import Database from 'better-sqlite3';
import { MemoryStorage, UserState, type StoreItems } from 'botbuilder';
import { createApp, type App } from '../src/app.js';
import { PartnerBot } from '../src/bot/partnerBot.js';
import { createTurnErrorHandler } from '../src/bot/turnError.js';
import { parseConfig } from '../src/config.js';
import { createI18n } from '../src/i18n/i18n.js';
import { silentLogger } from '../src/logger.js';
import { SqliteStorage } from '../src/state/sqliteStorage.js';
import { StorageHealth } from '../src/state/storageHealth.js';
import { messageActivity, postActivity } from './support/app.js';
import { knowledgeAndIndex } from './support/bot.js';
import { conversationWith, exchange } from './support/conversation.js';
import { shownText } from './support/replies.js';

const mountPoint = mkdtempSync(join(tmpdir(), 'full-disk-'));
/** A tiny tmpfs needs root (CAP_SYS_ADMIN); `chmod` does not stop root from writing, a full disk does. */
function mountTinyDisk(): boolean {
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m,mode=0700', 'tmpfs', mountPoint], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
const mounted = mountTinyDisk();
if (!mounted) process.stderr.write('storageFailure.test.ts: cannot mount a tmpfs here (not root?): the full-disk tests are skipped.\n');

/** Writes a file until the disk is full. */
function fillDisk(path: string): void {
  const fd = openSync(path, 'w');
  const block = Buffer.alloc(4096);
  try {
    for (;;) writeSync(fd, block);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
  } finally {
    closeSync(fd);
  }
}

(mounted ? describe : describe.skip)('a full disk under the state store', () => {
  const dataDir = join(mountPoint, 'data');
  const filler = join(mountPoint, 'filler');
  let app: App;
  let baseUrl: string;
  const user = { from: { id: 'user-full-disk' }, conversation: { id: 'full-disk' } };

  beforeAll(async () => {
    mkdirSync(dataDir);
    app = await createApp(parseConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', DATA_DIR: dataDir, MESSAGES_PER_MINUTE: '1000' }), silentLogger());
    const { port } = await app.start();
    baseUrl = `http://127.0.0.1:${port}`;
  });
  afterAll(async () => {
    await app?.stop();
    if (mounted) execFileSync('umount', [mountPoint]);
    rmSync(mountPoint, { recursive: true, force: true });
  });

  it('answers 5xx instead of confirming a language it could not save, reports unavailable, then recovers', async () => {
    // A reader holding a snapshot from before the next write (a report, another instance): SQLite cannot
    // checkpoint past it, so no space its write-ahead log already has is free to reuse; every commit
    // while the disk is full needs new space, as when the disk stays full for long.
    const reader = new Database(join(dataDir, 'bot-state.sqlite'), { readonly: true });
    reader.prepare('BEGIN').run();
    reader.prepare('SELECT count(*) FROM items').get();
    const before = await postActivity(baseUrl, messageActivity('/language en', user));
    expect(before.status).toBe(200);

    fillDisk(filler);
    const refused = await postActivity(baseUrl, messageActivity('/language ru', user));
    expect(refused.status).toBeGreaterThanOrEqual(500);
    expect(JSON.stringify(refused.body)).not.toMatch(/по-русски/);
    for (const language of ['pt', 'zh']) expect((await postActivity(baseUrl, messageActivity(`/language ${language}`, user))).status).toBeGreaterThanOrEqual(500);
    const unavailable = await fetch(`${baseUrl}/readyz`);
    expect(unavailable.status).toBe(503);
    expect(await unavailable.json()).toEqual({ status: 'storageUnavailable' });

    // Space is back: /readyz finds out by itself (it tries a write at most once a second), with no turn needed.
    reader.close();
    rmSync(filler);
    let status = 0;
    for (let attempt = 0; attempt < 30 && status !== 200; attempt += 1) {
      status = (await fetch(`${baseUrl}/readyz`)).status;
      if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(status).toBe(200);
    const saved = await postActivity(baseUrl, messageActivity('/language ru', user));
    expect(saved.status).toBe(200);
    expect(shownText(saved.body.activities[0])).toMatch(/по-русски/);
    const storage = new SqliteStorage(join(dataDir, 'bot-state.sqlite'));
    try {
      const key = 'webchat/users/user-full-disk/';
      expect(((await storage.read([key]))[key] as { preferences?: { language?: string } }).preferences?.language).toBe('ru');
    } finally {
      storage.close();
    }
  }, 30_000);
});

/** MemoryStorage whose writes fail while `full` is set, as a full disk's would (for machines where no tmpfs can be mounted). */
class FullDiskStorage extends MemoryStorage {
  full = false;
  override async write(changes: StoreItems): Promise<void> {
    if (this.full) throw Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
    return super.write(changes);
  }
}

describe('a store whose writes fail (any machine)', () => {
  it('fails the turn instead of confirming or apologising, counts the store unavailable, and sees it recover', async () => {
    const disk = new FullDiskStorage();
    const health = new StorageHealth();
    const storage = health.watch(disk);
    const i18n = await createI18n();
    const { knowledge, index } = await knowledgeAndIndex();
    const bot = new PartnerBot({ i18n, userState: new UserState(storage) });
    bot.useKnowledge(knowledge, index);
    const adapter = conversationWith(bot);
    adapter.onTurnError = createTurnErrorHandler(silentLogger(), i18n);

    disk.full = true;
    for (const language of ['ru', 'pt', 'zh']) {
      const before = adapter.activeQueue.length;
      await expect(adapter.receiveActivity(`/language ${language}`)).rejects.toThrow(/state store failed to write/);
      // Neither the confirmation nor an apology: the channel's retry is the answer.
      expect(adapter.activeQueue.slice(before)).toEqual([]);
    }
    expect(health.available).toBe(false);
    expect(await health.check()).toBe(false);

    disk.full = false;
    await new Promise((resolve) => setTimeout(resolve, 1_100)); // the probe runs at most once a second
    expect(await health.check()).toBe(true);
    const [reply] = await exchange(adapter, '/language ru');
    expect(shownText(reply)).toMatch(/по-русски/);
  });
});
