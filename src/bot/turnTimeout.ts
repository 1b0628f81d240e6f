// A bound on every turn: a turn that takes longer than the configured time
// (a store that hangs, a search gone wrong) ends with the turn-error apology,
// and the channel's request is answered instead of waiting for ever.
import type { Middleware } from 'botbuilder';

export class TurnTimeoutError extends Error {
  constructor(readonly timeoutMs: number) {
    super(`The turn took longer than ${timeoutMs} ms.`);
    this.name = 'TurnTimeoutError';
  }
}

export function turnTimeoutMiddleware(timeoutMs: number): Middleware {
  return {
    async onTurn(_context, next) {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new TurnTimeoutError(timeoutMs)), timeoutMs);
      });
      try {
        // The late turn goes on in the background; whatever it does after this is dropped with its context.
        await Promise.race([next(), timeout]);
      } finally {
        clearTimeout(timer);
      }
    },
  };
}
