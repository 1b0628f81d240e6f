// Builds the Teams app package (manifest.json, color.png, outline.png in one zip) from the template in
// deploymentTemplates/teams-app/ and the configuration: the bot's app id, its public address, developer links.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AppManifestUtils, type AppManifest } from '@microsoft/app-manifest';
import JSZip from 'jszip';
import { PROJECT_ROOT, type Config } from '../src/config.js';

/** The template and icons; the committed manifest validates as it is, with placeholder ids and links. */
export const TEAMS_APP_DIR = join(PROJECT_ROOT, 'deploymentTemplates', 'teams-app');

/** What goes at the root of the zip: Teams reads nothing else and refuses folders. */
export const PACKAGE_FILES = ['manifest.json', 'color.png', 'outline.png'] as const;

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A problem an operator can fix (a missing setting, an invalid manifest): printed as is, exit 1. */
export class TeamsPackageError extends Error {
  override name = 'TeamsPackageError';
}

/** The values the package fills into the template. */
export interface TeamsAppValues {
  /** The Azure Bot's app id: used as the Teams app id, the bot id and the messaging extension's bot id. */
  appId: string;
  /** The app version Teams compares on update (package.json's, so a release bumps both). */
  version: string;
  websiteUrl: string;
  privacyUrl: string;
  termsOfUseUrl: string;
  validDomains: string[];
}

/** Options given on the command line, which win over the configuration. */
export interface TeamsAppOptions {
  appId?: string;
}

/**
 * Resolves the package's values from the configuration (and `--app-id`). Throws TeamsPackageError naming
 * the setting to set when the app id or every developer link is missing.
 */
export function teamsAppValues(config: Config, version: string, options: TeamsAppOptions = {}): TeamsAppValues {
  const appId = options.appId ?? config.MicrosoftAppId;
  if (!appId) {
    throw new TeamsPackageError(
      'MicrosoftAppId is not set: the Teams app package needs the Azure Bot\'s app id. Set MicrosoftAppId in the environment or .env, or pass --app-id <guid>.',
    );
  }
  if (!GUID.test(appId)) throw new TeamsPackageError(`--app-id ${JSON.stringify(appId)} is not a GUID such as 00000000-0000-0000-0000-000000000000.`);
  const websiteUrl = config.TEAMS_APP_WEBSITE_URL || config.PUBLIC_URL;
  if (!websiteUrl) {
    throw new TeamsPackageError(
      'PUBLIC_URL is not set: Teams shows a developer website, privacy statement and terms of use for every app. Set PUBLIC_URL to the bot\'s https address (or TEAMS_APP_WEBSITE_URL, TEAMS_APP_PRIVACY_URL and TEAMS_APP_TERMS_URL to the Center\'s pages).',
    );
  }
  return {
    appId: appId.toLowerCase(),
    version,
    websiteUrl,
    privacyUrl: config.TEAMS_APP_PRIVACY_URL || websiteUrl,
    termsOfUseUrl: config.TEAMS_APP_TERMS_URL || websiteUrl,
    validDomains: config.PUBLIC_URL ? [new URL(config.PUBLIC_URL).host] : [],
  };
}

type ManifestJson = Record<string, unknown> & {
  bots?: Record<string, unknown>[];
  composeExtensions?: Record<string, unknown>[];
  developer?: Record<string, unknown>;
};

/** The template with every id, link and the version replaced: pure, the template is not changed. */
export function fillManifest(template: Readonly<Record<string, unknown>>, values: TeamsAppValues): Record<string, unknown> {
  const manifest = structuredClone(template) as ManifestJson;
  manifest.id = values.appId;
  manifest.version = values.version;
  manifest.developer = { ...manifest.developer, websiteUrl: values.websiteUrl, privacyUrl: values.privacyUrl, termsOfUseUrl: values.termsOfUseUrl };
  for (const bot of manifest.bots ?? []) bot.botId = values.appId;
  for (const extension of manifest.composeExtensions ?? []) extension.botId = values.appId;
  manifest.validDomains = values.validDomains;
  return manifest;
}

/**
 * Validates a manifest against the JSON schema its `$schema` names. @microsoft/app-manifest ships every
 * published Teams schema and loads a developer.microsoft.com schema URL from its own files, so this needs
 * no network (it would fetch only a schema it does not ship). Returns the problems, empty when valid.
 */
export async function validateTeamsManifest(manifest: Readonly<Record<string, unknown>>): Promise<string[]> {
  if (typeof manifest.$schema !== 'string') return ['/$schema is missing: the schema to validate against is unknown.'];
  return AppManifestUtils.validateAgainstSchema(manifest as unknown as AppManifest);
}

/** Reads the template manifest. */
export async function readManifestTemplate(dir = TEAMS_APP_DIR): Promise<Record<string, unknown>> {
  return JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
}

/** The version Teams sees: package.json's. */
export async function packageVersion(): Promise<string> {
  const { version } = JSON.parse(await readFile(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string };
  return version;
}

/**
 * Builds the zip Teams installs. Throws TeamsPackageError listing the schema problems when the filled
 * manifest is invalid, so a broken package is never written.
 */
export async function buildTeamsAppPackage(values: TeamsAppValues, dir = TEAMS_APP_DIR): Promise<{ zip: Buffer; manifest: Record<string, unknown> }> {
  const manifest = fillManifest(await readManifestTemplate(dir), values);
  const problems = await validateTeamsManifest(manifest);
  if (problems.length > 0) throw new TeamsPackageError(`The Teams manifest is invalid:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  const zip = new JSZip();
  zip.file('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`);
  for (const icon of ['color.png', 'outline.png']) zip.file(icon, await readFile(join(dir, icon)));
  return { zip: await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }), manifest };
}
