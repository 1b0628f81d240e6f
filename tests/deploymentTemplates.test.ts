// deploymentTemplates/: every ARM template parses and declares what it uses;
// the bot's channels and its state storage are provisioned; and every setting
// the code reads (SETTINGS in src/config.ts) is set on the Web App, secrets
// only from secure parameters or from the resources themselves.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { parseConfig, PROJECT_ROOT, SETTINGS } from '../src/config.js';
import {
  DERIVED_PARAMETER_FILES,
  DERIVED_TEMPLATES,
  newResourceGroupParameters,
  newResourceGroupTemplate,
  type ArmParameterFile,
  type ArmTemplate,
} from '../scripts/newResourceGroupTemplate.js';

const ROOT = join(PROJECT_ROOT, 'deploymentTemplates');
const EXISTING = join(ROOT, 'deployUseExistResourceGroup');
const CREATED = join(ROOT, 'deployWithNewResourceGroup');

/** Settings the code reads that the Web App deliberately does not set, each with its reason. */
const NOT_ON_THE_WEB_APP: Record<string, string> = {
  PORT: 'App Service sets PORT for the process and routes the public HTTPS port to it',
  COSMOS_ENDPOINT: 'the templates keep state in Blob Storage; Cosmos DB is the alternative an operator sets by hand (docs/deploy.md)',
  COSMOS_KEY: 'the templates keep state in Blob Storage; Cosmos DB is the alternative an operator sets by hand (docs/deploy.md)',
  COSMOS_DATABASE: 'the templates keep state in Blob Storage; Cosmos DB is the alternative an operator sets by hand (docs/deploy.md)',
  COSMOS_CONTAINER: 'the templates keep state in Blob Storage; Cosmos DB is the alternative an operator sets by hand (docs/deploy.md)',
  COSMOS_INTERACTIONS_CONTAINER: 'the templates keep the interaction log in Blob Storage; Cosmos DB is the alternative an operator sets by hand (docs/deploy.md)',
  TEAMS_APP_WEBSITE_URL: 'read by npm run teams:package on the operator\'s machine when it builds the Teams app zip, not by the running bot',
  TEAMS_APP_PRIVACY_URL: 'read by npm run teams:package on the operator\'s machine when it builds the Teams app zip, not by the running bot',
  TEAMS_APP_TERMS_URL: 'read by npm run teams:package on the operator\'s machine when it builds the Teams app zip, not by the running bot',
  BOT_OPENID_METADATA_URL: 'Azure Bot Service issues the channels\' tokens with the public cloud\'s keys, the default when it is empty',
  MANAGED_IDENTITY_CLIENT_ID: 'the templates reach Blob Storage with the account key; a user-assigned identity for state is set by hand (docs/deploy.md)',
};

/** App settings read by App Service itself, not by the bot. */
const PLATFORM_SETTINGS: Record<string, string> = {
  SCM_DO_BUILD_DURING_DEPLOYMENT: 'the zip carries the built app and its node_modules; no build on the server',
  WEBSITE_HEALTHCHECK_MAXPINGFAILURES: 'how many failed /readyz probes take an instance out of rotation',
};

/**
 * Settings the templates already provide for code on another branch: the web
 * chat's token endpoint exchanges DIRECT_LINE_SECRET for a token. Once that
 * code adds it to SETTINGS, the checks above cover it too.
 */
const PROVIDED_FOR_CODE_ON_ITS_WAY: Record<string, { reason: string; secret: boolean }> = {
  DIRECT_LINE_SECRET: { reason: 'the web chat token endpoint (Direct Line key of the bot, listChannelWithKeys)', secret: true },
};

type Resource = Record<string, any>;

function jsonFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'teams-app' ? [] : jsonFiles(path);
    return name.endsWith('.json') ? [path] : [];
  });
}

