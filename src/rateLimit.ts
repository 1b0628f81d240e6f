// A per-key fixed-window rate limit kept in memory (one process, as the bot
// runs; several instances each count their own clients).

export interface RateDecision {
  allowed: boolean;
  /** Whole seconds until the window resets, for Retry-After. */
  retryAfterSeconds: number;
  /** True only for the first refused request of a window: the one worth telling the person about. */
  firstRefusal: boolean;
}

export interface RateLimiter {
  /** Counts one request for `key` and says whether it may go on. */
  take(key: string): RateDecision;
}

/** Windows are dropped once this many keys are tracked, oldest first, so a flood of addresses cannot grow memory without bound. */
const MAX_KEYS = 10_000;

/**
 * At most `limit` requests per `windowMs` for each key. `now` is injectable
 * so tests can move time.
 */
export function createRateLimiter(limit: number, windowMs: number, now: () => number = Date.now): RateLimiter {
  const windows = new Map<string, { startedAt: number; count: number }>();
  const prune = (time: number): void => {
    for (const [key, window] of windows) if (time - window.startedAt >= windowMs) windows.delete(key);
    // Still full: forget the oldest tenth at once (a Map keeps insertion order), so pruning stays rare.
    for (const key of windows.keys()) {
      if (windows.size < MAX_KEYS * 0.9) break;
      windows.delete(key);
    }
  };
  return {
    take(key) {
      const time = now();
      let window = windows.get(key);
      if (!window || time - window.startedAt >= windowMs) {
        windows.delete(key);
        if (windows.size >= MAX_KEYS) prune(time);
        window = { startedAt: time, count: 0 };
        windows.set(key, window);
      }
      window.count += 1;
      const retryAfterSeconds = Math.max(1, Math.ceil((window.startedAt + windowMs - time) / 1000));
      return { allowed: window.count <= limit, retryAfterSeconds, firstRefusal: window.count === limit + 1 };
    },
  };
}
