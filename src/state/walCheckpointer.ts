// WAL checkpoints off the event loop. SQLite copies its write-ahead log back
// into the database file (a checkpoint) when the log passes 1,000 pages,
// inside whichever commit crosses the mark, with two fsyncs: on this machine
// a commit is ~25 µs, one that checkpoints 5–40 ms, and the whole process
// waits for it (better-sqlite3 is synchronous). Every request in flight at
// that moment ends late: the bench's p99. Here a worker thread with its own
// connection checkpoints each file every half second (PASSIVE: it never
// blocks the bot's readers or writers), and the bot's connections checkpoint
// themselves only past a far higher mark, as a fallback; if the worker ends,
// they go back to SQLite's default. Nothing about durability changes: a
// commit is in the log when it returns, as before, and a checkpoint moves
// committed pages only.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/** SQLite's default auto-checkpoint mark, in pages. */
const SQLITE_DEFAULT_AUTOCHECKPOINT = 1000;
/** The bot's own connections' mark while the worker runs (about 40 MB of log): reached only if the worker falls behind. */
export const FALLBACK_AUTOCHECKPOINT = 10_000;
/** How often the worker checkpoints. */
export const CHECKPOINT_INTERVAL_MS = 500;

/** The worker, as code: CommonJS, given better-sqlite3's resolved path (the bundle keeps it in node_modules). */
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
// better-sqlite3 by its resolved path (an eval'd worker resolves from the working directory, not the bundle).
const Database = require("node:module").createRequire(workerData.driver)(workerData.driver);
const connections = workerData.paths.map((path) => {
  const db = new Database(path, { fileMustExist: true });
  // Another connection's write lock is never waited for: the next round tries again.
  db.pragma('busy_timeout = 0');
  return db;
});
function checkpoint() {
  for (const db of connections) {
    try {
      db.pragma('wal_checkpoint(PASSIVE)');
    } catch {
      // Busy or failing now: the next round tries again, and the bot's own connections checkpoint past their mark.
    }
  }
}
const timer = setInterval(checkpoint, workerData.intervalMs);
parentPort.on('message', (message) => {
  if (message !== 'stop') return;
  clearInterval(timer);
  checkpoint();
  for (const db of connections) {
    try {
      db.close();
    } catch {
      // Closed with the process anyway.
    }
  }
  parentPort.close();
});
`;

export interface WalCheckpointerOptions {
  intervalMs?: number;
}

/** Sets the auto-checkpoint mark (pages) of the bot's own connections to the files. */
export type SetAutoCheckpoint = (pages: number) => void;

export class WalCheckpointer {
  private worker: Worker | null = null;

  /** `paths`: database files in WAL mode that the bot's connections (reached through `setAutoCheckpoint`) have open. */
  constructor(private readonly paths: string[], private readonly setAutoCheckpoint: SetAutoCheckpoint, private readonly options: WalCheckpointerOptions = {}) {}

  /** Starts the worker and raises the connections' own mark while it runs. */
  start(): void {
    if (this.worker) return;
    const driver = createRequire(import.meta.url).resolve('better-sqlite3');
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { driver, paths: this.paths, intervalMs: this.options.intervalMs ?? CHECKPOINT_INTERVAL_MS },
      // A loop of pragmas needs little.
      resourceLimits: { maxOldGenerationSizeMb: 16, maxYoungGenerationSizeMb: 4 },
    });
    this.worker = worker;
    // The worker never keeps the process alive, and its failure is not the bot's: the connections checkpoint themselves again.
    worker.unref();
    worker.on('error', () => {});
    worker.on('exit', () => {
      if (this.worker === worker) this.worker = null;
      this.setAutoCheckpoint(SQLITE_DEFAULT_AUTOCHECKPOINT);
    });
    this.setAutoCheckpoint(FALLBACK_AUTOCHECKPOINT);
  }

  /** Whether the worker is running. */
  get running(): boolean {
    return this.worker !== null;
  }

  /**
   * Resolves once the worker has checkpointed a last time and closed its
   * connections (at once if it is not running); one that has not within
   * `timeoutMs` is terminated (a checkpoint left half done is finished by the
   * next connection, as after a crash).
   */
  stop(timeoutMs = 2000): Promise<void> {
    const worker = this.worker;
    if (!worker) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(() => void worker.terminate(), timeoutMs);
      worker.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
      worker.postMessage('stop');
    });
  }
}