const files = jsonFiles(ROOT);
const read = (path: string) => JSON.parse(readFileSync(path, 'utf8'));
const templateFiles = files.filter((path) => /\/template-[^/]+\.json$/.test(path));
const parameterFiles = files.filter((path) => /\/parameters-for-template-[^/]+\.json$/.test(path));
const botAppTemplates = templateFiles.filter((path) => path.includes('template-BotApp-'));
const azureBotTemplates = templateFiles.filter((path) => path.includes('template-AzureBot-'));
const name = (path: string) => relative(ROOT, path);

/** Every string in a JSON value, except inside nested templates with their own (inner) scope. */
function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((item) => strings(item, out));
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (key === 'template' && (value as Resource).expressionEvaluationOptions?.scope === 'inner') continue;
      strings(child, out);
    }
  }
  return out;
}

/** The template and every nested inner-scope template in it. */
function scopes(template: ArmTemplate): ArmTemplate[] {
  const nested = template.resources.flatMap((resource: Resource) =>
    resource.type === 'Microsoft.Resources/deployments' && resource.properties?.template ? scopes(resource.properties.template) : [],
  );
  return [template, ...nested];
}

/** Every resource, nested deployments' included. */
function resources(template: ArmTemplate): Resource[] {
  return scopes(template).flatMap((scope) => scope.resources);
}

function referenced(template: ArmTemplate, fn: 'parameters' | 'variables'): Set<string> {
  const found = new Set<string>();
  const pattern = new RegExp(`\\b${fn}\\(\\s*'([^']+)'\\s*\\)`, 'g');
  // Everything, parameter defaults included (they may use other parameters); nested inner templates have their own scope.
  for (const text of strings(template)) {
    if (!text.startsWith('[') || text.startsWith('[[')) continue;
    for (const match of text.matchAll(pattern)) found.add(match[1]!);
  }
  return found;
}

function webApp(template: ArmTemplate): Resource {
  const sites = resources(template).filter((resource) => resource.type === 'Microsoft.Web/sites');
  expect(sites).toHaveLength(1);
  return sites[0]!;
}

function appSettings(template: ArmTemplate): Map<string, unknown> {
  const settings = webApp(template).properties.siteConfig.appSettings as Array<{ name: string; value: unknown }>;
  return new Map(settings.map(({ name, value }) => [name, value]));
}

/** The scope (template or nested template) that holds the Web App, for its parameter types. */
function scopeWith(template: ArmTemplate, type: string): ArmTemplate {
  return scopes(template).find((scope) => scope.resources.some((resource: Resource) => resource.type === type))!;
}

