// Hostile requests for the property-based fuzz tests: the channels' real
// payloads (tests/fixtures) with fields removed, retyped, oversized, deeply
// nested or made of broken Unicode, sent with wrong content types and broken
// bytes. serviceUrl is the loopback channel stand-in (or missing, or broken in
// type), so no reply ever leaves the machine.
import { readdirSync, readFileSync } from 'node:fs';
import { deflateSync, gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { PROJECT_ROOT } from '../../src/config.js';

const FIXTURES: Record<string, unknown>[] = readdirSync(`${PROJECT_ROOT}/tests/fixtures`)
  .filter((name) => name.endsWith('.json'))
  .map((name) => JSON.parse(readFileSync(`${PROJECT_ROOT}/tests/fixtures/${name}`, 'utf8')) as Record<string, unknown>);

const FIELDS = [
  'type', 'id', 'name', 'text', 'locale', 'channelId', 'from', 'recipient', 'conversation', 'entities', 'attachments', 'value',
  'channelData', 'membersAdded', 'membersRemoved', 'replyToId', 'textFormat', 'deliveryMode', 'timestamp', 'speak', 'suggestedActions',
] as const;

/** Values no field expects: wrong types, huge or deep, broken Unicode. */
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({ maxDepth: 3, withBigInt: false }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: fc.constantFrom('\ud800', '\udfff', '\u0000', '\u202e', '\ufeff', 'a', '👋🏽', '\u0301'), maxLength: 100 }),
  fc.integer({ min: 1_000, max: 120_000 }).map((length) => 'x'.repeat(length)),
  // Shapes that once made patterns backtrack for seconds: punctuation runs not quite at the end, unclosed tags.
  fc.tuple(fc.constantFrom('!', '?', '.', '！', '…', ' ', '!?.,。 '), fc.integer({ min: 50_000, max: 100_000 })).map(([unit, length]) => `${unit.repeat(Math.ceil(length / unit.length))}x`),
  fc.tuple(fc.constantFrom('<span', '<span class="inline-compose-card"', '<', '<br', '&#'), fc.integer({ min: 60_000, max: 120_000 })).map(([unit, length]) => unit.repeat(Math.ceil(length / unit.length))),
  fc.integer({ min: 10, max: 3_000 }).map((depth) => {
    let nested: unknown = 'deep';
    for (let i = 0; i < depth; i += 1) nested = i % 2 ? [nested] : { nested };
    return nested;
  }),
  fc.constantFrom(null, true, 0, -1, 1e308, '', ' ', '[]', '{}', 'message', 'invoke', 'composeExtension/query', 'message/submitAction', 'webchat/join'),
  fc.array(fc.anything({ maxDepth: 2, withBigInt: false }), { maxLength: 5 }),
);

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), field: fc.constantFrom(...FIELDS) }),
  fc.record({ kind: fc.constant('set' as const), field: fc.constantFrom(...FIELDS), value: hostileValue }),
  fc.record({ kind: fc.constant('setNested' as const), field: fc.constantFrom('from', 'conversation', 'recipient', 'channelData', 'value'), key: fc.constantFrom('id', 'name', 'conversationType', 'message', 'commandId', 'parameters', 'feedback', 'actionName', 'actionValue', 'language', 'tenant'), value: hostileValue }),
);

const activity = (serviceUrlOf: string) => fc
  .record({
    base: fc.constantFrom(...FIXTURES),
    mutations: fc.array(mutation, { maxLength: 4 }),
    deliveryMode: fc.constantFrom('expectReplies', 'expectReplies', undefined, 'normal', 'bogus'),
    serviceUrl: fc.constantFrom<unknown>(serviceUrlOf, serviceUrlOf, serviceUrlOf, undefined, 42, null, ''),
  })
  .map(({ base, mutations, deliveryMode, serviceUrl }) => {
    const result: Record<string, unknown> = structuredClone(base);
    for (const change of mutations) {
      if (change.kind === 'delete') delete result[change.field];
      else if (change.kind === 'set') result[change.field] = change.value;
      else {
        const target = result[change.field];
        result[change.field] = { ...(typeof target === 'object' && target !== null && !Array.isArray(target) ? target : {}), [change.key]: change.value };
      }
    }
    result.serviceUrl = serviceUrl;
    if (deliveryMode === undefined) delete result.deliveryMode;
    else result.deliveryMode = deliveryMode;
    return result;
  });

