// The connector client a turn replies through is made once per service URL
// (and app id and audience) and reused by later turns, instead of a new client
// and HTTP pipeline every turn; replies still reach the service they belong to.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ConfigurationBotFrameworkAuthentication, type TurnContext } from 'botbuilder';
import { AuthenticationConstants, ClaimsIdentity, type ConnectorClient } from 'botframework-connector';
import { MAX_REUSED_CLIENTS, StrictBotFrameworkAuthentication } from '../src/authentication.js';
import { appForTests, messageActivity } from './support/app.js';
import { startChannelService, type ChannelService } from './support/channelService.js';

/** Posts a message whose replies go to `serviceUrl` (not in the response body), and waits for the turn. */
async function postToService(baseUrl: string, serviceUrl: string, conversation: string): Promise<number> {
  const { deliveryMode: _inTheBody, ...activity } = messageActivity('/help', { serviceUrl, conversation: { id: conversation } });
  const response = await fetch(`${baseUrl}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
  await response.arrayBuffer();
  return response.status;
}

describe('connector clients across turns', () => {
  const app = appForTests();
  let first: ChannelService;
  let second: ChannelService;
  const turns: { serviceUrl: string; connector: ConnectorClient; userTokens: unknown }[] = [];

  beforeAll(async () => {
    [first, second] = await Promise.all([startChannelService(), startChannelService()]);
    const { adapter } = app().app;
    adapter.use(async (context: TurnContext, next) => {
      turns.push({ serviceUrl: context.activity.serviceUrl, connector: context.turnState.get(adapter.ConnectorClientKey), userTokens: context.turnState.get(adapter.UserTokenClientKey) });
      await next();
    });
  });
  afterAll(async () => {
    await Promise.all([first.close(), second.close()]);
  });

  it('reuses one client for two turns from the same service URL, and gives another service URL its own; each reply reaches its own service', async () => {
    expect(await postToService(app().baseUrl, first.url, 'reuse-a')).toBe(200);
    expect(await postToService(app().baseUrl, first.url, 'reuse-b')).toBe(200);
    expect(await postToService(app().baseUrl, second.url, 'reuse-c')).toBe(200);

    expect(turns.map((turn) => turn.serviceUrl)).toEqual([first.url, first.url, second.url]);
    const [a, b, c] = turns;
    expect(a!.connector).toBeDefined();
    expect(b!.connector).toBe(a!.connector);
    expect(c!.connector).not.toBe(a!.connector);
    expect(c!.userTokens).toBe(a!.userTokens);
    expect(first.received.map((r) => r.path.split('/')[3])).toEqual(['reuse-a', 'reuse-b']);
    expect(second.received.map((r) => r.path.split('/')[3])).toEqual(['reuse-c']);
  });
});

describe('the connector factories of StrictBotFrameworkAuthentication', () => {
  // Authentication off: botbuilder makes empty credentials, so any app id gets a client without a network call.
  const authentication = new StrictBotFrameworkAuthentication(new ConfigurationBotFrameworkAuthentication({}), 5_000);
  const forApp = (appId: string) => new ClaimsIdentity([{ type: AuthenticationConstants.AudienceClaim, value: appId }], true);
  const url = 'http://127.0.0.1:9/';

  it('gives the same client for the same app id, service URL and audience, through any factory it makes', async () => {
    const one = await authentication.createConnectorFactory(forApp('app-1')).create(url, 'audience-1');
    const again = await authentication.createConnectorFactory(forApp('app-1')).create(url, 'audience-1');
    expect(again).toBe(one);
  });

  it('gives turns that arrive together one client', async () => {
    const factory = authentication.createConnectorFactory(forApp('app-2'));
    const [x, y] = await Promise.all([factory.create(url, 'audience-1'), factory.create(url, 'audience-1')]);
    expect(y).toBe(x);
  });

  it('never shares a client between app ids, audiences or service URLs', async () => {
    const base = await authentication.createConnectorFactory(forApp('app-3')).create(url, 'audience-1');
    const otherApp = await authentication.createConnectorFactory(forApp('app-4')).create(url, 'audience-1');
    const otherAudience = await authentication.createConnectorFactory(forApp('app-3')).create(url, 'audience-2');
    const otherService = await authentication.createConnectorFactory(forApp('app-3')).create('http://127.0.0.1:10/', 'audience-1');
    expect(new Set([base, otherApp, otherAudience, otherService]).size).toBe(4);
  });

  it('keeps a bounded number of clients, the least recently used dropped first', async () => {
    const own = new StrictBotFrameworkAuthentication(new ConfigurationBotFrameworkAuthentication({}), 5_000);
    const factory = own.createConnectorFactory(forApp('app-5'));
    const oldest = await factory.create('http://127.0.0.1:11/', 'audience-1');
    const recent = await factory.create('http://127.0.0.1:12/', 'audience-1');
    for (let port = 20; port < 20 + MAX_REUSED_CLIENTS - 2; port += 1) await factory.create(`http://127.0.0.1:${port}/`, 'audience-1');
    expect(await factory.create('http://127.0.0.1:12/', 'audience-1')).toBe(recent);
    await factory.create('http://127.0.0.1:13/', 'audience-1');
    expect(await factory.create('http://127.0.0.1:12/', 'audience-1')).toBe(recent);
    expect(await factory.create('http://127.0.0.1:11/', 'audience-1')).not.toBe(oldest);
  });
});
