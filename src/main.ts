// The process, started by src/index.ts: read configuration, start the app,
// stop it cleanly on SIGTERM or SIGINT. An invalid setting, an unwritable DATA_DIR or a damaged store
// stops the process with one line naming the cause.
import { ConfigError, loadConfig, type Config } from './config.js';
import { createApp } from './app.js';
import { codeCacheOutcome } from './codeCache.js';
import { createLogger } from './logger.js';
import { StartupError } from './startupError.js';

let config: Config;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) {
    process.stderr.write(`Configuration error: ${error.message}\n`);
    process.exit(1);
  }
  throw error;
}

/** A fault the operator has to fix stops the process with one line; anything else is a bug and keeps its stack. */
function stopOnStartupFault(error: unknown): never {
  if (error instanceof ConfigError) process.stderr.write(`Configuration error: ${error.message}\n`);
  else if (error instanceof StartupError) process.stderr.write(`Start-up error: ${error.message}\n`);
  else throw error;
  process.exit(1);
}

const logger = createLogger(config);

/** Resolves once the bot is ready (/readyz 200): src/index.ts keeps the compiled code of the bundle then. */
export const started: Promise<void> = start();

async function start(): Promise<void> {
  const app = await createApp(config, logger).catch(stopOnStartupFault);
  const { url } = await app.start().catch(stopOnStartupFault);
  const codeCache = codeCacheOutcome();
  logger.info({ url, authentication: config.MicrosoftAppId ? 'Bot Framework token required' : 'off (local mode)', ...(codeCache ? { codeCache } : {}) }, `BRICS Partner Bot is listening: open ${url} in a browser to chat (Bot Framework endpoint ${url}api/messages)`);

  let stopping = false;
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      logger.info({ signal }, 'shutting down');
      app.stop().then(
        () => process.exit(0),
        (error: unknown) => {
          logger.error({ err: error }, 'shutdown failed');
          process.exit(1);
        },
      );
    });
  }
}
