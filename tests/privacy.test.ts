// What the data files give away: the interaction log is kept apart from bot
// state, the pseudonyms' salt is in neither, state nobody used for the
// retention period is purged, and only the bot's user can read any of it.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import Database from 'better-sqlite3';
import { readSqlite } from './support/sqlite.js';
import { createApp } from '../src/app.js';
import { parseConfig } from '../src/config.js';
import { InteractionLog } from '../src/feedback/interactionLog.js';
import { pseudonymiser, SALT_FILE } from '../src/feedback/pseudonym.js';
import { silentLogger } from '../src/logger.js';
import { SqliteStorage } from '../src/state/sqliteStorage.js';
import { INTERACTIONS_FILE, STATE_FILE } from '../src/state/storage.js';
import { messageActivity, postActivity, startApp } from './support/app.js';
import { exitedWithin, freePort, spawnBot } from './support/botProcess.js';

const DAY_MS = 86_400_000;
const keysIn = (file: string) => readSqlite(file, (db) => db.prepare<[], { key: string }>('SELECT key FROM items').all().map((row) => row.key));
const rowsIn = (file: string) => readSqlite(file, (db) => db.prepare<[], { n: number }>('SELECT count(*) AS n FROM records').get()!.n);

describe('the data directory in local mode', () => {
  it('keeps the interaction log and the salt out of the state file, and every file private', async () => {
    const running = await startApp();
    try {
      const conversation = { from: { id: 'raw-user-id-4711' }, conversation: { id: 'raw-conversation-id-4711' }, channelId: 'telegram' };
      expect((await postActivity(running.baseUrl, messageActivity('How far is the Center from the airport?', conversation))).status).toBe(200);
      expect((await postActivity(running.baseUrl, messageActivity('👍 Helpful', conversation))).status).toBe(200);
      const dataDir = running.config.DATA_DIR;

      const stateKeys = keysIn(join(dataDir, STATE_FILE));
      expect(stateKeys.filter((key) => key.startsWith('interactions/'))).toEqual([]);
      // The log is rows of its own file: the question and the rating.
      expect(rowsIn(join(dataDir, INTERACTIONS_FILE))).toBe(2);
      // The log holds pseudonyms only; its salt is in a file of its own.
      const logText = readFileSync(join(dataDir, INTERACTIONS_FILE)).toString('latin1') + readFileSync(join(dataDir, `${INTERACTIONS_FILE}-wal`)).toString('latin1');
      expect(logText).not.toContain('raw-user-id-4711');
      const salt = readFileSync(join(dataDir, SALT_FILE), 'utf8').trim();
      expect(salt.length).toBeGreaterThanOrEqual(32);
      const records = await running.app.interactions.read();
      expect(records.some((record) => record.user === pseudonymiser(salt)('raw-user-id-4711'))).toBe(true);

      expect(statSync(dataDir).mode & 0o777).toBe(0o700);
      const files = readdirSync(dataDir);
      expect(files).toEqual(expect.arrayContaining([STATE_FILE, INTERACTIONS_FILE, SALT_FILE]));
      for (const file of files) expect({ file, mode: (statSync(join(dataDir, file)).mode & 0o777).toString(8) }).toEqual({ file, mode: '600' });
    } finally {
      await running.stop();
    }
  });

  it('moves a log and salt an older version kept in the state file out of it, keeping the pseudonyms', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'upgrade-'));
    try {
      const old = new SqliteStorage(join(dataDir, STATE_FILE));
      await old.write({ 'interactions/salt': { salt: 'the-salt-an-older-version-made' } });
      await new InteractionLog(old).append({ kind: 'question', id: 'q-1', at: new Date().toISOString(), channel: 'webchat', language: 'en', user: 'u', conversation: 'c', question: 'kept?', outcome: 'noAnswer' });
      old.close();

      const app = await createApp(parseConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', DATA_DIR: dataDir }), silentLogger());
      try {
        expect((await app.interactions.read()).map((record) => record.id)).toEqual(['q-1']);
      } finally {
        await app.stop();
      }
      expect(readFileSync(join(dataDir, SALT_FILE), 'utf8').trim()).toBe('the-salt-an-older-version-made');
      expect(keysIn(join(dataDir, STATE_FILE)).filter((key) => key.startsWith('interactions/'))).toEqual([]);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('purges state nobody wrote to within the retention period, at start', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'state-retention-'));
    try {
      const before = new SqliteStorage(join(dataDir, STATE_FILE));
      await before.write({ 'webchat/users/long-gone/': { preferences: { language: 'ru' } }, 'webchat/users/recent/': { preferences: { language: 'pt' } } });
      before.close();
      const db = new Database(join(dataDir, STATE_FILE));
      db.prepare('UPDATE items SET updated = ? WHERE key = ?').run(Date.now() - 40 * DAY_MS, 'webchat/users/long-gone/');
      db.close();

      const running = await startApp({ DATA_DIR: dataDir, FEEDBACK_RETENTION_DAYS: '30' });
      try {
        let keys = keysIn(join(dataDir, STATE_FILE));
        for (let attempt = 0; attempt < 50 && keys.includes('webchat/users/long-gone/'); attempt += 1) {
          await new Promise((resolve) => setTimeout(resolve, 20));
          keys = keysIn(join(dataDir, STATE_FILE));
        }
        expect(keys).not.toContain('webchat/users/long-gone/');
        expect(keys).toContain('webchat/users/recent/');
      } finally {
        await running.stop();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe('a deployed bot (MicrosoftAppId set)', () => {
  it('refuses to start without PSEUDONYM_SALT, in one line that says how to make one', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'no-salt-'));
    try {
      const bot = spawnBot(await freePort(), { DATA_DIR: dataDir, MicrosoftAppId: '00000000-0000-4000-8000-000000000001', MicrosoftAppPassword: 'not-a-real-secret', PSEUDONYM_SALT: '' });
      expect(await exitedWithin(bot, 20_000)).toBe(1);
      expect(bot.output.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^Configuration error: .*PSEUDONYM_SALT.*openssl rand/)]);
      expect(readdirSync(dataDir)).toEqual([]);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 30_000);

  it('keeps no salt anywhere in the data when it comes from the environment', async () => {
    const running = await startApp({ MicrosoftAppId: '00000000-0000-4000-8000-000000000001', MicrosoftAppPassword: 'not-a-real-secret', PSEUDONYM_SALT: 'a-salt-from-the-environment' });
    try {
      expect(readdirSync(running.config.DATA_DIR)).not.toContain(SALT_FILE);
      const text = readdirSync(running.config.DATA_DIR).map((file) => readFileSync(join(running.config.DATA_DIR, file)).toString('latin1')).join('');
      expect(text).not.toContain('a-salt-from-the-environment');
    } finally {
      await running.stop();
    }
  });
});
