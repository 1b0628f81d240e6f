// The shape an activity must have before CloudAdapter sees it. CloudAdapter
// answers 500 with its internal message to a few malformed bodies; a client
// deserves a 400 saying what is wrong instead.
import type { Activity } from 'botbuilder';
import { isLoopbackHost, isObject } from './http.js';

export type ActivityCheck = { ok: true; activity: Activity } | { ok: false; message: string };

const OPTIONAL_STRINGS = ['id', 'channelId', 'serviceUrl', 'text', 'locale', 'name', 'replyToId', 'deliveryMode', 'textFormat'] as const;
const OPTIONAL_ARRAYS = ['entities', 'attachments', 'membersAdded', 'membersRemoved'] as const;


/**
 * Deepest nesting accepted. Channels nest a few levels (an Adaptive Card's
 * data, Teams' channelData); thousands of levels only serve to overflow the
 * stack of whatever walks the activity later (the reply echoes `conversation`,
 * and serialising it failed with a 500 and no body).
 */
export const MAX_ACTIVITY_DEPTH = 64;

/** True when `value` nests objects or arrays deeper than `limit` (iterative: no recursion to overflow). */
export function nestedDeeperThan(value: unknown, limit: number): boolean {
  const pending: Array<[unknown, number]> = [[value, 0]];
  while (pending.length > 0) {
    const [current, depth] = pending.pop() as [unknown, number];
    if (typeof current !== 'object' || current === null) continue;
    if (depth >= limit) return true;
    for (const child of Object.values(current)) if (typeof child === 'object' && child !== null) pending.push([child, depth + 1]);
  }
  return false;
}

export function checkIncomingActivity(body: unknown): ActivityCheck {
  if (!isObject(body)) return { ok: false, message: 'The body must be a JSON object (an activity).' };
  if (nestedDeeperThan(body, MAX_ACTIVITY_DEPTH)) return { ok: false, message: `The activity nests deeper than ${MAX_ACTIVITY_DEPTH} levels.` };
  if (typeof body.type !== 'string' || body.type.trim() === '') return { ok: false, message: 'The activity has no "type".' };
  for (const key of OPTIONAL_STRINGS) {
    if (body[key] !== undefined && body[key] !== null && typeof body[key] !== 'string') return { ok: false, message: `"${key}" must be a string.` };
  }
  for (const key of ['from', 'recipient', 'conversation'] as const) {
    if (body[key] !== undefined && body[key] !== null && !isObject(body[key])) return { ok: false, message: `"${key}" must be an object.` };
    const account = body[key];
    if (isObject(account) && account.id !== undefined && typeof account.id !== 'string') return { ok: false, message: `"${key}.id" must be a string.` };
  }
  // Without these the bot can neither keep state nor address a reply; every channel sends them.
  if (typeof body.channelId !== 'string' || body.channelId === '') return { ok: false, message: 'The activity has no "channelId".' };
  for (const key of ['from', 'conversation'] as const) {
    const account = body[key];
    if (!isObject(account) || typeof account.id !== 'string' || account.id === '') return { ok: false, message: `The activity has no "${key}.id".` };
  }
  if (body.channelData !== undefined && body.channelData !== null && !isObject(body.channelData)) return { ok: false, message: '"channelData" must be an object.' };
  for (const key of OPTIONAL_ARRAYS) {
    const value = body[key];
    if (value === undefined || value === null) continue;
    if (!Array.isArray(value) || !value.every(isObject)) return { ok: false, message: `"${key}" must be an array of objects.` };
  }
  if (typeof body.serviceUrl === 'string' && body.serviceUrl !== '' && !URL.canParse(body.serviceUrl)) return { ok: false, message: '"serviceUrl" must be a URL.' };
  // Replies go to serviceUrl, unless they are asked for in the response (expectReplies) or are the response (invoke).
  if (!body.serviceUrl && body.deliveryMode !== 'expectReplies' && body.type !== 'invoke') return { ok: false, message: 'The activity has no "serviceUrl" to reply to.' };
  return { ok: true, activity: body as unknown as Activity };
}

/**
 * Without authentication (no MicrosoftAppId) anyone may post, so the bot must
 * not become their way to send requests elsewhere: it replies to a
 * serviceUrl only on this machine (a channel stand-in, the Emulator, the
 * local Direct Line), and otherwise only in the response (expectReplies).
 */
export function checkUnauthenticatedReplyAddress(activity: Pick<Activity, 'serviceUrl' | 'deliveryMode'>): { ok: true } | { ok: false; message: string } {
  if (!activity.serviceUrl || activity.deliveryMode === 'expectReplies') return { ok: true };
  const url = new URL(activity.serviceUrl);
  if (['http:', 'https:'].includes(url.protocol) && isLoopbackHost(url.hostname)) return { ok: true };
  return { ok: false, message: 'Without MicrosoftAppId the bot replies only to a loopback "serviceUrl"; send "deliveryMode": "expectReplies" to get the replies in the response.' };
}
