// Starts the real app (restify + CloudAdapter + PartnerBot) on an ephemeral
// loopback port, with a throwaway data directory and silent logs.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from '@jest/globals';
import { createApp, type App } from '../../src/app.js';
import { parseConfig, PROJECT_ROOT, type Config } from '../../src/config.js';
import { silentLogger } from '../../src/logger.js';

export interface RunningApp {
  app: App;
  config: Config;
  baseUrl: string;
  stop(): Promise<void>;
}

export function testConfig(overrides: Record<string, string> = {}): Config {
  const dataDir = mkdtempSync(join(tmpdir(), 'brics-bot-'));
  return parseConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', DATA_DIR: dataDir, ...overrides });
}

export async function startApp(overrides: Record<string, string> = {}): Promise<RunningApp> {
  const config = testConfig(overrides);
  const app = await createApp(config, silentLogger());
  const { port } = await app.start();
  return {
    app,
    config,
    baseUrl: `http://127.0.0.1:${port}`,
    async stop() {
      await app.stop();
      rmSync(config.DATA_DIR, { recursive: true, force: true });
    },
  };
}

/** An activity as a channel would post it, replies requested in the response body. */
export function messageActivity(text: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: 'message',
    id: `m-${Math.random().toString(36).slice(2)}`,
    channelId: 'webchat',
    serviceUrl: 'http://127.0.0.1:9/',
    from: { id: 'user-1' },
    recipient: { id: 'bot' },
    conversation: { id: 'conversation-1' },
    text,
    deliveryMode: 'expectReplies',
    ...extra,
  };
}

export interface PostResult {
  status: number;
  body: any;
}

export async function postActivity(baseUrl: string, body: unknown, headers: Record<string, string> = {}): Promise<PostResult> {
  const response = await fetch(`${baseUrl}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    // Not JSON: the test sees the raw text.
  }
  return { status: response.status, body: parsed };
}

/**
 * A channel's real payload from tests/fixtures, posted so that nothing leaves
 * the machine: replies come back in the response body (expectReplies), and an
 * invoke's answer is the response body already, as Teams expects it.
 */
export function channelFixture(name: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const activity = JSON.parse(readFileSync(`${PROJECT_ROOT}/tests/fixtures/${name}`, 'utf8')) as Record<string, unknown>;
  const delivery = activity.type === 'invoke' ? {} : { deliveryMode: 'expectReplies' };
  return { ...activity, serviceUrl: 'http://127.0.0.1:9/', ...delivery, ...overrides };
}

/**
 * The app for the tests of the enclosing `describe`: started before them,
 * stopped after. Call the returned function inside a test to reach it.
 */
export function appForTests(overrides: Record<string, string> = {}): () => RunningApp {
  let running: RunningApp | undefined;
  beforeAll(async () => {
    running = await startApp(overrides);
  });
  afterAll(async () => {
    await running?.stop();
  });
  return () => {
    if (!running) throw new Error('The app is not started: call appForTests() in a describe block, use it inside tests.');
    return running;
  };
}
