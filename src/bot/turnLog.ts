// One info line per turn: channel, activity type, reply language, outcome and
// duration. The bot records what it decided in the turn state; this
// middleware writes the line whether the turn succeeded or threw.
import type { Middleware, TurnContext } from 'botbuilder';
import type { Logger } from '../logger.js';

export const TURN_OUTCOME = Symbol('turnOutcome');

export interface TurnOutcome {
  language?: string;
  outcome?: string;
}

/** Called by the bot to say how it handled the turn. */
export function recordOutcome(context: TurnContext, outcome: TurnOutcome): void {
  context.turnState.set(TURN_OUTCOME, { ...recorded(context), ...outcome });
}

/** Called as soon as the reply language is known, so even a failed turn is logged and apologised for in it. */
export function recordLanguage(context: TurnContext, language: string): void {
  recordOutcome(context, { language });
}

export function recorded(context: TurnContext): TurnOutcome | undefined {
  return context.turnState.get(TURN_OUTCOME) as TurnOutcome | undefined;
}

export function turnLogMiddleware(logger: Logger): Middleware {
  return {
    async onTurn(context, next) {
      const started = performance.now();
      let failed = false;
      try {
        await next();
      } catch (error) {
        failed = true;
        throw error;
      } finally {
        const turn = recorded(context);
        logger.info(
          {
            channel: context.activity.channelId,
            type: context.activity.type,
            name: context.activity.name,
            language: turn?.language,
            outcome: failed ? 'error' : (turn?.outcome ?? 'ignored'),
            ms: Math.round((performance.now() - started) * 10) / 10,
          },
          'turn',
        );
      }
    },
  };
}
