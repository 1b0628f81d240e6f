// Jest's global set-up: the deployed bundle in dist/ (scripts/build.ts), built
// when it is missing or older than its sources, as `npm start` does, once
// before any test runs (the tests of the process start `node dist/index.js`).
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export default function buildBundle() {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  execFileSync(process.execPath, ['scripts/build-if-needed.mjs'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
}
