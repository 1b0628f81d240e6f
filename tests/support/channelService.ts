// A stand-in for a channel's Bot Connector service on loopback (Teams,
// Telegram and Web Chat services are not reachable here): it accepts the
// replies the bot posts to `serviceUrl` as the real one does, and keeps them.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ChannelService {
  /** The serviceUrl to put in activities. */
  url: string;
  /** Every activity the bot sent, in order. */
  received: Array<{ path: string; activity: Record<string, unknown> }>;
  close(): Promise<void>;
}

export async function startChannelService(): Promise<ChannelService> {
  const received: ChannelService['received'] = [];
  let next = 0;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      try {
        received.push({ path: req.url ?? '', activity: JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<string, unknown> });
      } catch {
        received.push({ path: req.url ?? '', activity: {} });
      }
      next += 1;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: `sent-${next}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
