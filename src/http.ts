// Small HTTP helpers shared by every route: JSON errors in the project's
// {code,message} shape, JSON bodies, bearer tokens, client address.
import type { Request, RequestHandler, Response, Server } from 'restify';

/** Answers with the project's error shape; never a stack trace. */
export function sendError(res: Response, status: number, code: string, message: string, headers: Record<string, string> = {}): void {
  for (const [name, value] of Object.entries(headers)) res.header(name, value);
  res.status(status);
  res.json({ code, message });
}

export type JsonBody = { ok: true; value: unknown } | { ok: false };

/** The request body parsed as JSON (an empty body is `undefined`), or not ok. */
export function readJsonBody(req: Request): JsonBody {
  const raw: unknown = req.body;
  const text = Buffer.isBuffer(raw) ? raw.toString('utf8') : typeof raw === 'string' ? raw : '';
  if (text.trim() === '') return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The token of an `Authorization: Bearer …` header, or null. */
export function bearerToken(req: Request): string | null {
  const header = req.headers.authorization;
  const match = typeof header === 'string' ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
  return match?.[1] ?? null;
}

/**
 * The address a rate limit should count: the socket's peer, or, behind
 * `trustedProxyHops` reverse proxies, the X-Forwarded-For entry the outermost
 * trusted proxy added (entries further left can be forged by the client).
 */
export function clientAddress(req: Request, trustedProxyHops: number): string {
  const peer = req.socket?.remoteAddress ?? 'unknown';
  if (trustedProxyHops === 0) return peer;
  const header = req.headers['x-forwarded-for'];
  const forwarded = (Array.isArray(header) ? header.join(',') : (header ?? '')).split(',').map((entry) => entry.trim()).filter(Boolean);
  const entry = forwarded[forwarded.length - trustedProxyHops];
  if (!entry) return peer;
  // Azure's front end appends the client's port (127.0.0.2:5678, [::1]:5678); a limit counts addresses.
  return /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(entry)?.[1] ?? /^\[([^\]]+)\](?::\d+)?$/.exec(entry)?.[1] ?? entry;
}

/**
 * Answers JSON with its length in the headers, written by hand: restify's
 * res.json leaves Content-Length out of a HEAD response, and a HEAD answer
 * should carry the headers GET sends.
 */
export function sendJson(res: Response, status: number, value: unknown): void {
  const body = JSON.stringify(value);
  res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) });
  res.end(body);
}

/**
 * Routes GET and HEAD to the same handler. Load balancers and uptime checkers
 * probe with HEAD; Node's HTTP server sends a HEAD response's status and
 * headers (Content-Length included) and drops the body, as HTTP requires.
 */
export function getAndHead(server: Server, path: string, handler: RequestHandler): void {
  server.get(path, handler);
  server.head(path, handler);
}

/**
 * True for a host name that can only mean this machine: localhost, 127.0.0.0/8,
 * ::1 (with or without brackets) and IPv4-mapped loopback. Hosts come from
 * `new URL()` or configuration, so 2130706433 and 0x7f.1 arrive as 127.x.
 */
export function isLoopbackHost(host: string): boolean {
  const name = host.toLowerCase().replace(/^\[(.*)\]$/, '$1');
  return name === 'localhost' || name === '::1' || /^(?:::ffff:)?127(?:\.\d{1,3}){3}$/.test(name) || /^::ffff:7f[0-9a-f]{2}:[0-9a-f]{1,4}$/.test(name);
}
