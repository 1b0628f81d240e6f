// Builds the Teams app package (manifest.json, color.png, outline.png and a localisation file per language
// in one zip) from the template in deploymentTemplates/teams-app/, the `teamsApp` strings in locales/ and the
// configuration: the bot's app id, its public address, developer links.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { AppManifestUtils, type AppManifest } from '@microsoft/app-manifest';
import JSZip from 'jszip';
import { PROJECT_ROOT, type Config } from '../src/config.js';
import { DEFAULT_LANGUAGE, LANGUAGE_CODES, type LanguageCode } from '../src/i18n/languages.js';

/** The template and icons; the committed manifest validates as it is, with placeholder ids and links. */
export const TEAMS_APP_DIR = join(PROJECT_ROOT, 'deploymentTemplates', 'teams-app');

/** What goes at the root of the zip besides the localisation files: Teams refuses folders. */
export const PACKAGE_FILES = ['manifest.json', 'color.png', 'outline.png'] as const;

/** The languages the package localises the app into: every language the bot speaks but the manifest's own (English). */
export const LOCALIZED_LANGUAGES: readonly LanguageCode[] = LANGUAGE_CODES.filter((code) => code !== DEFAULT_LANGUAGE);

/** A localisation file's name in the zip (and in the manifest's localizationInfo). */
export function localizationFileName(language: LanguageCode): string {
  return `${language}.json`;
}

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

/** The app's strings in one language: the `teamsApp` section of locales/<language>/translation.json. */
export type TeamsAppStrings = Record<
  | 'nameShort'
  | 'nameFull'
  | 'descriptionShort'
  | 'descriptionFull'
  | 'helpCommand'
  | 'helpDescription'
  | 'languageCommand'
  | 'languageDescription'
  | 'searchTitle'
  | 'searchDescription'
  | 'queryTitle'
  | 'queryDescription',
  string
>;

export async function readTeamsAppStrings(language: LanguageCode): Promise<TeamsAppStrings> {
  const translation = JSON.parse(await readFile(join(PROJECT_ROOT, 'locales', language, 'translation.json'), 'utf8')) as { teamsApp?: TeamsAppStrings };
  if (!translation.teamsApp) throw new TeamsPackageError(`locales/${language}/translation.json has no teamsApp section.`);
  return translation.teamsApp;
}

/** Which `teamsApp` strings a bot command (by its English title) and the messaging extension's command and parameter use. */
const BOT_COMMAND_KEYS: Record<string, { title: keyof TeamsAppStrings; description: keyof TeamsAppStrings }> = {
  help: { title: 'helpCommand', description: 'helpDescription' },
  language: { title: 'languageCommand', description: 'languageDescription' },
};
const EXTENSION_COMMAND_KEYS: Record<string, { title: keyof TeamsAppStrings; description: keyof TeamsAppStrings }> = {
  searchKnowledge: { title: 'searchTitle', description: 'searchDescription' },
};
const EXTENSION_PARAMETER_KEYS: Record<string, { title: keyof TeamsAppStrings; description: keyof TeamsAppStrings }> = {
  query: { title: 'queryTitle', description: 'queryDescription' },
};

type LocalizableManifest = {
  bots?: Array<{ commandLists?: Array<{ commands?: Array<{ title: string }> }> }>;
  composeExtensions?: Array<{ commands?: Array<{ id: string; parameters?: Array<{ name: string }> }> }>;
};

/**
 * Every string of the manifest that Teams localises, as the localisation file names it
 * (`name.short`, `bots[0].commandLists[1].commands[0].title`, …), with the `teamsApp` key that holds
 * its text. Throws for a command or parameter this table does not know, so a new one cannot ship in
 * English only.
 */
