// The browser files the page needs, all from this server (no CDN): the Web
// Chat bundle from the botframework-webchat package, and web/ (the page's
// script and styles, the widget).
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { Request, Response } from 'restify';
import { PROJECT_ROOT } from '../config.js';

export const WEB_DIR = resolve(PROJECT_ROOT, 'web');

const require = createRequire(import.meta.url);
/** The package's CommonJS entry is lib/index.js; the browser bundle sits beside it in dist/. */
const WEB_CHAT_PACKAGE_DIR = resolve(dirname(require.resolve('botframework-webchat')), '..');
export const WEB_CHAT_BUNDLE = resolve(WEB_CHAT_PACKAGE_DIR, 'dist', 'webchat.js');

export interface StaticFile {
  body: Buffer;
  /** Compressed once, on first request that accepts it. */
  gzipped: Promise<Buffer> | null;
  contentType: string;
  etag: string;
  cacheControl: string;
}

export async function loadStaticFile(path: string, contentType: string, options: { etag: string; cacheControl: string; transform?: (text: string) => string }): Promise<StaticFile> {
  const raw = await readFile(path);
  const body = options.transform ? Buffer.from(options.transform(raw.toString('utf8')), 'utf8') : raw;
  return { body, gzipped: null, contentType, etag: `"${options.etag}"`, cacheControl: options.cacheControl };
}

/** Sends a static file with its ETag (304 when the browser has it) and gzip when accepted. */
export async function sendStaticFile(req: Request, res: Response, file: StaticFile): Promise<void> {
  const headers: Record<string, string> = {
    'Content-Type': file.contentType,
    'Cache-Control': file.cacheControl,
    ETag: file.etag,
    'X-Content-Type-Options': 'nosniff',
    Vary: 'Accept-Encoding',
  };
  if (req.headers['if-none-match'] === file.etag) {
    res.writeHead(304, headers);
    res.end();
    return;
  }
  let body = file.body;
  if (/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')) && file.body.length > 1024) {
    file.gzipped ??= promisify(gzip)(file.body);
    body = await file.gzipped;
    headers['Content-Encoding'] = 'gzip';
  }
  headers['Content-Length'] = String(body.length);
  res.writeHead(200, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
}
