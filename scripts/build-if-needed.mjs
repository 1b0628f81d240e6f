// `npm start` builds first when the bundle in dist/ is missing or older than
// what it is made of (the sources, the UI strings the build checks, the
// packages installed, the build's settings), then (with --start) runs the bot
// in this same process: one Node start instead of two (a prestart hook was a
// process of its own). The build (scripts/build.ts) runs in a child process:
// its TypeScript loader stays out of the bot's process.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function newest(path) {
  if (!existsSync(path)) return 0;
  if (!statSync(path).isDirectory()) return statSync(path).mtimeMs;
  let latest = 0;
  for (const entry of readdirSync(path)) latest = Math.max(latest, newest(join(path, entry)));
  return latest;
}

const BUNDLE = ['dist/index.js', 'dist/main.js', 'dist/azureStores.js'];
// The lockfiles: `npm ci` or `npm install` changed the packages the bundle holds.
const INPUTS = ['src', 'locales/en', 'scripts/build.ts', 'package.json', 'package-lock.json', 'node_modules/.package-lock.json', 'tsconfig.json'];

const built = BUNDLE.every((file) => existsSync(file)) ? Math.min(...BUNDLE.map((file) => statSync(file).mtimeMs)) : 0;
if (built < Math.max(...INPUTS.map(newest))) {
  console.log('Building (esbuild → dist/)…');
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], { stdio: 'inherit' });
}
if (process.argv.includes('--start')) await import(new URL('../dist/index.js', import.meta.url).href);