describe('deployment templates', () => {
  it('has the layout of the Bot Framework samples, in both folders', () => {
    for (const folder of [EXISTING, CREATED]) {
      const names = readdirSync(folder).sort();
      const suffix = folder === EXISTING ? 'with-rg' : 'new-rg';
      expect(names).toEqual(
        [
          `parameters-for-template-AzureBot-${suffix}.json`,
          `parameters-for-template-BotApp-${suffix}.json`,
          'readme.md',
          `template-AzureBot-${suffix}.json`,
          `template-BotApp-${suffix}.json`,
        ].sort(),
      );
    }
  });

  it.each(files.map(name))('%s parses as JSON with a schema', (file) => {
    const json = read(join(ROOT, file));
    expect(json.$schema).toMatch(/^https:\/\/schema\.management\.azure\.com\/schemas\//);
  });

  it.each(templateFiles.map(name))('%s declares every parameter and variable it uses, and uses every parameter it declares', (file) => {
    const template: ArmTemplate = read(join(ROOT, file));
    for (const scope of scopes(template)) {
      const declaredParameters = Object.keys(scope.parameters ?? {});
      const declaredVariables = Object.keys(scope.variables ?? {});
      const usedParameters = referenced(scope, 'parameters');
      const usedVariables = referenced(scope, 'variables');
      expect({ undeclaredParameters: [...usedParameters].filter((p) => !declaredParameters.includes(p)) }).toEqual({ undeclaredParameters: [] });
      expect({ undeclaredVariables: [...usedVariables].filter((v) => !declaredVariables.includes(v)) }).toEqual({ undeclaredVariables: [] });
      expect({ unusedParameters: declaredParameters.filter((p) => !usedParameters.has(p)) }).toEqual({ unusedParameters: [] });
      expect({ unusedVariables: declaredVariables.filter((v) => !usedVariables.has(v)) }).toEqual({ unusedVariables: [] });
    }
  });

  it.each(parameterFiles.map(name))('%s gives only declared parameters, every required one, and no secret', (file) => {
    const parameters: ArmParameterFile = read(join(ROOT, file));
    const template: ArmTemplate = read(join(ROOT, file.replace('parameters-for-template-', 'template-')));
    const declared = template.parameters ?? {};
    expect(Object.keys(parameters.parameters).filter((p) => !(p in declared))).toEqual([]);
    const required = Object.entries(declared).filter(([, p]) => p.defaultValue === undefined && p.type !== 'securestring').map(([p]) => p);
    expect(required.filter((p) => !(p in parameters.parameters))).toEqual([]);
    const secure = Object.entries(declared).filter(([, p]) => p.type === 'securestring').map(([p]) => p);
    expect(secure.filter((p) => p in parameters.parameters)).toEqual([]);
  });

  it('derives deployWithNewResourceGroup/ from deployUseExistResourceGroup/ (npm run templates:write)', () => {
    for (const { from, to, deployment } of DERIVED_TEMPLATES) {
      expect(read(join(CREATED, to))).toEqual(newResourceGroupTemplate(read(join(EXISTING, from)), deployment));
    }
    for (const { from, to } of DERIVED_PARAMETER_FILES) {
      expect(read(join(CREATED, to))).toEqual(newResourceGroupParameters(read(join(EXISTING, from))));
    }
  });
});

/** Whether a package.json `engines.node` range admits a major version (the forms npm packages use: >=, ^, ~, x, ||). */
function admitsMajor(range: string, major: number): boolean {
  return range.split('||').some((alternative) =>
    alternative.replace(/([<>=^~]+)\s+/g, '$1').trim().split(/\s+/).every((comparator) => {
      const match = /^(>=|>|<=|<|\^|~|=)?\s*v?(\d+)(?:\.(\d+|x|\*))?(?:\.(\d+|x|\*))?$/.exec(comparator.trim());
      if (!match) throw new Error(`unreadable engines range ${JSON.stringify(range)}`);
      const [, operator = '=', majorText] = match;
      const bound = Number(majorText);
      switch (operator) {
        case '>=': return major >= bound;
        case '>': return major > bound || (major === bound && Boolean(match[3] && match[3] !== 'x' && match[3] !== '*'));
        case '<': return major < bound;
        case '<=': return major <= bound;
        default: return major === bound;
      }
    }),
  );
}

describe('Node versions', () => {
  const packageJson = read(join(PROJECT_ROOT, 'package.json')) as { engines: { node: string }; dependencies: Record<string, string> };

  it('keeps engines at >=20 (the machines that build and test it) while App Service runs 22', () => {
    expect(packageJson.engines.node).toBe('>=20');
  });

  it('depends on nothing that refuses Node 22 (or 20): every production dependency\'s engines admit both', () => {
    const refusing = Object.keys(packageJson.dependencies).flatMap((dependency) => {
      const range = (read(join(PROJECT_ROOT, 'node_modules', dependency, 'package.json')) as { engines?: { node?: string } }).engines?.node;
      return range && !(admitsMajor(range, 20) && admitsMajor(range, 22)) ? [`${dependency} (${range})`] : [];
    });
    expect(refusing).toEqual([]);
    expect(admitsMajor('20.x || 22.x || 23.x', 22)).toBe(true);
    expect(admitsMajor('>=10.0.0', 22)).toBe(true);
    expect(admitsMajor('>= 20.0.0', 22)).toBe(true);
    expect(admitsMajor('^20.0.0', 22)).toBe(false);
    expect(admitsMajor('>=18 <21', 22)).toBe(false);
  });
});

describe.each(templateFiles.map(name))('user-assigned identity: %s', (file) => {
  const template: ArmTemplate = read(join(ROOT, file));

  it('builds the identity\'s resource id only for UserAssignedMSI (UMSIName is empty otherwise, and resourceId would fail)', () => {
    const withIdentity = scopes(template).filter((scope) => scope.variables?.msiResourceId !== undefined);
    expect(withIdentity).toHaveLength(1);
    expect(withIdentity[0]!.variables!.msiResourceId).toBe(
      "[if(variables('isUserAssignedMSI'), resourceId(parameters('UMSIResourceGroupName'), 'Microsoft.ManagedIdentity/userAssignedIdentities', parameters('UMSIName')), '')]",
    );
    // Nowhere else is the identity's id built from UMSIName.
    const outside = strings(template).filter((text) => text.includes("'Microsoft.ManagedIdentity/userAssignedIdentities'") && !text.startsWith("[if(variables('isUserAssignedMSI')"));
    expect(outside).toEqual([]);
  });
});

describe.each(azureBotTemplates.map(name))('Azure Bot: %s', (file) => {
  const template: ArmTemplate = read(join(ROOT, file));
  const scope = scopeWith(template, 'Microsoft.BotService/botServices');
  const channel = (channelName: string) =>
    resources(template).find((resource) => resource.type === 'Microsoft.BotService/botServices/channels' && resource.properties?.channelName === channelName);

  it('creates the bot with the identity types the code accepts', () => {
    const bot = resources(template).find((resource) => resource.type === 'Microsoft.BotService/botServices');
    expect(bot?.properties.msaAppType).toBe("[parameters('appType')]");
    expect(`one of ${(scope.parameters!.appType!.allowedValues as string[]).join(', ')}`).toBe(SETTINGS.MicrosoftAppType.accepts);
    expect(bot?.properties.endpoint).toBe("[variables('botEndpoint')]");
    expect(scope.variables!.botEndpoint).toMatch(/\/api\/messages'\)\]$/);
  });

  it('connects Microsoft Teams, Telegram (token as a secure parameter), Direct Line (enhanced authentication, trusted origins) and Web Chat', () => {
    expect(channel('MsTeamsChannel')?.properties.properties.isEnabled).toBe(true);
    const telegram = channel('TelegramChannel');
    expect(telegram?.properties.properties.accessToken).toBe("[parameters('telegramAccessToken')]");
    expect(scope.parameters!.telegramAccessToken!.type).toBe('securestring');
    const [site] = channel('DirectLineChannel')?.properties.properties.sites ?? [];
    expect(site).toMatchObject({ isEnabled: true, isV3Enabled: true, isSecureSiteEnabled: true });
    expect(site.trustedOrigins).toContain("variables('botOrigin')");
    expect(site.trustedOrigins).toContain("parameters('trustedOrigins')");
    expect(channel('WebChatChannel')?.properties.properties.sites[0].isEnabled).toBe(true);
  });
});

describe.each(botAppTemplates.map(name))('Web App: %s', (file) => {
  const template: ArmTemplate = read(join(ROOT, file));
  const scope = scopeWith(template, 'Microsoft.Web/sites');
  const settings = appSettings(template);
  const isSecureParameter = (value: unknown) => {
    const match = typeof value === 'string' ? /^\[parameters\('([^']+)'\)\]$/.exec(value) : null;
    return match !== null && scope.parameters?.[match[1]!]?.type === 'securestring';
  };
  /** Read from the resource at deployment time: never typed by a person, never in a parameter file. */
  const isReadFromResource = (value: unknown) => typeof value === 'string' && value.startsWith('[') && /\b(list\w*|reference)\(/.test(value);

  it('runs Node 22 LTS on Linux (Node 20 left App Service at its end of life) with its health check on /readyz', () => {
    const site = webApp(template);
    expect(site.kind).toContain('linux');
    expect(site.properties.siteConfig).toMatchObject({ linuxFxVersion: 'NODE|22-lts', healthCheckPath: '/readyz', appCommandLine: 'node dist/index.js' });
    expect(site.properties.httpsOnly).toBe(true);
    const plan = resources(template).find((resource) => resource.type === 'Microsoft.Web/serverfarms');
    expect(plan?.properties.reserved).toBe(true);
  });

  it('keeps bot state in a blob container of its own storage account', () => {
    const types = resources(template).map((resource) => resource.type);
    expect(types).toContain('Microsoft.Storage/storageAccounts');
    const container = resources(template).find((resource) => resource.type === 'Microsoft.Storage/storageAccounts/blobServices/containers');
    expect(container?.name).toContain("parameters('stateContainerName')");
    expect(container?.properties.publicAccess).toBe('None');
    expect(settings.get('STORAGE')).toBe('blob');
    expect(settings.get('BLOB_CONTAINER')).toBe("[parameters('stateContainerName')]");
  });

  it('keeps the interaction log in a container of its own, the salt out of the storage, and purges unused state', () => {
    const containers = resources(template).filter((resource) => resource.type === 'Microsoft.Storage/storageAccounts/blobServices/containers');
    expect(containers.map((container) => container.name)).toEqual(expect.arrayContaining([expect.stringContaining("parameters('interactionsContainerName')")]));
    expect(settings.get('BLOB_INTERACTIONS_CONTAINER')).toBe("[parameters('interactionsContainerName')]");
    // Required, secure, with no default: a deployed bot refuses to start without it.
    expect(scope.parameters!.pseudonymSalt).toMatchObject({ type: 'securestring' });
    expect(scope.parameters!.pseudonymSalt).not.toHaveProperty('defaultValue');
    expect(settings.get('PSEUDONYM_SALT')).toBe("[parameters('pseudonymSalt')]");
    const policy = resources(template).find((resource) => resource.type === 'Microsoft.Storage/storageAccounts/managementPolicies');
    const [rule] = policy?.properties.policy.rules ?? [];
    expect(rule.definition.filters.prefixMatch).toEqual(["[concat(parameters('stateContainerName'), '/')]"]);
    expect(rule.definition.actions.baseBlob.delete.daysAfterModificationGreaterThan).toBe("[parameters('feedbackRetentionDays')]");
  });

  it('makes Application Insights optional, and the connection string empty without it', () => {
    const insights = resources(template).find((resource) => resource.type === 'Microsoft.Insights/components');
    expect(insights?.condition).toBe("[parameters('enableApplicationInsights')]");
    expect(settings.get('APPLICATIONINSIGHTS_CONNECTION_STRING')).toMatch(/^\[if\(parameters\('enableApplicationInsights'\), reference\(.*\)\.ConnectionString, ''\)\]$/);
  });

  it('sets every setting the code reads (SETTINGS in src/config.ts), or says why not', () => {
    const missing = Object.keys(SETTINGS).filter((setting) => !settings.has(setting) && !(setting in NOT_ON_THE_WEB_APP));
    expect({ file, missingFromTheWebApp: missing }).toEqual({ file, missingFromTheWebApp: [] });
    const exemptButSet = Object.keys(NOT_ON_THE_WEB_APP).filter((setting) => settings.has(setting));
    expect({ exemptButSet }).toEqual({ exemptButSet: [] });
    const exemptionsForUnknownSettings = Object.keys(NOT_ON_THE_WEB_APP).filter((setting) => !(setting in SETTINGS));
    expect({ exemptionsForUnknownSettings }).toEqual({ exemptionsForUnknownSettings: [] });
  });

  it('sets nothing the code and App Service do not read', () => {
    const known = (setting: string) => setting in SETTINGS || setting in PLATFORM_SETTINGS || setting in PROVIDED_FOR_CODE_ON_ITS_WAY;
    expect([...settings.keys()].filter((setting) => !known(setting))).toEqual([]);
  });

  it('takes secrets only from secure parameters or from the resources themselves', () => {
    const secrets = [
      ...Object.entries(SETTINGS).filter(([, setting]) => (setting as { secret?: boolean }).secret).map(([setting]) => setting),
      ...Object.entries(PROVIDED_FOR_CODE_ON_ITS_WAY).filter(([, { secret }]) => secret).map(([setting]) => setting),
    ].filter((setting) => settings.has(setting));
    expect(secrets.length).toBeGreaterThanOrEqual(3);
    for (const secret of secrets) {
      const value = settings.get(secret);
      expect({ secret, safe: isSecureParameter(value) || isReadFromResource(value) }).toEqual({ secret, safe: true });
    }
  });

  it('passes its trustedOrigins parameter to the bot as TRUSTED_ORIGINS (who may frame the chat page)', () => {
    expect(scope.parameters!.trustedOrigins).toMatchObject({ type: 'array', defaultValue: [] });
    expect(settings.get('TRUSTED_ORIGINS')).toBe("[join(parameters('trustedOrigins'), ' ')]");
    // join(…, ' ') gives the space-separated list the setting reads.
    expect(parseConfig({ TRUSTED_ORIGINS: ['https://localhost:9443', 'https://localhost:8443'].join(' ') }).TRUSTED_ORIGINS).toEqual(['https://localhost:9443', 'https://localhost:8443']);
  });

  it('points the web chat at the Direct Line endpoint of the bot\'s region (regional bots need their regional service)', () => {
    const lookup = "toLower(reference(variables('botResourceId'), '2022-09-15', 'Full').location)";
    expect(settings.get('DIRECT_LINE_ENDPOINT')).toBe(
      `[if(contains(variables('regionalDirectLineEndpoints'), ${lookup}), variables('regionalDirectLineEndpoints')[${lookup}], variables('globalDirectLineEndpoint'))]`,
    );
    expect(scope.variables!.botResourceId).toBe("[resourceId('Microsoft.BotService/botServices', parameters('azureBotId'))]");
    expect(scope.variables!.globalDirectLineEndpoint).toBe(SETTINGS.DIRECT_LINE_ENDPOINT.example);
    const regional = scope.variables!.regionalDirectLineEndpoints as Record<string, string>;
    expect(regional).toEqual({ westeurope: 'https://europe.directline.botframework.com', centralindia: 'https://india.directline.botframework.com' });
    // Every region the AzureBot template offers has its endpoint; only global uses the global one.
    const azureBot: ArmTemplate = read(join(EXISTING, 'template-AzureBot-with-rg.json'));
    const offered = azureBot.parameters!.azureBotRegion!.allowedValues as string[];
    expect(offered.filter((region) => region !== 'global').sort()).toEqual(Object.keys(regional).sort());
    for (const endpoint of [...Object.values(regional), scope.variables!.globalDirectLineEndpoint as string]) {
      expect(parseConfig({ DIRECT_LINE_ENDPOINT: endpoint }).DIRECT_LINE_ENDPOINT).toBe(endpoint);
    }
  });

  it('gives the web chat its Direct Line key from the bot\'s channel', () => {
    expect(settings.get('DIRECT_LINE_SECRET')).toBe("[listChannelWithKeys(variables('directLineChannelId'), '2022-09-15').setting.sites[0].key]");
    expect(scope.variables!.directLineChannelId).toBe("[resourceId('Microsoft.BotService/botServices/channels', parameters('azureBotId'), 'DirectLineChannel')]");
  });
});

describe('the Azure package (scripts/package-for-azure.sh)', () => {
  it('holds every folder the running bot reads', async () => {
    const { LOCALES_DIR } = await import('../src/i18n/i18n.js');
    const { WEB_DIR } = await import('../src/web/staticFiles.js');
    const script = readFileSync(join(PROJECT_ROOT, 'scripts', 'package-for-azure.sh'), 'utf8');
    const copied = /^cp -r (.+) "\$stage"\/$/m.exec(script)?.[1]?.split(/\s+/) ?? [];
    const read = [parseConfig({}).KNOWLEDGE_DIR, LOCALES_DIR, WEB_DIR].map((dir) => relative(PROJECT_ROOT, dir));
    // web/ was missing: the chat page's script and style would not be found on App Service.
    expect(copied).toEqual(expect.arrayContaining(['dist', ...read]));
  });
});
