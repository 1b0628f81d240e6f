// Starts the real app (restify + CloudAdapter + PartnerBot) on an ephemeral
// loopback port, with a throwaway data directory and silent logs.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp, type App } from '../../src/app.js';
import { parseConfig, type Config } from '../../src/config.js';
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