export function localizableStrings(manifest: Readonly<Record<string, unknown>>): Array<{ path: string; key: keyof TeamsAppStrings }> {
  const strings: Array<{ path: string; key: keyof TeamsAppStrings }> = [
    { path: 'name.short', key: 'nameShort' },
    { path: 'name.full', key: 'nameFull' },
    { path: 'description.short', key: 'descriptionShort' },
    { path: 'description.full', key: 'descriptionFull' },
  ];
  const known = <T>(table: Record<string, T>, name: string, what: string): T => {
    const keys = table[name];
    if (!keys) throw new TeamsPackageError(`The Teams manifest has a ${what} "${name}" with no translations: add it to teamsApp in locales/ and to scripts/teamsAppPackage.ts.`);
    return keys;
  };
  const { bots = [], composeExtensions = [] } = manifest as LocalizableManifest;
  bots.forEach((bot, b) =>
    (bot.commandLists ?? []).forEach((list, l) =>
      (list.commands ?? []).forEach((command, c) => {
        const keys = known(BOT_COMMAND_KEYS, command.title, 'bot command');
        const at = `bots[${b}].commandLists[${l}].commands[${c}]`;
        strings.push({ path: `${at}.title`, key: keys.title }, { path: `${at}.description`, key: keys.description });
      }),
    ),
  );
  composeExtensions.forEach((extension, e) =>
    (extension.commands ?? []).forEach((command, c) => {
      const keys = known(EXTENSION_COMMAND_KEYS, command.id, 'messaging extension command');
      const at = `composeExtensions[${e}].commands[${c}]`;
      strings.push({ path: `${at}.title`, key: keys.title }, { path: `${at}.description`, key: keys.description });
      (command.parameters ?? []).forEach((parameter, p) => {
        const parameterKeys = known(EXTENSION_PARAMETER_KEYS, parameter.name, 'messaging extension parameter');
        strings.push({ path: `${at}.parameters[${p}].title`, key: parameterKeys.title }, { path: `${at}.parameters[${p}].description`, key: parameterKeys.description });
      });
    }),
  );
  return strings;
}

/** The localisation schema of the manifest's own version (Teams requires both to match). */
export function localizationSchemaUrl(manifest: Readonly<Record<string, unknown>>): string {
  return String(manifest.$schema).replace(/MicrosoftTeams\.schema\.json$/, 'MicrosoftTeams.Localization.schema.json');
}

/** A Teams localisation file: the manifest's localisable strings in one language. */
export function localizationFile(manifest: Readonly<Record<string, unknown>>, strings: TeamsAppStrings): Record<string, string> {
  const file: Record<string, string> = { $schema: localizationSchemaUrl(manifest) };
  for (const { path, key } of localizableStrings(manifest)) file[path] = strings[key];
  return file;
}

/**
 * Validates a localisation file against the localisation schema of its `$schema`, offline: the schema is
 * read from @microsoft/app-manifest's own files, as for the manifest. Two of that schema's property
 * patterns (`activities.activityTypes[…]`) end a bracket with a bare `]`, which Ajv's Unicode regular
 * expressions refuse, so the schema would not compile; the bracket is escaped, which is what the pattern
 * means (a literal `]`), and nothing else is changed. Returns the problems, empty when valid.
 */
export async function validateTeamsLocalization(file: Readonly<Record<string, unknown>>): Promise<string[]> {
  const url = typeof file.$schema === 'string' ? file.$schema : '';
  const match = /^https:\/\/developer\.microsoft\.com\/json-schemas\/teams\/(v1\.\d+)\/MicrosoftTeams\.Localization\.schema\.json$/.exec(url);
  if (!match) return [`/$schema ${JSON.stringify(url)} is not a Teams localisation schema.`];
  const schemas = join(dirname(createRequire(import.meta.url).resolve('@microsoft/app-manifest')), 'json-schemas', 'teams');
  const text = await readFile(join(schemas, match[1]!, 'MicrosoftTeams.Localization.schema.json'), 'utf8');
  const schema = JSON.parse(text.replaceAll('\\\\b]', '\\\\b\\\\]')) as object;
  return AppManifestUtils.validateAgainstSchema(file as unknown as AppManifest, schema as never);
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
export async function buildTeamsAppPackage(
  values: TeamsAppValues,
  dir = TEAMS_APP_DIR,
): Promise<{ zip: Buffer; manifest: Record<string, unknown>; localizations: Record<string, Record<string, string>> }> {
  const manifest = fillManifest(await readManifestTemplate(dir), values);
  const problems = (await validateTeamsManifest(manifest)).map((problem) => `manifest.json${problem}`);
  // One localisation file per language, from locales/, validated offline against its schema like the manifest.
  const localizations: Record<string, Record<string, string>> = {};
  for (const language of LOCALIZED_LANGUAGES) {
    const name = localizationFileName(language);
    localizations[name] = localizationFile(manifest, await readTeamsAppStrings(language));
    problems.push(...(await validateTeamsLocalization(localizations[name])).map((problem) => `${name}${problem}`));
  }
  if (problems.length > 0) throw new TeamsPackageError(`The Teams manifest is invalid:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  const zip = new JSZip();
  zip.file('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`);
  for (const [name, file] of Object.entries(localizations)) zip.file(name, `${JSON.stringify(file, null, 2)}\n`);
  for (const icon of ['color.png', 'outline.png']) zip.file(icon, await readFile(join(dir, icon)));
  return { zip: await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }), manifest, localizations };
}
