// Retention: interaction log records older than the configured number of
// days, and bot state nobody wrote to for as long, are purged at start and
// once a day after.
import type { Logger } from '../logger.js';
import type { InteractionLog } from './interactionLog.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The oldest time a record may have, `days` before `now`. */
export function retentionCutoff(days: number, now = new Date()): Date {
  return new Date(now.getTime() - days * DAY_MS);
}

/**
 * Starts the daily purge (none when days is 0); returns a function that stops
 * it. `purgeState` deletes state items last written before a date, where the
 * store can (SQLite).
 */
export function scheduleRetention(log: InteractionLog, days: number, logger: Logger, purgeState?: (before: Date) => Promise<number>): () => void {
  if (days === 0) return () => {};
  const purge = async () => {
    try {
      const removed = await log.purgeBefore(retentionCutoff(days));
      if (removed > 0) logger.info({ removed, days }, 'interaction log: purged records past retention');
    } catch (error) {
      logger.error({ err: error }, 'interaction log: purge failed; will retry tomorrow');
    }
    if (!purgeState) return;
    try {
      const removed = await purgeState(retentionCutoff(days));
      if (removed > 0) logger.info({ removed, days }, 'bot state: purged items nobody wrote to within retention');
    } catch (error) {
      logger.error({ err: error }, 'bot state: purge failed; will retry tomorrow');
    }
  };
  void purge();
  const timer = setInterval(() => void purge(), DAY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
