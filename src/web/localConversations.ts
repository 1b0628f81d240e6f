// The transcripts the local Direct Line endpoint keeps in memory: each
// conversation's activities in order, read back from a watermark in pages.
// Bounded in count and in size: idle conversations expire, the least recently
// used go first when there are too many or they hold too much, a conversation
// keeps only its latest activities within its own allowance, and a page stops
// at a size.
import { randomBytes } from 'node:crypto';

/** An activity as the wire carries it (JSON), with the id the conversation gave it. */
export type TranscriptActivity = { id: string; [field: string]: unknown };

export interface ActivityPage {
  activities: TranscriptActivity[];
  /** What to send as `?watermark=` next time: the count of activities read so far. */
  watermark: string;
}

export interface LocalConversation {
  id: string;
  userId: string;
}

export interface LocalConversationOptions {
  maxConversations?: number;
  idleMs?: number;
  /** Activities kept per conversation; older ones are dropped. */
  maxActivities?: number;
  /** Activities returned by one read. */
  pageSize?: number;
  /** Size (JSON characters) one read returns at most; a read returns at least one activity. */
  maxPageLength?: number;
  /** Size (JSON characters) a conversation's kept activities may take; older ones are dropped. */
  maxConversationLength?: number;
  /** Size (JSON characters) all conversations may take; the least recently used go first. */
  maxTotalLength?: number;
  now?: () => number;
}

interface StoredActivity {
  activity: TranscriptActivity;
  /** Its length as JSON, what the size bounds count. */
  length: number;
}

interface Entry extends LocalConversation {
  /** Activities before `activities[0]` that were dropped. */
  dropped: number;
  activities: StoredActivity[];
  /** Sum of the kept activities' lengths. */
  length: number;
  lastUsed: number;
}

/** The largest a client's activity is kept in a transcript (JSON characters): a question, with room to spare. */
export const MAX_CLIENT_ACTIVITY_LENGTH = 8 * 1024;

/** Client fields dropped from the transcript, largest first, until the activity fits. */
const DROPPABLE_CLIENT_FIELDS = ['value', 'attachments', 'channelData', 'entities'] as const;

/**
 * A client's activity as the transcript keeps it: the bot still gets the whole
 * activity, but the transcript (held for an hour, read back by every poll) keeps
 * at most MAX_CLIENT_ACTIVITY_LENGTH: `value`, `attachments`, `channelData` and
 * `entities` go first (Web Chat's `clientActivityID`, which matches the echo to
 * what it sent, stays), then the text is cut.
 */
export function boundedClientActivity(activity: Record<string, unknown>, maxLength = MAX_CLIENT_ACTIVITY_LENGTH): Record<string, unknown> {
  if (JSON.stringify(activity).length <= maxLength) return activity;
  const bounded: Record<string, unknown> = { ...activity };
  for (const field of DROPPABLE_CLIENT_FIELDS) {
    if (!(field in bounded)) continue;
    const kept = JSON.stringify(bounded[field]).length <= 1024 ? bounded[field] : undefined;
    delete bounded[field];
    if (field === 'channelData') {
      const clientActivityID = (activity.channelData as { clientActivityID?: unknown } | undefined)?.clientActivityID;
      if (kept !== undefined) bounded.channelData = kept;
      else if (typeof clientActivityID === 'string' && clientActivityID.length <= 100) bounded.channelData = { clientActivityID };
    } else if (kept !== undefined) bounded[field] = kept;
    if (JSON.stringify(bounded).length <= maxLength) return bounded;
  }
  for (const field of DROPPABLE_CLIENT_FIELDS) if (field !== 'channelData') delete bounded[field];
  const overflow = JSON.stringify(bounded).length - maxLength;
  if (overflow > 0 && typeof bounded.text === 'string') bounded.text = bounded.text.slice(0, Math.max(0, bounded.text.length - overflow - 16));
  // Whatever is left over the limit is in fields no client needs back.
  return JSON.stringify(bounded).length <= maxLength ? bounded : { type: bounded.type, ...(typeof bounded.text === 'string' ? { text: bounded.text.slice(0, maxLength / 2) } : {}) };
}

export class LocalConversations {
  private readonly entries = new Map<string, Entry>();
  private readonly maxConversations: number;
  private readonly idleMs: number;
  private readonly maxActivities: number;
  private readonly pageSize: number;
  private readonly maxPageLength: number;
  private readonly maxConversationLength: number;
  private readonly maxTotalLength: number;
  private readonly now: () => number;
  /** Sum of every conversation's `length`. */
  private totalLength = 0;

