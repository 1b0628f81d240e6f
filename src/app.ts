// The composition root, as a recipe: configuration, adapter, bot, routes.
// `src/index.ts` runs it as a process; tests run it in-process on port 0.
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { AuthenticationConstants } from 'botframework-connector';
import { CallerIdConstants, ConfigurationBotFrameworkAuthentication, type ConfigurationBotFrameworkAuthenticationOptions } from 'botbuilder';
import { QuietCloudAdapter, StrictBotFrameworkAuthentication } from './authentication.js';
import { checkDeployedSettings, type Config } from './config.js';
import { InteractionLog } from './feedback/interactionLog.js';
import { pseudonymiser, resolveSalt, SALT_FILE } from './feedback/pseudonym.js';
import { moveInteractionLogOutOfState } from './feedback/separateLog.js';
import { scheduleRetention } from './feedback/retention.js';
import { loadLanguageStatistics } from './i18n/detectLanguage.js';
import { createI18n } from './i18n/i18n.js';
import { checkKeysUsedInCode } from './i18n/usedKeys.js';
import { loadSearchableKnowledge } from './search/knowledgeIndex.js';
import type { Logger } from './logger.js';
import { PartnerBot } from './bot/partnerBot.js';
import { createTurnErrorHandler } from './bot/turnError.js';
import { turnLogMiddleware } from './bot/turnLog.js';
import { turnTimeoutMiddleware } from './bot/turnTimeout.js';
import { createRateLimiter } from './rateLimit.js';
import { createServer, type BotServer } from './server.js';
import { TrackedConversationState, TrackedUserState } from './state/botState.js';
import { StorageHealth } from './state/storageHealth.js';
import { isLoopbackHost } from './http.js';
import { createStorage } from './state/storage.js';
import { createTelemetry, type Telemetry } from './telemetry.js';

export interface App {
  bot: PartnerBot;
  adapter: QuietCloudAdapter;
  http: BotServer;
  /** Every question and rating (the operators' report reads it). */
  interactions: InteractionLog;
  /** Application Insights, only when its connection string is configured. */
  telemetry: Telemetry | undefined;
  /** Listens, then loads what the bot needs; /readyz turns 200 when done. */
  start(): Promise<{ url: string; port: number }>;
  /** Stops accepting, waits for turns in flight (bounded), releases resources. */
  stop(): Promise<void>;
}

export function createAdapter(config: Config, logger: Logger): QuietCloudAdapter {
  const authentication = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: config.MicrosoftAppId,
    MicrosoftAppPassword: config.MicrosoftAppPassword,
    MicrosoftAppType: config.MicrosoftAppType,
    MicrosoftAppTenantId: config.MicrosoftAppTenantId,
    ...(config.BOT_OPENID_METADATA_URL ? publicCloudWithTokenKeysFrom(config.BOT_OPENID_METADATA_URL) : {}),
  } as ConfigurationBotFrameworkAuthenticationOptions);
  return new QuietCloudAdapter(new StrictBotFrameworkAuthentication(authentication, config.CHANNEL_TIMEOUT_MS), logger);
}

/**
 * The public cloud's authentication settings, but with the keys that sign
 * incoming tokens read from another OpenID metadata document. botbuilder
 * takes one parameterised setting as a sign that all are given, so all are.
 */
function publicCloudWithTokenKeysFrom(openIdMetadataUrl: string): Partial<ConfigurationBotFrameworkAuthenticationOptions> {
  return {
    ValidateAuthority: true,
    ToChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
    ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
    ToBotFromChannelTokenIssuer: AuthenticationConstants.ToBotFromChannelTokenIssuer,
    OAuthUrl: AuthenticationConstants.OAuthUrl,
    ToBotFromChannelOpenIdMetadataUrl: openIdMetadataUrl,
    ToBotFromEmulatorOpenIdMetadataUrl: openIdMetadataUrl,
    CallerId: CallerIdConstants.PublicAzureChannel,
  };
}

/** How long after ready tinyld's models load (see start() below). */
const LANGUAGE_STATISTICS_DELAY_MS = 1000;

