// The Teams app package: a manifest Teams accepts (checked against the published schema, offline), icons
// of the sizes and colours Teams requires, and `npm run teams:package` filling in the configured bot.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import JSZip from 'jszip';
import { PNG } from 'pngjs';
import { PROJECT_ROOT, parseConfig } from '../src/config.js';
import { LANGUAGE_CODES } from '../src/i18n/languages.js';
import {
  LOCALIZED_LANGUAGES,
  PACKAGE_FILES,
  localizableStrings,
  localizationFile,
  localizationFileName,
  readTeamsAppStrings,
  TEAMS_APP_DIR,
  TeamsPackageError,
  buildTeamsAppPackage,
  readManifestTemplate,
  teamsAppValues,
  validateTeamsLocalization,
  validateTeamsManifest,
} from '../scripts/teamsAppPackage.js';

const APP_ID = '5a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const PUBLIC_URL = 'https://brics-partner-bot.example.org';

interface Bot {
  botId: string;
  scopes: string[];
  supportsFiles: boolean;
  isNotificationOnly: boolean;
  commandLists: { scopes: string[]; commands: { title: string }[] }[];
}
interface ComposeExtension {
  botId: string;
  composeExtensionType: string;
  commands: { id: string; type: string; initialRun: boolean; parameters: { name: string }[] }[];
}
interface Manifest {
  id: string;
  version: string;
  name: { short: string };
  developer: { websiteUrl: string; privacyUrl: string; termsOfUseUrl: string };
  bots: Bot[];
  composeExtensions: ComposeExtension[];
  validDomains: string[];
}

const readPng = (file: string) => PNG.sync.read(readFileSync(join(TEAMS_APP_DIR, file)));