  constructor(options: LocalConversationOptions = {}) {
    this.maxConversations = options.maxConversations ?? 1000;
    this.idleMs = options.idleMs ?? 60 * 60 * 1000;
    this.maxActivities = options.maxActivities ?? 500;
    this.pageSize = options.pageSize ?? 100;
    this.maxPageLength = options.maxPageLength ?? 256 * 1024;
    this.maxConversationLength = options.maxConversationLength ?? 256 * 1024;
    this.maxTotalLength = options.maxTotalLength ?? 32 * 1024 * 1024;
    this.now = options.now ?? Date.now;
  }

  get size(): number {
    return this.entries.size;
  }

  create(userId: string): LocalConversation {
    this.expireIdle();
    // Full: the least recently used conversation makes room (the Map is kept in use order).
    for (const id of this.entries.keys()) {
      if (this.entries.size < this.maxConversations) break;
      this.remove(id);
    }
    const entry: Entry = { id: randomBytes(16).toString('base64url'), userId, dropped: 0, activities: [], length: 0, lastUsed: this.now() };
    this.entries.set(entry.id, entry);
    return { id: entry.id, userId };
  }

  /** The conversation, or undefined when it never existed or expired. */
  get(id: string): LocalConversation | undefined {
    const entry = this.touch(id);
    return entry ? { id: entry.id, userId: entry.userId } : undefined;
  }

  /** Adds an activity with the next id in the conversation (`<conversation>|0000042`). */
  append(conversationId: string, activity: Record<string, unknown>): TranscriptActivity {
    const entry = this.touch(conversationId);
    if (!entry) throw new Error(`Unknown conversation ${conversationId}`);
    const sequence = entry.dropped + entry.activities.length;
    const stored: TranscriptActivity = { ...activity, id: `${entry.id}|${String(sequence).padStart(7, '0')}` };
    const length = JSON.stringify(stored).length;
    entry.activities.push({ activity: stored, length });
    entry.length += length;
    this.totalLength += length;
    // The latest activity always stays: it is the one the client is about to read.
    while (entry.activities.length > 1 && (entry.activities.length > this.maxActivities || entry.length > this.maxConversationLength)) {
      const oldest = entry.activities.shift() as StoredActivity;
      entry.length -= oldest.length;
      this.totalLength -= oldest.length;
      entry.dropped += 1;
    }
    // Over the total: the least recently used conversations go (this one is the most recent).
    for (const id of this.entries.keys()) {
      if (this.totalLength <= this.maxTotalLength || id === entry.id) break;
      this.remove(id);
    }
    return stored;
  }

  /** Activities after `watermark` (all kept ones when null), at most a page. */
  read(conversationId: string, watermark: number | null): ActivityPage | undefined {
    const entry = this.touch(conversationId);
    if (!entry) return undefined;
    const total = entry.dropped + entry.activities.length;
    const from = Math.min(Math.max(watermark ?? 0, entry.dropped), total);
    const activities: TranscriptActivity[] = [];
    let length = 0;
    for (const stored of entry.activities.slice(from - entry.dropped, from - entry.dropped + this.pageSize)) {
      if (activities.length > 0 && length + stored.length > this.maxPageLength) break;
      activities.push(stored.activity);
      length += stored.length;
    }
    return { activities, watermark: String(from + activities.length) };
  }

  /** Size (JSON characters) of everything kept, for tests and diagnostics. */
  get length(): number {
    return this.totalLength;
  }

  private remove(id: string): void {
    const entry = this.entries.get(id);
    if (!entry) return;
    this.totalLength -= entry.length;
    this.entries.delete(id);
  }

  private touch(id: string): Entry | undefined {
    const entry = this.entries.get(id);
    if (!entry) return undefined;
    if (this.now() - entry.lastUsed >= this.idleMs) {
      this.remove(id);
      return undefined;
    }
    entry.lastUsed = this.now();
    // Re-insert so the Map's order stays least recently used first.
    this.entries.delete(id);
    this.entries.set(id, entry);
    return entry;
  }

  private expireIdle(): void {
    for (const [id, entry] of this.entries) {
      if (this.now() - entry.lastUsed < this.idleMs) break;
      this.remove(id);
    }
  }
}
