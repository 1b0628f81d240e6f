// The logger: JSON lines for machines, a readable stream for a person at a
// terminal (pino-pretty, loaded only then).
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from '@jest/globals';
import { PROJECT_ROOT } from '../src/config.js';

/** What a process writes to stdout after logging one line with `LOG_FORMAT=format`. */
function logOnce(format: string): string {
  const script = `import { createLogger } from './src/logger.ts'; createLogger({ LOG_LEVEL: 'info', LOG_FORMAT: '${format}' }).info({ passages: 13 }, 'knowledge index built');`;
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: PROJECT_ROOT, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
  expect(run.status).toBe(0);
  return run.stdout;
}

describe('the logger', () => {
  it('writes a readable line when asked for pretty output', () => {
    const output = logOnce('pretty');
    expect(output).toMatch(/INFO.*knowledge index built/);
    expect(output).toMatch(/passages.*13/);
    expect(() => JSON.parse(output)).toThrow();
  });

  it('writes JSON lines otherwise', () => {
    expect(JSON.parse(logOnce('json'))).toMatchObject({ level: 30, msg: 'knowledge index built', passages: 13 });
  });
});
