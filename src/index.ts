// The process: read configuration, start the app, stop it cleanly on SIGTERM
// or SIGINT. An invalid setting stops the process with one line.
import { ConfigError, loadConfig, type Config } from './config.js';
import { createApp } from './app.js';
import { createLogger } from './logger.js';

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

const logger = createLogger(config);
const app = await createApp(config, logger).catch((error: unknown) => {
  if (!(error instanceof ConfigError)) throw error;
  process.stderr.write(`Configuration error: ${error.message}\n`);
  process.exit(1);
});
const { url } = await app.start();
logger.info({ url, authentication: config.MicrosoftAppId ? 'Bot Framework token required' : 'off (local mode)' }, `BRICS Partner Bot is listening: open ${url} in a browser to chat (Bot Framework endpoint ${url}api/messages)`);

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
