// Crash safety: the real bot as its own process, 1,000 preference and
// feedback writes sent at it, `kill -9` part-way through, a restart on the
// same data directory: every write the bot acknowledged (HTTP 200) is there.
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { InteractionLog } from '../src/feedback/interactionLog.js';
import { pseudonymiser, SALT_FILE } from '../src/feedback/pseudonym.js';
import { LANGUAGE_CODES, LANGUAGES, type LanguageCode } from '../src/i18n/languages.js';
import { SqliteInteractionLog } from '../src/state/sqliteInteractionLog.js';
import { INTERACTIONS_FILE } from '../src/state/storage.js';
import { messageActivity, postActivity } from './support/app.js';
import { freePort, startBot as startBotProcess } from './support/botProcess.js';

const WRITES = 1_000;
const KILL_AFTER = 500;

const startBot = (dataDir: string, port: number) => startBotProcess(port, { DATA_DIR: dataDir });

describe('kill -9 in the middle of 1,000 writes', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'crash-'));
  let child: ChildProcess | undefined;
  afterAll(() => {
    child?.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('keeps every preference and rating the bot acknowledged', async () => {
    const port = await freePort();
    const baseUrl = `http://127.0.0.1:${port}`;
    child = await startBot(dataDir, port);
    const chosen = new Map<string, LanguageCode>(); // user → language, acknowledged
    const rated = new Set<string>(); // conversation, rating acknowledged
    let started = 0;
    let acknowledged = 0;
    let killed = false;

    // Half the writes choose a language (user state), half rate an answer (interaction log), 8 at a time.
    const worker = async () => {
      while (started < WRITES && !killed) {
        const i = started++;
        try {
          if (i % 2 === 0) {
            const language = LANGUAGE_CODES[i % LANGUAGE_CODES.length]!;
            const { status, body } = await postActivity(baseUrl, messageActivity(`/language ${language}`, { from: { id: `user-${i}` }, conversation: { id: `c-${i}` } }));
            if (status === 200 && body.activities?.[0]?.locale === LANGUAGES[language].webChatLocale) chosen.set(`user-${i}`, language);
          } else {
            const conversation = { from: { id: `rater-${i}` }, conversation: { id: `r-${i}` }, channelId: 'telegram' };
            const question = await postActivity(baseUrl, messageActivity('How far is the Center from the airport?', conversation));
            if (question.status !== 200) continue;
            const { status } = await postActivity(baseUrl, messageActivity('👍 Helpful', conversation));
            if (status === 200) rated.add(`r-${i}`);
          }
          acknowledged += 1;
          if (acknowledged === KILL_AFTER && !killed) {
            killed = true;
            child!.kill('SIGKILL');
          }
        } catch {
          // The connection died with the process: not acknowledged.
        }
      }
    };
    await Promise.all(Array.from({ length: 8 }, worker));
    expect(killed).toBe(true);
    expect(chosen.size + rated.size).toBeGreaterThanOrEqual(KILL_AFTER - 8);
    const dead = child;
    if (dead.exitCode === null && dead.signalCode === null) await new Promise((resolve) => dead.once('exit', resolve));

    // Restart on the same data directory: every acknowledged language is honoured.
    child = await startBot(dataDir, port);
    for (const [user, language] of chosen) {
      const { body } = await postActivity(baseUrl, messageActivity('/help', { from: { id: user }, conversation: { id: `after-${user}` } }));
      expect({ user, locale: body.activities[0].locale }).toEqual({ user, locale: LANGUAGES[language].webChatLocale });
    }
    child.kill('SIGKILL');

    // Every acknowledged rating is in the interaction log, linked to its conversation.
    const storage = new SqliteInteractionLog(join(dataDir, INTERACTIONS_FILE));
    try {
      const pseudonymise = pseudonymiser(readFileSync(join(dataDir, SALT_FILE), 'utf8').trim());
      const logged = new Set((await new InteractionLog(storage).read()).filter((r) => r.kind === 'feedback' && r.rating === 'helpful').map((r) => r.conversation));
      const lost = [...rated].filter((conversation) => !logged.has(pseudonymise(conversation)));
      expect(lost).toEqual([]);
    } finally {
      storage.close();
    }
  }, 180_000);
});