describe('Teams manifest', () => {
  // Validation must not reach the network: the schema comes from @microsoft/app-manifest's own files.
  let fetchSpy: ReturnType<typeof jest.spyOn>;
  beforeEach(() => {
    fetchSpy = jest.spyOn(globalThis, 'fetch').mockImplementation(() => Promise.reject(new Error('the schema was fetched from the network')));
  });
  afterEach(() => fetchSpy.mockRestore());

  it('validates against the schema its $schema names, without the network', async () => {
    const template = await readManifestTemplate();
    expect(template.$schema).toMatch(/^https:\/\/developer\.microsoft\.com\/json-schemas\/teams\/v1\.\d+\/MicrosoftTeams\.schema\.json$/);
    expect(template.manifestVersion).toBe(String(template.$schema).match(/v(1\.\d+)/)?.[1]);
    expect(await validateTeamsManifest(template)).toEqual([]);
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('reports what is wrong with an invalid manifest', async () => {
    const template = (await readManifestTemplate()) as unknown as Manifest & Record<string, unknown>;
    const broken = { ...template, name: { short: 'BRICS Partner Bot for every SEZ partner' }, bots: [{ ...template.bots[0], scopes: ['personal', 'everywhere'] }] };
    const problems = await validateTeamsManifest(broken);
    expect(problems.some((p) => p.startsWith('/name/short must NOT have more than 30 characters'))).toBe(true);
    expect(problems.some((p) => p.startsWith('/bots/0/scopes/1'))).toBe(true);
    expect(await validateTeamsManifest({ ...template, $schema: undefined })).toEqual([expect.stringContaining('$schema')]);
  });

  it('offers the bot in personal chats, group chats and teams, with help and language in every scope', async () => {
    const { bots, name } = (await readManifestTemplate()) as unknown as Manifest;
    expect(name.short).toBe('BRICS Partner Bot');
    expect(bots).toHaveLength(1);
    const [bot] = bots as [Bot];
    expect([...bot.scopes].sort()).toEqual(['groupChat', 'personal', 'team']);
    expect(bot.supportsFiles).toBe(false);
    expect(bot.isNotificationOnly).toBe(false);
    for (const scope of bot.scopes) {
      const list = bot.commandLists.find((l) => l.scopes.includes(scope));
      expect(list?.commands.map((c) => c.title)).toEqual(['help', 'language']);
    }
  });

  it('declares the searchKnowledge messaging extension: a bot-based query that lists topics before anything is typed', async () => {
    const { composeExtensions } = (await readManifestTemplate()) as unknown as Manifest;
    expect(composeExtensions).toHaveLength(1);
    const [extension] = composeExtensions as [ComposeExtension];
    expect(extension.composeExtensionType).toBe('botBased');
    expect(extension.commands).toEqual([expect.objectContaining({ id: 'searchKnowledge', type: 'query', initialRun: true, parameters: [expect.objectContaining({ name: 'query' })] })]);
  });
});

describe('Teams app in every language the bot speaks', () => {
  // Validation must not reach the network here either.
  let fetchSpy: ReturnType<typeof jest.spyOn>;
  beforeEach(() => {
    fetchSpy = jest.spyOn(globalThis, 'fetch').mockImplementation(() => Promise.reject(new Error('the schema was fetched from the network')));
  });
  afterEach(() => fetchSpy.mockRestore());

  it('lists a localisation file for each of the other ten languages in localizationInfo, English being the manifest\'s own', async () => {
    const template = await readManifestTemplate();
    expect(template.localizationInfo).toEqual({
      defaultLanguageTag: 'en',
      additionalLanguages: LANGUAGE_CODES.filter((code) => code !== 'en').map((code) => ({ languageTag: code, file: `${code}.json` })),
    });
    expect(LOCALIZED_LANGUAGES).toHaveLength(10);
  });

  it('takes the manifest\'s English strings from locales/en, the same source as every other language', async () => {
    const template = await readManifestTemplate();
    const english = localizationFile(template, await readTeamsAppStrings('en'));
    const inManifest = (path: string): unknown =>
      path.split('.').reduce<unknown>((value, part) => {
        const match = /^(\w+)(?:\[(\d+)\])?$/.exec(part)!;
        const child = (value as Record<string, unknown>)[match[1]!];
        return match[2] === undefined ? child : (child as unknown[])[Number(match[2])];
      }, template);
    for (const { path } of localizableStrings(template)) expect({ path, text: inManifest(path) }).toEqual({ path, text: english[path] });
  });

  it.each([...LOCALIZED_LANGUAGES])('%s: name, descriptions, command titles and descriptions, search parameter texts, all translated and valid against the localisation schema offline', async (language) => {
    const template = await readManifestTemplate();
    const file = localizationFile(template, await readTeamsAppStrings(language));
    const english = localizationFile(template, await readTeamsAppStrings('en'));
    expect(file.$schema).toBe('https://developer.microsoft.com/json-schemas/teams/v1.24/MicrosoftTeams.Localization.schema.json');
    const paths = Object.keys(file).filter((key) => key !== '$schema');
    // Every localisable string of the manifest: 4 for the app, 2 for each of the 6 bot commands, 2 for the search command, 2 for its parameter.
    expect(paths).toHaveLength(4 + 12 + 2 + 2);
    expect(paths).toEqual(expect.arrayContaining(['name.full', 'description.full', 'bots[0].commandLists[2].commands[1].title', 'composeExtensions[0].commands[0].parameters[0].description']));
    // The bot's name is a name; everything else is in the language.
    const untranslated = paths.filter((path) => path !== 'name.short' && file[path] === english[path]);
    expect(untranslated).toEqual([]);
    expect(await validateTeamsLocalization(file)).toEqual([]);
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('uses the Center\'s official Chinese name and 特殊经济区 for BRICS zones', async () => {
    const zh = await readTeamsAppStrings('zh');
    for (const text of [zh.nameFull, zh.descriptionShort, zh.descriptionFull]) {
      expect(text).toContain('金砖国家特殊经济区中国合作中心');
      expect(text).not.toContain('经济特区');
    }
  });

  it('reports a localisation file that breaks the schema, naming the file', async () => {
    const template = await readManifestTemplate();
    const broken = { ...localizationFile(template, await readTeamsAppStrings('ru')), 'name.short': 'Бот партнёров БРИКС по особым экономическим зонам' };
    expect((await validateTeamsLocalization(broken)).some((problem) => problem.includes('name.short') && problem.includes('30'))).toBe(true);
    expect(await validateTeamsLocalization({ ...broken, 'name.short': 'Bot', 'bots[0].commandLists[0].commands[0].colour': 'blue' })).not.toEqual([]);
  });
});

describe('Teams icons', () => {
  it('has a 192×192 colour icon without transparent holes', () => {
    const color = readPng('color.png');
    expect([color.width, color.height]).toEqual([192, 192]);
    for (let i = 3; i < color.data.length; i += 4) if (color.data[i] !== 255) throw new Error(`transparent pixel at ${(i - 3) / 4}`);
  });

  it('has a 32×32 outline icon, white on a transparent background', () => {
    const outline = readPng('outline.png');
    expect([outline.width, outline.height]).toEqual([32, 32]);
    let transparent = 0;
    let white = 0;
    for (let i = 0; i < outline.data.length; i += 4) {
      const [r, g, b, a] = outline.data.subarray(i, i + 4);
      if (a === 0) transparent++;
      else if (r === 255 && g === 255 && b === 255) white++;
      else throw new Error(`pixel ${i / 4} is rgba(${r}, ${g}, ${b}, ${a}): only white and transparent are allowed`);
    }
    // A real drawing, not an empty or filled square: the corners show the background.
    expect(transparent).toBeGreaterThan(32 * 32 * 0.5);
    expect(white).toBeGreaterThan(32 * 32 * 0.1);
    expect(outline.data[3]).toBe(0);
  });
});

describe('npm run teams:package', () => {
  const config = parseConfig({ MicrosoftAppId: APP_ID, PUBLIC_URL });

  it('zips manifest.json, color.png and outline.png at the root, with the configured bot filled in', async () => {
    const { zip } = await buildTeamsAppPackage(teamsAppValues(config, '1.2.3'));
    const archive = await JSZip.loadAsync(zip);
    expect(Object.keys(archive.files).sort()).toEqual([...PACKAGE_FILES, ...LOCALIZED_LANGUAGES.map(localizationFileName)].sort());
    const russian = JSON.parse(await archive.file('ru.json')!.async('string')) as Record<string, string>;
    expect(russian['bots[0].commandLists[0].commands[0].title']).toBe('помощь');
    expect(russian['composeExtensions[0].commands[0].parameters[0].title']).toBe('Вопрос');
    const manifest = JSON.parse(await archive.file('manifest.json')!.async('string')) as Manifest;
    expect(manifest.id).toBe(APP_ID);
    expect(manifest.version).toBe('1.2.3');
    expect(manifest.bots[0]?.botId).toBe(APP_ID);
    expect(manifest.composeExtensions[0]?.botId).toBe(APP_ID);
    expect(manifest.developer).toMatchObject({ websiteUrl: PUBLIC_URL, privacyUrl: PUBLIC_URL, termsOfUseUrl: PUBLIC_URL });
    expect(manifest.validDomains).toEqual(['brics-partner-bot.example.org']);
    expect(JSON.stringify(manifest)).not.toMatch(/00000000-0000-0000-0000-000000000000|example\.com/);
    expect(await validateTeamsManifest(manifest as unknown as Record<string, unknown>)).toEqual([]);
    for (const icon of ['color.png', 'outline.png']) {
      expect(Buffer.compare(await archive.file(icon)!.async('nodebuffer'), readFileSync(join(TEAMS_APP_DIR, icon)))).toBe(0);
    }
  });

  it('takes the developer links from their own settings when the Center has pages for them', () => {
    const values = teamsAppValues(
      parseConfig({ MicrosoftAppId: APP_ID, TEAMS_APP_WEBSITE_URL: 'https://center.example.org/', TEAMS_APP_PRIVACY_URL: 'https://center.example.org/privacy' }),
      '1.0.0',
    );
    expect(values).toMatchObject({ websiteUrl: 'https://center.example.org/', privacyUrl: 'https://center.example.org/privacy', termsOfUseUrl: 'https://center.example.org/', validDomains: [] });
  });

  it('refuses to build without the bot\'s app id unless --app-id gives it', () => {
    const unconfigured = parseConfig({ PUBLIC_URL });
    expect(() => teamsAppValues(unconfigured, '1.0.0')).toThrow(TeamsPackageError);
    expect(() => teamsAppValues(unconfigured, '1.0.0')).toThrow(/MicrosoftAppId is not set.*--app-id/);
    expect(teamsAppValues(unconfigured, '1.0.0', { appId: APP_ID.toUpperCase() }).appId).toBe(APP_ID);
    expect(() => teamsAppValues(unconfigured, '1.0.0', { appId: 'my-bot' })).toThrow(/not a GUID/);
    expect(() => teamsAppValues(parseConfig({ MicrosoftAppId: APP_ID }), '1.0.0')).toThrow(/PUBLIC_URL is not set/);
  });

  it('accepts only https links, as Teams does', () => {
    expect(() => parseConfig({ PUBLIC_URL: 'http://brics-partner-bot.example.org' })).toThrow(/PUBLIC_URL.*https URL/);
    expect(() => parseConfig({ TEAMS_APP_PRIVACY_URL: 'privacy.html' })).toThrow(/TEAMS_APP_PRIVACY_URL.*https URL/);
  });

  describe('from the command line', () => {
    const run = promisify(execFile);
    const outDir = mkdtempSync(join(tmpdir(), 'teams-package-'));
    const tsx = join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx');
    const script = join(PROJECT_ROOT, 'scripts', 'teams-package.ts');
    // The environment wins over any .env in the project, so these runs see exactly these settings.
    const env = (vars: Record<string, string>) => ({ ...process.env, MicrosoftAppId: '', PUBLIC_URL: '', TEAMS_APP_WEBSITE_URL: '', ...vars });
    afterAll(() => rmSync(outDir, { recursive: true, force: true }));

    it('exits 1 with one clear line when MicrosoftAppId is missing', async () => {
      const failure = await run(tsx, [script], { cwd: PROJECT_ROOT, env: env({ PUBLIC_URL }) }).then(
        () => undefined,
        (error: { code: number; stderr: string }) => error,
      );
      expect(failure?.code).toBe(1);
      expect(failure?.stderr.trim()).toMatch(/^teams:package: MicrosoftAppId is not set/);
      expect(failure?.stderr).not.toMatch(/\n\s+at /);
    }, 30_000);

    it('writes the zip named by --out for the app id given with --app-id', async () => {
      const out = join(outDir, 'app.zip');
      const { stdout } = await run(tsx, [script, '--app-id', APP_ID, '--out', out], { cwd: PROJECT_ROOT, env: env({ PUBLIC_URL }) });
      expect(stdout).toContain(APP_ID);
      expect(existsSync(out)).toBe(true);
      const manifest = JSON.parse(await (await JSZip.loadAsync(readFileSync(out))).file('manifest.json')!.async('string')) as Manifest;
      expect(manifest.bots[0]?.botId).toBe(APP_ID);
    }, 30_000);
  });
});
