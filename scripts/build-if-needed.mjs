// `npm start` builds first when dist/ is missing or older than a source file,
// then (with --start) runs the bot in this same process: one Node start
// instead of two (a prestart hook was a process of its own).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

const built = existsSync('dist/index.js') ? newest('dist') : 0;
const sources = Math.max(newest('src'), statSync('tsconfig.json').mtimeMs, statSync('tsconfig.build.json').mtimeMs);
if (built < sources) {
  console.log('Building (TypeScript → dist/)…');
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
}
if (process.argv.includes('--start')) await import(new URL('../dist/index.js', import.meta.url).href);
