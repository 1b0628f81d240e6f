// Group commit for the SQLite stores: the writes that arrive during one turn
// of the event loop are committed together, in one transaction, just after
// it (setImmediate). Under load several turns end in each turn of the loop;
// each commit cost them 5–7 % of the bot's CPU (a profile of the bench's
// load), one or two a turn. A write still resolves only once it is
// committed, so what a turn acknowledged survives a crash of the process
// as before; it is a few hundred microseconds later.
import type Database from 'better-sqlite3';

interface Queued<T> {
  item: T;
  resolve: () => void;
  reject: (error: unknown) => void;
}

export class GroupCommit<T> {
  private queue: Queued<T>[] = [];
  private scheduled: NodeJS.Immediate | null = null;
  /** The item's own transaction: a savepoint inside the group's, BEGIN…COMMIT alone. */
  private readonly writeOne: (item: T) => void;
  private readonly writeGroup: (queued: Queued<T>[]) => Map<Queued<T>, unknown>;

  /**
   * `write` writes one item with the database's statements; it may throw
   * (an eTag conflict): that item's changes are undone and its promise is
   * rejected, the others' are committed.
   */
  constructor(private readonly db: Database.Database, write: (item: T) => void) {
    this.writeOne = db.transaction(write);
    this.writeGroup = db.transaction((queued: Queued<T>[]) => {
      const failures = new Map<Queued<T>, unknown>();
      for (const entry of queued) {
        try {
          this.writeOne(entry.item);
        } catch (error) {
          // SQLite ended the whole transaction (a full disk, an I/O error): nothing of the group is written.
          if (!db.inTransaction) throw error;
          failures.set(entry, error);
        }
      }
      return failures;
    });
  }

  /** Resolves once the item is committed; rejects with the error that kept it out. */
  write(item: T): Promise<void> {
    return new Promise((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      this.scheduled ??= setImmediate(() => this.flush());
    });
  }

  /** Commits every write waiting now (also before a delete, a purge or closing, so they keep their order). */
  flush(): void {
    if (this.scheduled) clearImmediate(this.scheduled);
    this.scheduled = null;
    const queued = this.queue;
    if (queued.length === 0) return;
    this.queue = [];
    if (queued.length > 1) {
      let failures: Map<Queued<T>, unknown> | undefined;
      try {
        failures = this.writeGroup(queued);
      } catch {
        // The group's transaction failed as a whole: each write is tried alone below, and fails or not on its own.
      }
      if (failures) {
        for (const entry of queued) {
          if (failures.has(entry)) entry.reject(failures.get(entry));
          else entry.resolve();
        }
        return;
      }
    }
    for (const entry of queued) {
      try {
        this.writeOne(entry.item);
        entry.resolve();
      } catch (error) {
        entry.reject(error);
      }
    }
  }
}
