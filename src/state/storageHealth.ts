// Watches the stores the bot writes to. A failed write (a full disk, a store
// that refuses) becomes a StorageUnavailableError, which the turn answers with
// a 5xx so the channel retries, instead of an apology with 200. After a few
// failures in a row /readyz says unavailable; a write that succeeds again,
// or the probe /readyz makes while unavailable, brings it back by itself.
import type { Storage, StoreItems } from 'botbuilder';
import { isInteractionStore, type InteractionRecord, type InteractionStore, type Period } from '../feedback/interactionLog.js';
import { ETagConflictError } from './sqliteStorage.js';

/** Failures in a row after which the store counts as unavailable. */
export const FAILURES_BEFORE_UNAVAILABLE = 3;
/** How often /readyz may try a write while the store is unavailable. */
const PROBE_INTERVAL_MS = 1_000;
const PROBE_KEY = 'health/probe';

export class StorageUnavailableError extends Error {
  constructor(readonly operation: Operation, cause: unknown) {
    super(`The state store failed to ${operation}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'StorageUnavailableError';
  }
}

/** True when the error, or one it wraps, is a store failure. */
export function isStorageUnavailable(error: unknown): boolean {
  for (let e = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth += 1) {
    if (e instanceof StorageUnavailableError) return true;
  }
  return false;
}

/**
 * A lost optimistic-concurrency race is the store working as meant (the
 * caller rereads and retries): SqliteStorage's ETagConflictError,
 * MemoryStorage's message, Blob's and Cosmos's 412.
 */
function isETagConflict(error: unknown): boolean {
  if (error instanceof ETagConflictError) return true;
  const { statusCode, code, message } = (error ?? {}) as { statusCode?: unknown; code?: unknown; message?: unknown };
  return statusCode === 412 || code === 412 || (typeof message === 'string' && /etag conflict/i.test(message));
}

type Operation = 'read' | 'write' | 'delete';

export class StorageHealth {
  private failuresInARow = 0;
  private lastProbe = 0;
  /** Each watched store's probe: one small write, through the watch. */
  private readonly probes: (() => Promise<unknown>)[] = [];

  /** Wraps a store (bot state, or the interaction log's own) so that its failures count here. */
  watch(storage: Storage): Storage;
  watch(log: InteractionStore): InteractionStore;
  watch(store: Storage | InteractionStore): Storage | InteractionStore;
  watch(store: Storage | InteractionStore): Storage | InteractionStore {
    if (isInteractionStore(store)) {
      const watched = new WatchedInteractionStore(store, this);
      if (store.probe) this.probes.push(() => watched.probe());
      return watched;
    }
    const watched = new WatchedStorage(store, this);
    this.probes.push(() => watched.write({ [PROBE_KEY]: { at: new Date().toISOString() } }));
    return watched;
  }

  get available(): boolean {
    return this.failuresInARow < FAILURES_BEFORE_UNAVAILABLE;
  }

  succeeded(): void {
    this.failuresInARow = 0;
  }

  failed(): void {
    this.failuresInARow += 1;
  }

  /**
   * Whether the stores can be written to. While they count as unavailable,
   * at most once a second, tries one small write to each (nothing else may
   * be writing: a store that recovered would otherwise never be seen to).
   */
  async check(): Promise<boolean> {
    if (this.available) return true;
    const now = Date.now();
    if (now - this.lastProbe < PROBE_INTERVAL_MS) return false;
    this.lastProbe = now;
    try {
      for (const probe of this.probes) await probe();
    } catch {
      // Counted as a failure by the watched store.
    }
    return this.available;
  }
}

/** Runs a store operation; a failure (not a lost eTag race or a caller's mistake) counts, and becomes a StorageUnavailableError. */
async function watched<T>(health: StorageHealth, operation: Operation, run: () => Promise<T>): Promise<T> {
  try {
    const result = await run();
    // A read works on a full disk too: only a write shows the store can be written again.
    if (operation !== 'read') health.succeeded();
    return result;
  } catch (error) {
    if (isETagConflict(error) || error instanceof ReferenceError) throw error;
    health.failed();
    throw new StorageUnavailableError(operation, error);
  }
}

class WatchedStorage implements Storage {
  constructor(private readonly inner: Storage, private readonly health: StorageHealth) {}

  read(keys: string[]): Promise<StoreItems> {
    return this.watch('read', () => this.inner.read(keys));
  }

  write(changes: StoreItems): Promise<void> {
    return this.watch('write', () => this.inner.write(changes));
  }

  delete(keys: string[]): Promise<void> {
    return this.watch('delete', () => this.inner.delete(keys));
  }

  private watch<T>(operation: Operation, run: () => Promise<T>): Promise<T> {
    return watched(this.health, operation, run);
  }
}

class WatchedInteractionStore implements InteractionStore {
  constructor(private readonly inner: InteractionStore, private readonly health: StorageHealth) {}

  append(records: InteractionRecord[]): Promise<void> {
    return watched(this.health, 'write', () => this.inner.append(records));
  }

  read(period: Period): Promise<InteractionRecord[]> {
    return watched(this.health, 'read', () => this.inner.read(period));
  }

  purgeBefore(before: Date): Promise<number> {
    return watched(this.health, 'delete', () => this.inner.purgeBefore(before));
  }

  probe(): Promise<void> {
    return watched(this.health, 'write', () => this.inner.probe?.() ?? Promise.resolve());
  }
}
