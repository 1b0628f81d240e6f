// The bot's configuration: one list of settings, read once from the
// environment (and `.env` through dotenv), validated, and frozen. Nothing else
// in the code reads `process.env`; `.env.example` is generated from SETTINGS.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import dotenv from 'dotenv';

/** The project root: `src/` and `dist/` both sit one level below it. */
export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export class ConfigError extends Error {
  constructor(readonly variable: string, readonly accepts: string, readonly value: string) {
    super(`Invalid ${variable}=${JSON.stringify(value)}: expected ${accepts}.`);
    this.name = 'ConfigError';
  }
}

interface Setting<T> {
  /** What an operator reads in `.env.example`. */
  description: string;
  /** What the setting accepts, for the one-line error. */
  accepts: string;
  /** The value written in `.env.example` (empty when it has no default). */
  example: string;
  secret?: boolean;
  parse(raw: string | undefined): T | undefined;
}

function oneOf<const T extends string>(values: readonly T[], fallback: T, description: string): Setting<T> {
  return {
    description,
    accepts: `one of ${values.join(', ')}`,
    example: fallback,
    parse: (raw) => (raw === undefined || raw === '' ? fallback : values.find((v) => v.toLowerCase() === raw.toLowerCase())),
  };
}

function integer(min: number, max: number, fallback: number, description: string): Setting<number> {
  return {
    description,
    accepts: `an integer from ${min} to ${max}`,
    example: String(fallback),
    parse: (raw) => {
      if (raw === undefined || raw === '') return fallback;
      if (!/^\d+$/.test(raw.trim())) return undefined;
      const value = Number(raw.trim());
      return value >= min && value <= max ? value : undefined;
    },
  };
}

function text(fallback: string, description: string, options: { secret?: boolean; pattern?: RegExp; accepts?: string } = {}): Setting<string> {
  return {
    description,
    accepts: options.accepts ?? 'any text',
    example: options.secret ? '' : fallback,
    secret: options.secret,
    parse: (raw) => {
      const value = raw?.trim() ?? '';
      if (value === '') return fallback;
      return options.pattern && !options.pattern.test(value) ? undefined : value;
    },
  };
}

function directory(fallback: string, description: string): Setting<string> {
  return {
    description,
    accepts: 'a directory path (relative paths start at the project root)',
    example: fallback,
    parse: (raw) => resolve(PROJECT_ROOT, raw === undefined || raw.trim() === '' ? fallback : raw.trim()),
  };
}

/**
 * A list of web origins (scheme, host, optional port), separated by spaces or
 * commas. https only, except http on this machine (localhost, 127.0.0.1, [::1])
 * for trying the widget locally. Each is reduced to its origin as a browser
 * sends it (lower-case host, default port dropped).
 */
