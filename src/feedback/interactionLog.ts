// The record of what partners asked and how they rated the answers:
// append-only. With SQLite (the default) each record is a row of its own
// database file (src/state/sqliteInteractionLog.ts); in a botbuilder Storage
// (Azure Blob, Cosmos DB, memory), which has no append, records are kept in
// documents of one hour from one writer (at most SHARD_RECORDS records
// each), listed in an index so a report can read a period and a purge can
// drop it.
import { randomUUID } from 'node:crypto';
import type { Storage, StoreItem } from 'botbuilder';

export type AnswerOutcome = 'answered' | 'didYouMean' | 'noAnswer';
export type Rating = 'helpful' | 'notHelpful';

interface RecordBase {
  id: string;
  /** ISO 8601, UTC. */
  at: string;
  channel: string;
  language: string;
  /** Pseudonymous (salted hash) ids, never the channel's own. */
  user: string;
  conversation: string;
}

export interface QuestionRecord extends RecordBase {
  kind: 'question';
  /** The question as understood: mentions removed, normalised. */
  question: string;
  outcome: AnswerOutcome;
  passageId?: string;
  confidence?: number;
}

export interface FeedbackRecord extends RecordBase {
  kind: 'feedback';
  /** The question record this rates. */
  answerId: string;
  passageId?: string;
  rating?: Rating;
  comment?: string;
}

export type InteractionRecord = QuestionRecord | FeedbackRecord;

const PREFIX = 'interactions';
const INDEX_KEY = `${PREFIX}/index`;
const MAX_ATTEMPTS = 8;
/**
 * Records per shard document. Every append rewrites its shard whole (the
 * Storage API has no append), so an unbounded hour made each question cost
 * more than the last: under load the bot spent most of its CPU copying the
 * hour's shard (docs/benchmarks.md). 100 keeps that copy small; the index
 * gains one key per 100 records.
 */
export const SHARD_RECORDS = 100;

interface ShardDocument extends StoreItem {
  records: InteractionRecord[];
}

interface IndexDocument extends StoreItem {
  shards: string[];
}

/** The hour a time falls in, as used in shard keys: 2026-11-28T13. */
function hourOf(iso: string): string {
  return iso.slice(0, 13);
}

function shardHour(key: string): string {
  return key.slice(PREFIX.length + 1, PREFIX.length + 1 + 13);
}

export interface Period {
  /** Inclusive. */
  since?: Date;
  /** Exclusive. */
  until?: Date;
}

/**
 * Where the records are kept: rows in SQLite (src/state/sqliteInteractionLog.ts)
 * or shard documents in any botbuilder Storage (ShardedInteractionStore).
 */
export interface InteractionStore {
  /** Stores the records; resolves once all are. Storing a record again (a retried write) does not add it twice. */
  append(records: InteractionRecord[]): Promise<void>;
  /** Every record in the period, oldest first. */
  read(period: Period): Promise<InteractionRecord[]>;
  /** Deletes every record older than `before`; returns how many. */
  purgeBefore(before: Date): Promise<number>;
  /** One small write that shows the store can be written again (the health check's, while it counts as unavailable). */
  probe?(): Promise<void>;
}

/** Tells an InteractionStore from a botbuilder Storage (which has no append). */
export function isInteractionStore(store: Storage | InteractionStore): store is InteractionStore {
  return typeof (store as Partial<InteractionStore>).append === 'function';
}

export class InteractionLog {
  private readonly store: InteractionStore;
  /** Records waiting for the write in progress to finish; written together in the next one. */
  private pending: { record: InteractionRecord; resolve: () => void; reject: (error: unknown) => void }[] = [];
  private writing = false;

  /** A botbuilder Storage is kept in shard documents; an InteractionStore keeps the records its own way. */
  constructor(store: Storage | InteractionStore) {
    this.store = isInteractionStore(store) ? store : new ShardedInteractionStore(store);
  }

  /** A fresh record id. */
  static newId(): string {
    return randomUUID();
  }

  /**
   * Appends one record; resolves once it is stored. Appends that arrive while
   * a write is in progress are stored together by the next write (one
   * transaction, or one read-modify-write of a shard, for all of them).
   */
  append(record: InteractionRecord): Promise<void> {
    return new Promise((resolve, reject) => {
      this.pending.push({ record, resolve, reject });
      if (!this.writing) void this.writePending();
    });
  }

  private async writePending(): Promise<void> {
    this.writing = true;
    while (this.pending.length > 0) {
      const batch = this.pending.splice(0);
      try {
        await this.store.append(batch.map((b) => b.record));
        for (const b of batch) b.resolve();
      } catch (error) {
        for (const b of batch) b.reject(error);
      }
    }
    this.writing = false;
  }

  /** Every record in the period, oldest first. */
  read(period: Period = {}): Promise<InteractionRecord[]> {
    return this.store.read(period);
  }

  /** Deletes every record older than `before`; returns how many. Records at or after it stay. */
  purgeBefore(before: Date): Promise<number> {
    return this.store.purgeBefore(before);
  }
}

/** The log in a botbuilder Storage: documents of one hour from one writer, listed in an index. */
export class ShardedInteractionStore implements InteractionStore {
  /** Each process writes only its own shards: appends never race with another instance. */
  private readonly writer = randomUUID().slice(0, 8);
  private readonly knownShards = new Set<string>();
  /** Per hour, this writer's current shard number and how many records it holds. */
  private readonly fill = new Map<string, { shard: number; records: number }>();

