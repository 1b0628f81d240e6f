// Property-based fuzzing of the real server with hostile activities: every
// answer is 2xx or 4xx, nothing is left unhandled, and the bot still answers
// a normal question afterwards. FUZZ_RUNS sets the number of cases
// (`npm run fuzz` runs 10,000).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { messageActivity, postActivity, startApp, type RunningApp } from './support/app.js';
import { startChannelService, type ChannelService } from './support/channelService.js';
import { activitiesUrl, call, startSession, type Session } from './support/directLine.js';
import { hostileLocalActivity, hostileRequest, sendHostile } from './support/fuzzActivities.js';
import { shownText } from './support/replies.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 500);

describe('the server under hostile input', () => {
  let running: RunningApp;
  let channel: ChannelService;
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);
  beforeAll(async () => {
    process.on('unhandledRejection', onUnhandled);
    channel = await startChannelService();
    running = await startApp({ MAX_BODY_BYTES: String(256 * 1024), DIRECT_LINE_TOKENS_PER_MINUTE: '10000', DIRECT_LINE_MESSAGES_PER_MINUTE: '10000', DIRECT_LINE_READS_PER_MINUTE: '10000' });
  });
  afterAll(async () => {
    process.off('unhandledRejection', onUnhandled);
    await running.stop();
    await channel.close();
  });

  it(`answers ${RUNS} malformed and hostile requests with 2xx or 4xx, never 5xx`, async () => {
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(hostileRequest(channel.url), async (request) => {
        const status = await sendHostile(running.baseUrl, request);
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        if (status < 200 || status >= 500) throw new Error(`HTTP ${status} for ${request.describe}`);
      }),
      { numRuns: RUNS, interruptAfterTimeLimit: 15 * 60_000 },
    );
    // The generator reaches both sides: accepted activities and refused ones.
    expect([...statuses.keys()].some((status) => status < 300)).toBe(true);
    expect([...statuses.keys()].some((status) => status >= 400)).toBe(true);
  }, 20 * 60_000);

  const LOCAL_RUNS = Math.max(50, Math.round(RUNS / 20));
  it(`keeps the local Direct Line's transcripts small under ${LOCAL_RUNS} huge values and hostile texts`, async () => {
    const sessions = await Promise.all([0, 1, 2].map(() => startSession(running.baseUrl)));
    let posted = 0;
    await fc.assert(
      fc.asyncProperty(hostileLocalActivity, fc.nat(2), async (activity, which) => {
        const session = sessions[which] as Session;
        const result = await call(activitiesUrl(running.baseUrl, session.conversationId), { token: session.token, body: activity });
        if (result.status < 200 || result.status >= 500) throw new Error(`HTTP ${result.status} for ${JSON.stringify(activity).slice(0, 300)}`);
        posted += 1;
      }),
      { numRuns: LOCAL_RUNS, interruptAfterTimeLimit: 10 * 60_000 },
    );
    expect(posted).toBe(LOCAL_RUNS);
    for (const session of sessions) {
      const page = await call(activitiesUrl(running.baseUrl, session.conversationId), { token: session.token });
      expect(page.status).toBe(200);
      // Each conversation's transcript stays within its allowance however large what was posted.
      expect(JSON.stringify(page.body).length).toBeLessThan(300 * 1024);
    }
  }, 15 * 60_000);

  it('leaves no unhandled rejection and still answers a normal question', async () => {
    const { status, body } = await postActivity(running.baseUrl, messageActivity('How far is the Center from the airport?'));
    expect(status).toBe(200);
    expect(shownText(body.activities[0])).toMatch(/airport/i);
    expect(unhandled).toEqual([]);
  });
});
