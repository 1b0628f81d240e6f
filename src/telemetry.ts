// Application Insights for the bot, only when a connection string is
// configured: without one the SDK is never even loaded, so nothing is
// collected or sent anywhere.
import { TelemetryLoggerMiddleware, type BotTelemetryClient, type Middleware } from 'botbuilder';
import type { Config } from './config.js';

export interface Telemetry {
  client: BotTelemetryClient;
  /** Adapter middleware: one event per activity received and sent, without message text or user names. */
  middleware: Middleware;
  /** Sends what is buffered, then stops collecting. */
  close(): Promise<void>;
}

/**
 * Creates the Application Insights client and its middleware when
 * APPLICATIONINSIGHTS_CONNECTION_STRING is set; undefined otherwise.
 */
export async function createTelemetry(config: Pick<Config, 'APPLICATIONINSIGHTS_CONNECTION_STRING'>): Promise<Telemetry | undefined> {
  if (!config.APPLICATIONINSIGHTS_CONNECTION_STRING) return undefined;
  // Loaded on demand: the applicationinsights SDK patches Node's http and console when it starts.
  const { ApplicationInsightsTelemetryClient, TelemetryInitializerMiddleware } = await import('botbuilder-applicationinsights');
  const appInsights = (await import('applicationinsights')).default;
  const client = new ApplicationInsightsTelemetryClient(config.APPLICATIONINSIGHTS_CONNECTION_STRING);
  // Statsbeat reports the SDK's own health to Microsoft, not to the operator's resource: off.
  client.defaultClient.getStatsbeat()?.enable(false);
  // logPersonalInformation false: events carry ids, channel and locale, never the text or the user's name.
  const middleware = new TelemetryInitializerMiddleware(new TelemetryLoggerMiddleware(client, false), true);
  return {
    client,
    middleware,
    async close() {
      await new Promise<void>((resolve) => client.defaultClient.flush({ callback: () => resolve() }));
      appInsights.dispose();
    },
  };
}