function origins(description: string): Setting<readonly string[]> {
  const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);
  return {
    description,
    accepts: 'origins such as https://www.partner.example separated by spaces or commas (https, or http on localhost), no paths',
    example: '',
    parse: (raw) => {
      const entries = (raw ?? '').split(/[\s,]+/).filter(Boolean);
      const parsed: string[] = [];
      for (const entry of entries) {
        if (!/^https?:\/\/[^\s/?#]+\/?$/i.test(entry)) return undefined;
        let url: URL;
        try {
          url = new URL(entry);
        } catch {
          return undefined;
        }
        if (url.username || url.password || (url.protocol === 'http:' && !LOOPBACK.has(url.hostname))) return undefined;
        // A host name or address, no wildcard: CSP and Direct Line take exact origins.
        if (!/^(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])$/.test(url.hostname)) return undefined;
        if (!parsed.includes(url.origin)) parsed.push(url.origin);
      }
      return Object.freeze(parsed);
    },
  };
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const BLOB_CONTAINER_NAME = { pattern: /^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$/, accepts: 'a container name: 3 to 63 lower-case letters, digits and single hyphens' };
// Teams accepts only https links in a manifest.
const HTTPS_URL = { pattern: /^https:\/\/[^\s/?#]+(?:[/?#]\S*)?$/i, accepts: 'an https URL such as https://bot.example.org/' };

/** Every setting the bot reads, in the order `.env.example` documents them. */
export const SETTINGS = {
  PORT: integer(0, 65535, 3978, 'HTTP port the bot listens on (0 picks a free one).'),
  HOST: text('', 'Interface to listen on: 0.0.0.0 for every interface, 127.0.0.1 for this machine only. Empty: 127.0.0.1 without MicrosoftAppId (local mode answers anyone who reaches it, so it stays on this machine), 0.0.0.0 with it.'),
  MicrosoftAppType: oneOf(['MultiTenant', 'SingleTenant', 'UserAssignedMSI'] as const, 'MultiTenant', 'Azure Bot identity type.'),
  MicrosoftAppId: text('', 'Azure Bot app id. Empty: local mode, no authentication (never expose that publicly). Set: every request must carry a valid Bot Framework token.', { pattern: GUID, accepts: 'a GUID such as 00000000-0000-0000-0000-000000000000' }),
  MicrosoftAppPassword: text('', 'Azure Bot client secret (MultiTenant and SingleTenant).', { secret: true }),
  MicrosoftAppTenantId: text('', 'Directory (tenant) id; required for SingleTenant and UserAssignedMSI.', { pattern: GUID, accepts: 'a GUID' }),
  BOT_OPENID_METADATA_URL: text('', 'OpenID metadata of the keys that sign the channels\' tokens. Empty: the Bot Framework public cloud\'s (login.botframework.com). For a stand-in issuer in tests or a private deployment.', { pattern: /^https?:\/\/\S+$/, accepts: 'an http(s) URL' }),
  STORAGE: oneOf(['sqlite', 'memory', 'blob', 'cosmos'] as const, 'sqlite', 'Where bot state (chosen languages) is kept: sqlite (a file in DATA_DIR, survives restarts), memory (lost on restart), blob (Azure Blob Storage) or cosmos (Azure Cosmos DB); blob and cosmos let several instances share it.'),
  DATA_DIR: directory('data', 'Where the embedded state and interaction log (SQLite), the local pseudonym salt and the knowledge cache (knowledge-cache.json, rebuilt when missing or stale) are kept.'),
  // Azure state stores and telemetry (deployment, issue 7). A key or connection
  // string when given; otherwise the Web App's managed identity.
  BLOB_CONNECTION_STRING: text('', 'STORAGE=blob: the storage account connection string. Empty: BLOB_ACCOUNT_URL with the managed identity.', { secret: true }),
  BLOB_ACCOUNT_URL: text('', 'STORAGE=blob without a connection string: the account URL, reached with the managed identity (role Storage Blob Data Contributor).', { pattern: /^https?:\/\/\S+$/, accepts: 'an http(s) URL such as https://account.blob.core.windows.net' }),
  BLOB_CONTAINER: text('bot-state', 'STORAGE=blob: the container for bot state (created when missing).', BLOB_CONTAINER_NAME),
  BLOB_INTERACTIONS_CONTAINER: text('interactions', 'STORAGE=blob: the container for the interaction log, kept apart from bot state (created when missing).', BLOB_CONTAINER_NAME),
  COSMOS_ENDPOINT: text('', 'STORAGE=cosmos: the account endpoint.', { pattern: /^https?:\/\/\S+$/, accepts: 'an http(s) URL such as https://account.documents.azure.com:443/' }),
  COSMOS_KEY: text('', 'STORAGE=cosmos: the account key. Empty: the managed identity (Cosmos DB Built-in Data Contributor).', { secret: true }),
  COSMOS_DATABASE: text('brics-partner-bot', 'STORAGE=cosmos: the database (created when missing).'),
  COSMOS_CONTAINER: text('bot-state', 'STORAGE=cosmos: the container for bot state, partitioned on /id (created when missing).'),
  COSMOS_INTERACTIONS_CONTAINER: text('interactions', 'STORAGE=cosmos: the container for the interaction log, kept apart from bot state, partitioned on /id (created when missing).'),
  MANAGED_IDENTITY_CLIENT_ID: text('', 'Client id of the user-assigned managed identity for Blob or Cosmos when no key is given. Empty: the system-assigned identity.', { pattern: GUID, accepts: 'a GUID' }),
  APPLICATIONINSIGHTS_CONNECTION_STRING: text('', 'Application Insights connection string. Empty: no telemetry is collected or sent anywhere.', { secret: true }),
  KNOWLEDGE_DIR: directory('knowledge', 'The knowledge base the bot answers from.'),
  LOG_LEVEL: oneOf(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const, 'info', 'Log verbosity.'),
  LOG_FORMAT: oneOf(['auto', 'pretty', 'json'] as const, 'auto', 'auto: readable in a terminal, JSON lines otherwise.'),
  MAX_BODY_BYTES: integer(1024, 10 * 1024 * 1024, 256 * 1024, 'Largest request body accepted; larger gets 413.'),
  SHUTDOWN_TIMEOUT_MS: integer(0, 120_000, 10_000, 'How long a shutdown waits for turns in flight.'),
  // Limits on every channel.
  MESSAGES_PER_MINUTE: integer(1, 10_000, 20, 'Messages one conversation may send per minute; past it, one notice in their language saying how many seconds to wait (the web chat page counts it down and holds its send box), then silence until the minute is over.'),
  TURN_TIMEOUT_MS: integer(100, 120_000, 15_000, 'Longest a turn may take; past it the person gets an apology and the request is answered.'),
  CHANNEL_TIMEOUT_MS: integer(100, 120_000, 10_000, 'Longest one call to a channel\'s service (sending a reply, retries included) may take; past it the call is abandoned, so a channel that does not answer cannot hold a turn or its request.'),
  // Feedback and knowledge gaps (src/feedback/).
  FEEDBACK_RETENTION_DAYS: integer(0, 3650, 180, 'Days questions and ratings are kept in the interaction log, and bot state nobody changed (chosen languages); older ones are purged daily. 0 keeps them forever.'),
  PSEUDONYM_SALT: text('', 'Secret salt for the hashed user and conversation ids in the interaction log; never stored with the data. Required when MicrosoftAppId is set (generate one: openssl rand -base64 32). Empty in local mode: one is made on first start and kept in DATA_DIR/pseudonym-salt (readable by its owner only).', { secret: true, pattern: /^\S{16,}$/, accepts: 'at least 16 characters without spaces' }),
  // The Teams app package (npm run teams:package); the running bot does not read these.
  PUBLIC_URL: text('', 'The bot\'s public https address, e.g. https://<app>.azurewebsites.net. The Teams app package lists its host in validDomains and uses it as the default developer links below.', HTTPS_URL),
  TEAMS_APP_WEBSITE_URL: text('', 'Teams app package: the developer website shown in Teams. Empty: PUBLIC_URL.', HTTPS_URL),
  TEAMS_APP_PRIVACY_URL: text('', 'Teams app package: the privacy statement. Empty: the website.', HTTPS_URL),
  TEAMS_APP_TERMS_URL: text('', 'Teams app package: the terms of use. Empty: the website.', HTTPS_URL),
  // Web chat (src/web/): the page at /, /widget.js, Direct Line tokens and the local Direct Line endpoint.
  DIRECT_LINE_SECRET: text('', 'Direct Line secret of the Azure Bot\'s Direct Line channel. Set: POST /api/directline/token exchanges it for short-lived tokens (it never reaches the browser). Empty: the page talks to the bot\'s own local Direct Line endpoint (only without MicrosoftAppId).', { secret: true }),
  DIRECT_LINE_ENDPOINT: text('https://directline.botframework.com', 'Direct Line service the secret is exchanged with: the one of the bot\'s region (https://europe.directline.botframework.com for westeurope, https://india.directline.botframework.com for centralindia, this one for global).', { pattern: /^https?:\/\/[^\s/?#]+\/?$/, accepts: 'an http(s) origin such as https://directline.botframework.com' }),
  DIRECT_LINE_TOKENS_PER_MINUTE: integer(1, 10_000, 30, 'Chat sessions (Direct Line tokens) one client address may start per minute; more get 429.'),
  DIRECT_LINE_MESSAGES_PER_MINUTE: integer(1, 10_000, 30, 'Activities one conversation may post per minute to the local Direct Line endpoint; more get 429.'),
  TRUSTED_ORIGINS: origins('Partner sites allowed to embed the web chat (the widget frames the page at /). Sent as the page\'s Content-Security-Policy frame-ancestors (\'self\' and these) and as trustedOrigins in each Direct Line token request, with PUBLIC_URL\'s origin. Empty: no other site may frame the page, except in local mode (no MicrosoftAppId), where any may.'),
  DIRECT_LINE_READS_PER_MINUTE: integer(1, 10_000, 300, 'Reads of one conversation\'s activities per minute on the local Direct Line endpoint (the page polls twice a second); more get 429.'),
  TRUSTED_PROXY_HOPS: integer(0, 10, 0, 'Reverse proxies in front of the bot (1 on Azure App Service): the client address for rate limits is then read from X-Forwarded-For, that many entries from the right.'),
} satisfies Record<string, Setting<unknown>>;

type Settings = typeof SETTINGS;
export type Config = Readonly<{ [K in keyof Settings]: Settings[K] extends Setting<infer T> ? T : never }>;

/**
 * Validates an environment into a frozen Config. Throws ConfigError naming the
 * first invalid variable and what it accepts.
 */
export function parseConfig(env: Readonly<Record<string, string | undefined>>): Config {
  const values: Record<string, unknown> = {};
  for (const [name, setting] of Object.entries(SETTINGS) as [string, Setting<unknown>][]) {
    const raw = env[name];
    const value = setting.parse(raw);
    if (value === undefined) throw new ConfigError(name, setting.accepts, setting.secret ? '***' : (raw ?? ''));
    values[name] = value;
  }
  // Unauthenticated (local mode) stays on this machine unless HOST says otherwise.
  if (values.HOST === '') values.HOST = values.MicrosoftAppId === '' ? '127.0.0.1' : '0.0.0.0';
  const config = values as Config;
  if (config.MicrosoftAppType !== 'MultiTenant' && config.MicrosoftAppId && !config.MicrosoftAppTenantId) {
    throw new ConfigError('MicrosoftAppTenantId', `a GUID when MicrosoftAppType is ${config.MicrosoftAppType}`, '');
  }
  checkStateStore(config);
  if (config.DIRECT_LINE_SECRET && config.TRUSTED_ORIGINS.length > 0 && !config.PUBLIC_URL) {
    // The page itself runs Web Chat from the bot's origin: a token trusting only the partners' origins would not work on it.
    throw new ConfigError('PUBLIC_URL', 'the bot\'s https address when TRUSTED_ORIGINS and DIRECT_LINE_SECRET are set (its origin is trusted with them)', '');
  }
  return Object.freeze(config);
}

/** STORAGE=blob and STORAGE=cosmos need to know where the store is; say so at start, not at the first turn. */
function checkStateStore(config: Config): void {
  if (config.STORAGE === 'blob' && !config.BLOB_CONNECTION_STRING && !config.BLOB_ACCOUNT_URL) {
    throw new ConfigError('BLOB_CONNECTION_STRING', 'a connection string, or BLOB_ACCOUNT_URL, when STORAGE is blob', '');
  }
  if (config.STORAGE === 'cosmos' && !config.COSMOS_ENDPOINT) {
    throw new ConfigError('COSMOS_ENDPOINT', 'an http(s) URL when STORAGE is cosmos', '');
  }
  if (config.BLOB_INTERACTIONS_CONTAINER === config.BLOB_CONTAINER) {
    throw new ConfigError('BLOB_INTERACTIONS_CONTAINER', 'a container other than BLOB_CONTAINER (the interaction log is kept apart from bot state)', config.BLOB_INTERACTIONS_CONTAINER);
  }
  if (config.COSMOS_INTERACTIONS_CONTAINER === config.COSMOS_CONTAINER) {
    throw new ConfigError('COSMOS_INTERACTIONS_CONTAINER', 'a container other than COSMOS_CONTAINER (the interaction log is kept apart from bot state)', config.COSMOS_INTERACTIONS_CONTAINER);
  }
}

/**
 * What only a deployed bot (MicrosoftAppId set) must have, checked when the
 * bot starts rather than in parseConfig (tools such as teams:package read the
 * same configuration without running the bot): the salt of the interaction
 * log's pseudonyms, from the environment, never from the data it protects.
 */
export function checkDeployedSettings(config: Config): void {
  if (config.MicrosoftAppId && !config.PSEUDONYM_SALT) {
    throw new ConfigError('PSEUDONYM_SALT', 'a secret of at least 16 characters when MicrosoftAppId is set: the interaction log hashes ids with it and it is never kept in the data store (generate one: openssl rand -base64 32)', '');
  }
}

/** Loads `.env` (if present) into the environment once, then parses it. */
export function loadConfig(): Config {
  dotenv.config({ path: resolve(PROJECT_ROOT, '.env'), quiet: true });
  return parseConfig(process.env);
}

/** `.env.example`, written from SETTINGS so the two cannot drift. */
export function renderEnvExample(): string {
  const lines = ['# BRICS Partner Bot configuration. Copy to .env; every variable is optional.', ''];
  for (const [name, setting] of Object.entries(SETTINGS) as [string, Setting<unknown>][]) {
    lines.push(`# ${setting.description} Accepts ${setting.accepts}.`, `${name}=${setting.example}`, '');
  }
  return lines.join('\n');
}
