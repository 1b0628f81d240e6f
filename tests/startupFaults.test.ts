// Faults an operator has to fix before the bot can start: each stops the
// process with one line naming the path and what to do, never a stack trace,
// and the bot never reports ready on a store it cannot trust.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, openSync, closeSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { SqliteStorage } from '../src/state/sqliteStorage.js';
import { STATE_FILE } from '../src/state/storage.js';
import { exitedWithin, freePort, spawnBot } from './support/botProcess.js';

const root = mkdtempSync(join(tmpdir(), 'startup-faults-'));
const mounts: string[] = [];
afterAll(() => {
  for (const mount of mounts) execFileSync('umount', [mount]);
  rmSync(root, { recursive: true, force: true });
});

/** Starts the bot on DATA_DIR and expects it to stop at once with one line. */
async function startupFailure(dataDir: string): Promise<string> {
  const bot = spawnBot(await freePort(), { DATA_DIR: dataDir });
  expect(await exitedWithin(bot, 25_000)).toBe(1);
  const lines = bot.output.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^Start-up error: /);
  expect(bot.output.stderr).not.toMatch(/^\s+at /m);
  return lines[0]!;
}

/**
 * A directory the bot cannot write: as root (who ignores permissions) a
 * read-only tmpfs when one can be mounted, otherwise a directory without
 * write permission; null when neither works here.
 */
function readOnlyDirectory(): string | null {
  const dir = join(root, 'read-only');
  mkdirSync(dir);
  if (process.getuid?.() === 0) {
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'ro,size=64k', 'tmpfs', dir], { stdio: 'ignore' });
      mounts.push(dir);
      return dir;
    } catch {
      return null;
    }
  }
  execFileSync('chmod', ['0500', dir]);
  return dir;
}

describe('start-up faults', () => {
  it('a DATA_DIR that cannot be created: names it and what to do', async () => {
    const file = join(root, 'a-file');
    writeFileSync(file, 'not a directory');
    const line = await startupFailure(join(file, 'data'));
    expect(line).toContain(join(file, 'data'));
    expect(line).toMatch(/cannot be created.*set DATA_DIR/);
  }, 40_000);

  const readOnly = readOnlyDirectory();
  (readOnly ? it : it.skip)('a read-only DATA_DIR: names it and what to do', async () => {
    const line = await startupFailure(readOnly!);
    expect(line).toContain(readOnly!);
    expect(line).toMatch(/not writable.*set DATA_DIR/);
  }, 40_000);

  it('a state file that is not a database: names it and what to do', async () => {
    const dataDir = join(root, 'garbage');
    mkdirSync(dataDir);
    writeFileSync(join(dataDir, STATE_FILE), 'this is not a SQLite database\n'.repeat(400));
    const line = await startupFailure(dataDir);
    expect(line).toContain(join(dataDir, STATE_FILE));
    expect(line).toMatch(/damaged.*move the file.*aside/);
  }, 40_000);

  it('a damaged page only PRAGMA quick_check finds: refuses to start, so never reports ready', async () => {
    const dataDir = join(root, 'damaged-page');
    const path = join(dataDir, STATE_FILE);
    const store = new SqliteStorage(path);
    for (let i = 0; i < 50; i += 1) await store.write({ [`webchat/users/user-${i}/`]: { preferences: { language: 'ru' }, padding: 'x'.repeat(400) } });
    store.close();
    // Scribble over the middle of the table's pages, past page 1 (the schema), as a failing disk would.
    const fd = openSync(path, 'r+');
    writeSync(fd, Buffer.alloc(64, 0xa5), 0, 64, 4096 + 2);
    closeSync(fd);
    const line = await startupFailure(dataDir);
    expect(line).toContain(path);
    expect(line).toMatch(/damaged \(quick_check: .*\).*move the file.*aside/);
  }, 40_000);
});