export interface HostileRequest {
  contentType: string | null;
  /** A Content-Encoding header (the body is then compressed as it says, or claims to be). */
  contentEncoding?: string;
  body: Buffer;
  /** For the failure report. */
  describe: string;
}

/** Hostile requests whose replies (if any get through) go to `serviceUrl`, a loopback stand-in. */
export const hostileRequest = (serviceUrl: string): fc.Arbitrary<HostileRequest> => fc
  .record({
    activity: activity(serviceUrl),
    contentType: fc.constantFrom<string | null>('application/json', 'application/json', 'application/json; charset=utf-8', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', null),
    encoding: fc.constantFrom('json', 'json', 'json', 'truncated', 'invalidUtf8', 'empty', 'garbage', 'gzip', 'gzipBomb', 'deflate'),
    cut: fc.nat(),
  })
  .map(({ activity: value, contentType, encoding, cut }) => {
    const json = JSON.stringify(value);
    let body: Buffer;
    switch (encoding) {
      case 'truncated':
        body = Buffer.from(json.slice(0, cut % Math.max(json.length, 1)));
        break;
      case 'invalidUtf8': {
        const bytes = Buffer.from(json);
        const at = cut % Math.max(bytes.length, 1);
        body = Buffer.concat([bytes.subarray(0, at), Buffer.from([0xff, 0xfe, 0xc3]), bytes.subarray(at)]);
        break;
      }
      case 'empty':
        body = Buffer.alloc(0);
        break;
      case 'garbage':
        body = Buffer.from(`<xml>${json.slice(0, 50)}</xml>`);
        break;
      case 'gzip':
        return { contentType, contentEncoding: 'gzip', body: gzipSync(json), describe: `${contentType ?? 'no content-type'}, gzip: ${json.slice(0, 300)}` };
      case 'gzipBomb':
        // 16 MB of spaces after the activity, about 16 KB on the wire.
        return { contentType, contentEncoding: 'gzip', body: GZIP_BOMB, describe: `${contentType ?? 'no content-type'}, gzip bomb` };
      case 'deflate':
        return { contentType, contentEncoding: 'deflate', body: deflateSync(json), describe: `${contentType ?? 'no content-type'}, deflate: ${json.slice(0, 300)}` };
      default:
        body = Buffer.from(json);
    }
    return { contentType, body, describe: `${contentType ?? 'no content-type'}, ${encoding}: ${json.slice(0, 300)}` };
  });

const GZIP_BOMB = gzipSync(Buffer.concat([Buffer.from('{"type":"message","text":"hi"}'), Buffer.alloc(16 * 1024 * 1024, 0x20)]), { level: 9 });

/** Sends one hostile request; resolves with the status (network errors propagate). */
export async function sendHostile(baseUrl: string, request: HostileRequest): Promise<number> {
  const headers: Record<string, string> = {};
  if (request.contentType) headers['content-type'] = request.contentType;
  if (request.contentEncoding) headers['content-encoding'] = request.contentEncoding;
  const response = await fetch(`${baseUrl}/api/messages`, { method: 'POST', headers, body: request.body });
  await response.arrayBuffer();
  return response.status;
}

/**
 * What a hostile page posts to the local Direct Line endpoint: messages and
 * events with huge `value`s and `channelData`, and text of the backtracking shapes.
 */
export const hostileLocalActivity: fc.Arbitrary<Record<string, unknown>> = fc.record({
  type: fc.constantFrom('message', 'event'),
  name: fc.constantFrom(undefined, 'webchat/join', 'other'),
  text: fc.oneof(fc.constant(undefined), fc.string({ maxLength: 50 }), hostileValue),
  value: fc.oneof(
    fc.constant(undefined),
    fc.integer({ min: 10_000, max: 240_000 }).map((length) => ({ language: 'ru', padding: 'v'.repeat(length) })),
    hostileValue,
  ),
  channelData: fc.oneof(fc.constant(undefined), fc.integer({ min: 1_000, max: 20_000 }).map((length) => ({ clientActivityID: 'fuzz', padding: 'c'.repeat(length) }))),
}).map((activity) => Object.fromEntries(Object.entries(activity).filter(([, value]) => value !== undefined)));