export async function createApp(config: Config, logger: Logger): Promise<App> {
  checkDeployedSettings(config);
  let ready = false;
  const i18n = await createI18n();
  // A key missing from English would reach people as the raw key: refuse to start instead.
  checkKeysUsedInCode(i18n);
  const store = await createStorage(config);
  // Every read and write goes through the health watch: a failing store answers turns with 5xx and turns /readyz 503.
  const storageHealth = new StorageHealth();
  const storage = storageHealth.watch(store.storage);
  const interactions = storageHealth.watch(store.interactions);
  const moved = await moveInteractionLogOutOfState(storage, interactions);
  if (moved > 0) logger.info({ documents: moved }, 'interaction log: moved out of the state store into its own');
  const log = new InteractionLog(interactions);
  const salt = await resolveSalt({ configured: config.PSEUDONYM_SALT, file: config.STORAGE === 'memory' ? null : join(config.DATA_DIR, SALT_FILE), state: storage });
  const feedback = { log, pseudonymise: pseudonymiser(salt), conversationState: new TrackedConversationState(storage) };
  const messageLimit = createRateLimiter(config.MESSAGES_PER_MINUTE, 60_000);
  const bot = new PartnerBot({ i18n, userState: new TrackedUserState(storage), feedback, messageLimit });
  let stopRetention = () => {};
  let languageStatistics: NodeJS.Timeout | undefined;
  const adapter = createAdapter(config, logger);
  const telemetry = await createTelemetry(config);
  if (telemetry) adapter.use(telemetry.middleware);
  adapter.use(turnLogMiddleware(logger));
  adapter.use(turnTimeoutMiddleware(config.TURN_TIMEOUT_MS));
  adapter.onTurnError = createTurnErrorHandler(logger, i18n);
  if (!config.MicrosoftAppId && !isLoopbackHost(config.HOST)) {
    logger.warn({ host: config.HOST }, `HOST=${config.HOST} without MicrosoftAppId: the bot answers unauthenticated requests from the network (local mode); set MicrosoftAppId to require Bot Framework tokens, or leave HOST empty to stay on this machine`);
  }
  const http = createServer({ config, adapter, bot, i18n, logger, readiness: { isReady: () => ready, storageAvailable: () => storageHealth.check() } });

  return {
    bot,
    adapter,
    http,
    interactions: log,
    telemetry,
    async start() {
      await new Promise<void>((resolve, reject) => {
        http.server.once('error', reject);
        http.server.listen(config.PORT, config.HOST, () => resolve());
      });
      const { port } = http.server.address() as AddressInfo;
      // Probes answer while the index builds; /readyz turns 200 after.
      const started = performance.now();
      // The checked knowledge and its index terms are kept in DATA_DIR between starts (STORAGE=memory writes nothing).
      let cache = 'off';
      const { knowledge, index } = await loadSearchableKnowledge(config.KNOWLEDGE_DIR, {
        cacheDir: config.STORAGE === 'memory' ? null : config.DATA_DIR,
        onCache: ({ used, written, writeError }) => {
          cache = used ? 'used' : written ? 'written' : 'not written';
          if (writeError) logger.warn({ err: writeError }, 'knowledge cache: not written (the next start builds the index again)');
        },
      });
      bot.useKnowledge(knowledge, index);
      logger.info({ ms: Math.round(performance.now() - started), passages: knowledge.passages.en.length, cache }, cache === 'used' ? 'knowledge index read from the cache' : 'knowledge index built');
      logger.info({ storage: store.description, telemetry: telemetry ? 'Application Insights' : 'off' }, 'bot state and telemetry');
      ready = true;
      store.startBackgroundWork?.();
      // tinyld's models (a third of a second, the event loop blocked) are not needed to be ready: they load a
      // moment after, before people write, not on the first sentence (a sentence sooner loads them itself). Not
      // at once: the first /readyz after ready waited for the whole load (0.3 s of every start, npm run bench:startup).
      languageStatistics = setTimeout(() => {
        const loading = performance.now();
        loadLanguageStatistics();
        logger.debug({ ms: Math.round(performance.now() - loading) }, 'language statistics loaded');
      }, LANGUAGE_STATISTICS_DELAY_MS).unref();
      stopRetention = scheduleRetention(log, config.FEEDBACK_RETENTION_DAYS, logger, store.purgeStateWrittenBefore);
      const host = config.HOST === '0.0.0.0' || config.HOST === '::' ? 'localhost' : config.HOST;
      return { url: `http://${host}:${port}/`, port };
    },
    async stop() {
      ready = false;
      // A stopped app does not load them any more (in-process, as the tests run it, the process goes on).
      clearTimeout(languageStatistics);
      stopRetention();
      const drained = await http.drain(config.SHUTDOWN_TIMEOUT_MS);
      if (!drained) logger.warn({ timeoutMs: config.SHUTDOWN_TIMEOUT_MS }, 'shutdown: turns still in flight were cut off');
      await store.stopBackgroundWork?.();
      store.close();
      await telemetry?.close();
    },
  };
}
