// Application Insights: nothing without a connection string; with one, turn
// events reach the configured ingestion endpoint (here a loopback server that
// plays Application Insights) without the message text or the user's name.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { messageActivity, postActivity, startApp } from './support/app.js';

describe('telemetry', () => {
  it('creates no telemetry client when APPLICATIONINSIGHTS_CONNECTION_STRING is not set', async () => {
    const running = await startApp();
    try {
      expect(running.config.APPLICATIONINSIGHTS_CONNECTION_STRING).toBe('');
      expect(running.app.telemetry).toBeUndefined();
      const { status, body } = await postActivity(running.baseUrl, messageActivity('help'));
      expect(status).toBe(200);
      expect(body.activities).toHaveLength(1);
      // The SDK was never set up in this process: no client, so nothing to send.
      expect((await import('applicationinsights')).default.defaultClient).toBeUndefined();
    } finally {
      await running.stop();
    }
  });

  describe('with a connection string', () => {
    let ingestion: Server;
    const envelopes: Array<{ name?: string; data?: { baseData?: { name?: string; properties?: Record<string, string> } } }> = [];
    const raw: string[] = [];

    beforeAll(async () => {
      ingestion = createServer((req, res) => {
        void readBody(req).then((text) => {
          raw.push(text);
          for (const line of text.split('\n').filter(Boolean)) envelopes.push(JSON.parse(line));
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ itemsReceived: 1, itemsAccepted: 1, errors: [] }));
        });
      });
      await new Promise<void>((resolve) => ingestion.listen(0, '127.0.0.1', resolve));
    });
    afterAll(async () => {
      await new Promise((resolve) => ingestion.close(resolve));
    });

    it('sends activity events to the configured endpoint, without the text or the name', async () => {
      const { port } = ingestion.address() as AddressInfo;
      const endpoint = `http://127.0.0.1:${port}/`;
      const running = await startApp({
        APPLICATIONINSIGHTS_CONNECTION_STRING: `InstrumentationKey=00000000-0000-4000-8000-000000000000;IngestionEndpoint=${endpoint};LiveEndpoint=${endpoint}`,
      });
      expect(running.app.telemetry).toBeDefined();
      const question = 'Where is the Xiasha zone? my passport number is 7700123456';
      const { status } = await postActivity(running.baseUrl, messageActivity(question, { from: { id: 'user-telemetry', name: 'Ivan Petrov' } }));
      expect(status).toBe(200);
      await running.stop(); // flushes what is buffered

      const events = envelopes.map((envelope) => envelope.data?.baseData?.name);
      expect(events).toContain('BotMessageReceived');
      expect(events).toContain('BotMessageSend');
      const received = envelopes.find((envelope) => envelope.data?.baseData?.name === 'BotMessageReceived');
      expect(received?.data?.baseData?.properties).toMatchObject({ channelId: 'webchat', fromId: 'user-telemetry' });
      const everything = raw.join('\n');
      expect(everything).not.toContain('7700123456');
      expect(everything).not.toContain('Ivan Petrov');
    });
  });
});

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const body = Buffer.concat(chunks);
  return (req.headers['content-encoding'] === 'gzip' ? gunzipSync(body) : body).toString('utf8');
}