  constructor(private readonly storage: Storage) {}

  /** This writer's shard key for the hour: `interactions/<hour>/<writer>`, then `…-1`, `…-2` as each fills. */
  private shardKey(hour: string, shard: number): string {
    return `${PREFIX}/${hour}/${this.writer}${shard === 0 ? '' : `-${shard}`}`;
  }

  async append(records: InteractionRecord[]): Promise<void> {
    const byHour = new Map<string, InteractionRecord[]>();
    for (const record of records) {
      const hour = hourOf(record.at);
      byHour.set(hour, [...(byHour.get(hour) ?? []), record]);
    }
    for (const [hour, list] of byHour) {
      let rest = list;
      while (rest.length > 0) {
        const fill = this.fill.get(hour) ?? { shard: 0, records: 0 };
        if (fill.records >= SHARD_RECORDS) {
          this.fill.set(hour, { shard: fill.shard + 1, records: 0 });
          continue;
        }
        const chunk = rest.slice(0, SHARD_RECORDS - fill.records);
        rest = rest.slice(chunk.length);
        const key = this.shardKey(hour, fill.shard);
        if (!this.knownShards.has(key)) {
          await this.updateIndex((shards) => (shards.includes(key) ? shards : [...shards, key]));
          this.knownShards.add(key);
        }
        let stored = 0;
        // Idempotent: a redone write (after a lost race) does not add a record twice.
        await this.update<ShardDocument>(key, (doc) => {
          const existing = doc?.records ?? [];
          const ids = new Set(existing.map((r) => r.id));
          const next = [...existing, ...chunk.filter((r) => !ids.has(r.id))];
          stored = next.length;
          return { records: next };
        });
        this.fill.set(hour, { shard: fill.shard, records: stored });
      }
    }
  }

  async read(period: Period): Promise<InteractionRecord[]> {
    const index = await this.readOne<IndexDocument>(INDEX_KEY);
    const since = period.since?.toISOString();
    const until = period.until?.toISOString();
    const keys = (index?.shards ?? []).filter((key) => (!since || shardHour(key) >= hourOf(since)) && (!until || shardHour(key) <= hourOf(until)));
    const records: InteractionRecord[] = [];
    for (let i = 0; i < keys.length; i += 50) {
      const batch = keys.slice(i, i + 50);
      const items = await this.storage.read(batch);
      for (const key of batch) records.push(...(((items[key] as ShardDocument | undefined)?.records) ?? []));
    }
    return records.filter((r) => (!since || r.at >= since) && (!until || r.at < until)).sort((a, b) => a.at.localeCompare(b.at));
  }

  async purgeBefore(before: Date): Promise<number> {
    const cutoff = before.toISOString();
    const index = await this.readOne<IndexDocument>(INDEX_KEY);
    let removed = 0;
    const emptied = new Set<string>();
    for (const key of index?.shards ?? []) {
      if (shardHour(key) > hourOf(cutoff)) continue;
      let kept: InteractionRecord[] = [];
      await this.update<ShardDocument>(key, (doc) => {
        const records = doc?.records ?? [];
        kept = records.filter((r) => r.at >= cutoff);
        removed += records.length - kept.length;
        return { records: kept };
      });
      if (kept.length === 0 && shardHour(key) < hourOf(new Date().toISOString())) emptied.add(key);
    }
    if (emptied.size > 0) {
      await this.storage.delete([...emptied]);
      await this.updateIndex((shards) => shards.filter((key) => !emptied.has(key)));
      for (const key of emptied) this.knownShards.delete(key);
    }
    return removed;
  }

  private async updateIndex(change: (shards: string[]) => string[]): Promise<void> {
    await this.update<IndexDocument>(INDEX_KEY, (doc) => ({ shards: change(doc?.shards ?? []) }));
  }

  private async readOne<T extends StoreItem>(key: string): Promise<T | undefined> {
    return (await this.storage.read([key]))[key] as T | undefined;
  }

  /**
   * Read, change, write with the read eTag: a write the store refuses (the
   * item changed since it was read) is redone. An item that did not exist has
   * no eTag to guard its write, so that one is read back: two writers may have
   * created it at once, and the one whose write was lost redoes it.
   */
  private async update<T extends StoreItem>(key: string, change: (current: T | undefined) => Omit<T, 'eTag'>): Promise<void> {
    for (let attempt = 1; ; attempt += 1) {
      const current = await this.readOne<T>(key);
      const next = change(current);
      try {
        await this.storage.write({ [key]: current?.eTag ? { ...next, eTag: current.eTag } : next });
        if (current?.eTag) return;
        const stored = await this.readOne<T>(key);
        if (JSON.stringify({ ...stored, eTag: undefined }) === JSON.stringify({ ...next, eTag: undefined })) return;
      } catch (error) {
        if (attempt >= MAX_ATTEMPTS) throw error;
        continue;
      }
      if (attempt >= MAX_ATTEMPTS) throw new Error(`InteractionLog: could not write "${key}" after ${MAX_ATTEMPTS} attempts.`);
    }
  }
}
