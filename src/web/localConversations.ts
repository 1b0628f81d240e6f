// The transcripts the local Direct Line endpoint keeps in memory: each
// conversation's activities in order, read back from a watermark in pages.
// Bounded: idle conversations expire, the oldest go first when full, and a
// long conversation keeps only its latest activities.
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
  now?: () => number;
}

interface Entry extends LocalConversation {
  /** Activities before `activities[0]` that were dropped. */
  dropped: number;
  activities: TranscriptActivity[];
  lastUsed: number;
}

export class LocalConversations {
  private readonly entries = new Map<string, Entry>();
  private readonly maxConversations: number;
  private readonly idleMs: number;
  private readonly maxActivities: number;
  private readonly pageSize: number;
  private readonly now: () => number;

  constructor(options: LocalConversationOptions = {}) {
    this.maxConversations = options.maxConversations ?? 1000;
    this.idleMs = options.idleMs ?? 60 * 60 * 1000;
    this.maxActivities = options.maxActivities ?? 500;
    this.pageSize = options.pageSize ?? 100;
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
      this.entries.delete(id);
    }
    const entry: Entry = { id: randomBytes(16).toString('base64url'), userId, dropped: 0, activities: [], lastUsed: this.now() };
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
    entry.activities.push(stored);
    if (entry.activities.length > this.maxActivities) {
      const excess = entry.activities.length - this.maxActivities;
      entry.activities.splice(0, excess);
      entry.dropped += excess;
    }
    return stored;
  }

  /** Activities after `watermark` (all kept ones when null), at most a page. */
  read(conversationId: string, watermark: number | null): ActivityPage | undefined {
    const entry = this.touch(conversationId);
    if (!entry) return undefined;
    const total = entry.dropped + entry.activities.length;
    const from = Math.min(Math.max(watermark ?? 0, entry.dropped), total);
    const activities = entry.activities.slice(from - entry.dropped, from - entry.dropped + this.pageSize);
    return { activities, watermark: String(from + activities.length) };
  }

  private touch(id: string): Entry | undefined {
    const entry = this.entries.get(id);
    if (!entry) return undefined;
    if (this.now() - entry.lastUsed >= this.idleMs) {
      this.entries.delete(id);
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
      this.entries.delete(id);
    }
  }
}
