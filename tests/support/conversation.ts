// Conversations with the real PartnerBot through botbuilder's TestAdapter.
import { TestAdapter, type Activity } from 'botbuilder';
import type { PartnerBot } from '../../src/bot/partnerBot.js';

/** A TestAdapter that runs the bot, with the channel and locale given. */
export function conversationWith(bot: PartnerBot, template: Partial<Activity> = {}): TestAdapter {
  return new TestAdapter(async (context) => bot.run(context), template as Activity);
}

/** Sends one activity and collects every reply the bot sends to it. */
export async function exchange(adapter: TestAdapter, activity: Partial<Activity> | string): Promise<Partial<Activity>[]> {
  const before = adapter.activeQueue.length;
  await adapter.receiveActivity(activity);
  return adapter.activeQueue.splice(before);
}
