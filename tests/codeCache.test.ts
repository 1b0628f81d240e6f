// The bundle's code cache (src/codeCache.ts): a start runs the script the same
// with the cache or without, uses it only when it was made from that very
// script, and any trouble with it (none yet, stale, damaged, a folder that is
// not this user's alone or cannot be written) means compiling as without one.
import { afterAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { PROJECT_ROOT } from '../src/config.js';
import { loadWithCodeCache } from '../src/codeCache.js';

const root = mkdtempSync(join(tmpdir(), 'code-cache-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

let fixtures = 0;
/** A folder with a CommonJS script (`script.js`, of `body`) and a helper it requires; returns the script's path. */
function script(body: string): string {
  const dir = join(root, `fixture-${(fixtures += 1)}`);
  mkdirSync(dir);
  writeFileSync(join(dir, 'package.json'), '{"type":"commonjs"}\n');
  writeFileSync(join(dir, 'helper.js'), 'exports.double = (n) => n * 2;\n');
  writeFileSync(join(dir, 'script.js'), body);
  return join(dir, 'script.js');
}

const BODY = `const { double } = require('./helper.js');
function area(width, height) { return width * height; }
module.exports = { area: area(6, 7), doubled: double(21), file: __filename, dir: __dirname, self: this === module.exports };
`;

const cacheFiles = (dir: string) => readdirSync(dir).filter((name) => name.endsWith('.v8cache'));

describe('the code cache of the bundle', () => {
  it('runs the script as Node would, keeps its compiled code once, and the next start runs it from the cache', () => {
    const file = script(BODY);
    const cacheDir = join(root, 'cache-first');
    const first = loadWithCodeCache(file, cacheDir);
    expect(first.outcome).toBe('missing');
    expect(first.exports).toEqual({ area: 42, doubled: 42, file, dir: join(file, '..'), self: true });
    expect(first.keepCompiledCode()).toBe(true);
    expect(first.keepCompiledCode()).toBe(false); // once
    expect(cacheFiles(cacheDir)).toHaveLength(1);

    const second = loadWithCodeCache(file, cacheDir);
    expect(second.outcome).toBe('used');
    expect(second.exports).toEqual(first.exports);
    expect(second.keepCompiledCode()).toBe(false); // nothing new to keep
  });

  it('runs a sibling script it is told of through the cache as well, once, when first required; other files as Node would', () => {
    const file = script(`module.exports = { later: () => require('./sibling.js'), doubled: require('./helper.js').double(4) };\n`);
    writeFileSync(join(file, '..', 'sibling.js'), 'exports.file = __filename; exports.loads = (globalThis.siblingLoads = (globalThis.siblingLoads ?? 0) + 1);\n');
    const cacheDir = join(root, 'cache-sibling');
    const first = loadWithCodeCache(file, cacheDir, { siblings: ['sibling.js'] });
    expect(first.exports.doubled).toBe(8);
    expect(first.keepCompiledCode()).toBe(true);
    expect(cacheFiles(cacheDir)).toHaveLength(1); // the sibling not required yet
    const later = first.exports.later as () => { file: string; loads: number };
    expect(later()).toEqual({ file: join(file, '..', 'sibling.js'), loads: 1 });
    expect(later()).toBe(later()); // once, as require would
    expect(first.keepCompiledCode()).toBe(true); // the sibling's now
    expect(first.keepCompiledCode()).toBe(false);
    expect(cacheFiles(cacheDir)).toHaveLength(2); // helper.js is Node's

    const second = loadWithCodeCache(file, cacheDir, { siblings: ['sibling.js'] });
    expect(second.outcome).toBe('used');
    expect((second.exports.later as () => { loads: number })().loads).toBe(2);
    expect(second.keepCompiledCode()).toBe(false); // both ran from the cache: nothing new to keep
  });

  it('does not run a changed script with the old code, even when it has the same length', () => {
    const file = script(BODY);
    const cacheDir = join(root, 'cache-changed');
    loadWithCodeCache(file, cacheDir).keepCompiledCode();
    const changed = BODY.replace('area(6, 7)', 'area(7, 7)');
    expect(changed.length).toBe(BODY.length);
    writeFileSync(file, changed);
    const next = loadWithCodeCache(file, cacheDir);
    expect(next.outcome).toBe('rejected');
    expect(next.exports.area).toBe(49);
    expect(next.keepCompiledCode()).toBe(true);
    expect(loadWithCodeCache(file, cacheDir).outcome).toBe('used');
    expect(cacheFiles(cacheDir)).toHaveLength(1); // replaced, not added to
  });

  it('refuses a damaged cache file (its header or V8’s data) and runs the script compiled afresh', () => {
    const file = script(BODY);
    const cacheDir = join(root, 'cache-damaged');
    loadWithCodeCache(file, cacheDir).keepCompiledCode();
    const [name] = cacheFiles(cacheDir);
    const cacheFile = join(cacheDir, name!);
    const good = readFileSync(cacheFile);

    writeFileSync(cacheFile, 'not a cache at all');
    const garbage = loadWithCodeCache(file, cacheDir);
    expect([garbage.outcome, garbage.exports.area]).toEqual(['rejected', 42]);

    // The header of this script, then V8's data scrambled (V8 itself checks no checksum of it in a release build).
    const scrambled = Buffer.from(good);
    for (let i = 12; i < scrambled.length; i += 7) scrambled[i] = scrambled[i]! ^ 0xa5;
    writeFileSync(cacheFile, scrambled);
    const damaged = loadWithCodeCache(file, cacheDir);
    expect([damaged.outcome, damaged.exports.area, damaged.exports.doubled]).toEqual(['rejected', 42, 42]);
    expect(damaged.keepCompiledCode()).toBe(true);
    expect(loadWithCodeCache(file, cacheDir).outcome).toBe('used');
  });

  it('takes no cache from a folder others may write, nor from a path that is not a folder, and writes none there', () => {
    const file = script(BODY);
    const shared = join(root, 'cache-shared');
    mkdirSync(shared);
    chmodSync(shared, 0o777);
    const inShared = loadWithCodeCache(file, shared);
    expect([inShared.outcome, inShared.exports.area, inShared.keepCompiledCode()]).toEqual(['off', 42, false]);
    expect(cacheFiles(shared)).toEqual([]);

    const notAFolder = join(root, 'cache-is-a-file');
    writeFileSync(notAFolder, '');
    const beside = loadWithCodeCache(file, notAFolder);
    expect([beside.outcome, beside.exports.area, beside.keepCompiledCode()]).toEqual(['off', 42, false]);
  });

  it('says nothing was kept when the folder went away, and throws nothing', () => {
    const file = script(BODY);
    const cacheDir = join(root, 'cache-gone');
    const loaded = loadWithCodeCache(file, cacheDir);
    rmSync(cacheDir, { recursive: true });
    writeFileSync(cacheDir, ''); // a file where the folder was: nothing can be written under it
    expect(loaded.keepCompiledCode()).toBe(false);
  });

  it('maps a stack trace through the script’s source map, with the cache and without', async () => {
    const dir = join(root, 'mapped');
    mkdirSync(dir);
    const source = join(dir, 'thrower.ts');
    writeFileSync(source, ['// line 1', 'export function fail(reason: string): never {', '  throw new Error(`failed: ${reason}`);', '}', ''].join('\n'));
    await build({ entryPoints: [source], outfile: join(dir, 'thrower.js'), bundle: true, format: 'cjs', platform: 'node', sourcemap: 'linked', minifyWhitespace: true, logLevel: 'silent' });
    writeFileSync(join(dir, 'package.json'), '{"type":"commonjs"}\n');
    const program = [
      "import { loadWithCodeCache } from './src/codeCache.ts';",
      'process.setSourceMapsEnabled(true);',
      `const loaded = loadWithCodeCache(${JSON.stringify(join(dir, 'thrower.js'))}, ${JSON.stringify(join(dir, 'cache'))});`,
      'loaded.keepCompiledCode();',
      'try {',
      "  loaded.exports.fail('on purpose');",
      '} catch (error) {',
      "  console.log(loaded.outcome, error.stack.split('\\n')[1]);",
      '}',
    ].join('\n');
    const run = () => spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', program], { cwd: PROJECT_ROOT, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
    const lines = [run(), run()].map(({ stdout, stderr, status }) => [status, stderr.trim(), stdout.trim()]);
    expect(lines).toEqual([
      [0, '', expect.stringMatching(/^missing +at (Object\.)?fail \(.*thrower\.ts:3:9\)$/)],
      [0, '', expect.stringMatching(/^used +at (Object\.)?fail \(.*thrower\.ts:3:9\)$/)],
    ]);
  });
});
