// npm run teams:package: writes the Teams app package (dist/teams-app.zip by default) for the bot configured
// in the environment or .env. Options: --app-id <guid> (instead of MicrosoftAppId), --out <file>.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, PROJECT_ROOT, loadConfig } from '../src/config.js';
import { buildTeamsAppPackage, packageVersion, TeamsPackageError, teamsAppValues } from './teamsAppPackage.js';

try {
  const { values: args } = parseArgs({
    options: { 'app-id': { type: 'string' }, out: { type: 'string', default: 'dist/teams-app.zip' } },
    strict: true,
  });
  const values = teamsAppValues(loadConfig(), await packageVersion(), { appId: args['app-id'] });
  const { zip } = await buildTeamsAppPackage(values);
  const out = resolve(PROJECT_ROOT, args.out ?? 'dist/teams-app.zip');
  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, zip);
  console.log(`${relative(process.cwd(), out) || out}: Teams app ${values.appId} version ${values.version}, developer links ${values.websiteUrl}`);
} catch (error) {
  // What an operator can fix is said in one message; anything else is a bug and keeps its stack.
  if (error instanceof TeamsPackageError || error instanceof ConfigError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
    console.error(`teams:package: ${(error as Error).message}`);
  } else {
    console.error(error);
  }
  process.exitCode = 1;
}
