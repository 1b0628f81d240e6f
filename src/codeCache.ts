// Runs the bundle (dist/main.js, a CommonJS script) with V8's compiled code of
// it kept between starts: Node 20 has no compile cache (Node 22's
// module.enableCompileCache is the first), and compiling the 8 MB bundle (6 MB since the Azure stores are a file of their own), then
// each function the start runs, was about a third of the start's CPU. The
// cache is V8's own code cache (vm.Script `cachedData`), made once the bot is
// ready, so it holds what the start compiled, not only the top level.
// Anything amiss (no cache yet, another bundle, Node or flags, a damaged file,
// a folder that cannot be written or is not this user's alone) means compiling
// as without one; a start never fails for the cache.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';
import zlib from 'node:zlib';

/** What became of the cache at this start: read and used, none there yet, refused by V8 or by its stamp, or not usable here. */
export type CodeCacheOutcome = 'used' | 'missing' | 'rejected' | 'off';

export interface LoadedBundle {
  /** The bundle's `module.exports`. */
  exports: Record<string, unknown>;
  outcome: CodeCacheOutcome;
  /** Writes the compiled code for the next start, once (when this start compiled it); false when nothing was written. */
  keepCompiledCode(): boolean;
}

/**
 * Where the cache lives: the system's temporary folder (TMPDIR), as Node 22's
 * own compile cache does by default, in a folder only this user may write.
 */
export function defaultCodeCacheDir(): string {
  return join(tmpdir(), 'brics-partner-bot-code-cache');
}

const OUTCOME = Symbol.for('brics-partner-bot.codeCache');

/** The outcome of this process's start (set by {@link loadWithCodeCache}; undefined under tsx and jest). */
export function codeCacheOutcome(): CodeCacheOutcome | undefined {
  return (globalThis as Record<symbol, CodeCacheOutcome | undefined>)[OUTCOME];
}

const MAGIC = 0x42504231; // "BPB1": the layout of the file below
// Magic, then checksum and length in bytes of the source file, then checksum of V8's data that follows, each a
// uint32. V8 checks only the length of the source it is given, and in a release build no checksum of its data:
// a damaged file would be run as code.
const HEADER_BYTES = 16;

/** A 32-bit checksum: CRC-32 (zlib.crc32, Node 20.15 and 22.2 on), else the first 32 bits of a SHA-1. */
function checksum(bytes: Uint8Array): number {
  const crc32 = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;
  return (crc32 ? crc32(bytes) : createHash('sha1').update(bytes).digest().readUInt32BE(0)) >>> 0;
}

/** The source file's stamp in the cache's header. */
function stampOf(bytes: Buffer): [number, number] {
  return [checksum(bytes), bytes.length >>> 0];
}

/**
 * One file per bundle path, Node and V8 flags (V8 refuses a cache made under other flags: `--expose-gc`
 * in the bench, say, would otherwise replace the file at every other start).
 */
function cacheFileOf(file: string, dir: string): string {
  const key = createHash('sha256')
    .update(JSON.stringify([file, process.version, process.arch, process.execArgv, process.env.NODE_OPTIONS ?? '']))
    .digest('hex')
    .slice(0, 32);
  return join(dir, `${key}.v8cache`);
}

/**
 * Whether `path` may hold code this process runs: owned by this user and
 * writable by no one else (compiled code is code; another user's file in a
 * shared temporary folder is not taken).
 */
function ownedAlone(path: string): boolean {
  const stat = statSync(path);
  const uid = process.getuid?.();
  return (uid === undefined || stat.uid === uid) && (stat.mode & 0o022) === 0;
}

/** The cache folder, made if missing; null when it is not this user's alone or cannot be made. */
function usableDir(dir: string): string | null {
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    return statSync(dir).isDirectory() && ownedAlone(dir) ? dir : null;
  } catch {
    return null;
  }
}

/** The cached code for `source`, undefined when there is none, 'stale' when it was made for another source. */
function readCache(cacheFile: string, stamp: [number, number]): Buffer | undefined | 'stale' {
  let bytes: Buffer;
  try {
    if (!ownedAlone(cacheFile)) return 'stale';
    bytes = readFileSync(cacheFile);
  } catch {
    return undefined;
  }
  if (bytes.length <= HEADER_BYTES || bytes.readUInt32BE(0) !== MAGIC || bytes.readUInt32BE(4) !== stamp[0] || bytes.readUInt32BE(8) !== stamp[1]) return 'stale';
  const data = bytes.subarray(HEADER_BYTES);
  return checksum(data) === bytes.readUInt32BE(12) ? data : 'stale';
}

/**
 * Node caches a source map when its own loader compiles a file, never for
 * vm.Script: a one-line stub compiled under the bundle's name, carrying the
 * bundle's `sourceMappingURL`, puts the map where stack traces look for it.
 * Only the stub's text is scanned, not the 6 MB bundle (with an ES module
 * bundle, Node measured every line of it, about 40 ms of each start).
 */
const MAP_COMMENT = '//# sourceMappingURL=';

function registerSourceMap(file: string, source: string): void {
  if (!(process as { sourceMapsEnabled?: boolean }).sourceMapsEnabled) return;
  const tail = source.slice(-1000);
  const at = tail.lastIndexOf(MAP_COMMENT);
  const url = at < 0 ? undefined : /^\S+/.exec(tail.slice(at + MAP_COMMENT.length))?.[0];
  if (!url) return;
  try {
    (new Module(file) as Module & { _compile(content: string, filename: string): unknown })._compile(`//# sourceMappingURL=${url}`, file);
  } catch {
    // Maps are a convenience of the logs: the bot runs without them.
  }
}

/** Options of {@link loadWithCodeCache}. */
export interface LoadOptions {
  /**
   * Scripts beside `file` that it requires as `./name` (the separate bundles of
   * scripts/build.ts): each is run the same way, with its own cache file, when
   * first required, and keeps its compiled code with `file`'s.
   */
  siblings?: readonly string[];
}

/** One script run with the cache. */
interface RunScript {
  exports: Record<string, unknown>;
  outcome: CodeCacheOutcome;
  /** Writes the compiled code for the next start, once; false when nothing was written. */
  keep(): boolean;
}

/**
 * Compiles and runs the CommonJS script `file` as Node's loader would (its
 * own `module`, `exports`, `require` resolving from its folder), with the
 * compiled code cached in `cacheDir`.
 */
export function loadWithCodeCache(file: string, cacheDir: string = defaultCodeCacheDir(), options: LoadOptions = {}): LoadedBundle {
  const siblings = new Map((options.siblings ?? []).map((name) => [`./${name}`, join(dirname(file), name)]));
  const loaded = new Map<string, RunScript>();
  const plain = Module.createRequire(file);
  // The siblings by their own run, once each (as Node's require caches a module); anything else as Node would.
  const require = Object.assign((id: string): unknown => {
    const sibling = siblings.get(id);
    if (sibling === undefined) return plain(id);
    let run = loaded.get(sibling);
    if (!run) {
      run = runScript(sibling, cacheDir, Module.createRequire(sibling));
      loaded.set(sibling, run);
    }
    return run.exports;
  }, plain) as NodeJS.Require;
  const main = runScript(file, cacheDir, require);
  (globalThis as Record<symbol, CodeCacheOutcome>)[OUTCOME] = main.outcome;
  return {
    exports: main.exports,
    outcome: main.outcome,
    keepCompiledCode() {
      // Every script, each once: a sibling first required after the last call is kept at the next.
      let written = main.keep();
      for (const run of loaded.values()) written = run.keep() || written;
      return written;
    },
  };
}

function runScript(file: string, cacheDir: string, require: NodeJS.Require): RunScript {
  const bytes = readFileSync(file);
  const source = bytes.toString('utf8');
  const stamp = stampOf(bytes);
  const dir = usableDir(cacheDir);
  const cacheFile = dir === null ? null : cacheFileOf(file, dir);
  const cached = cacheFile === null ? undefined : readCache(cacheFile, stamp);
  registerSourceMap(file, source);
  // The wrapper on a line of its own (lineOffset -1): the bundle's lines and columns are the source map's.
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {\n${source}\n})`, {
    filename: file,
    lineOffset: -1,
    ...(cached instanceof Buffer ? { cachedData: cached } : {}),
  });
  const outcome: CodeCacheOutcome = cacheFile === null ? 'off' : cached === undefined ? 'missing' : cached === 'stale' || script.cachedDataRejected ? 'rejected' : 'used';

  const bundle = new Module(file);
  bundle.filename = file;
  const run = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: Module, filename: string, dirname: string) => void;
  run.call(bundle.exports, bundle.exports, require, bundle, file, dirname(file));
  bundle.loaded = true;

  let kept = outcome === 'used' || cacheFile === null;
  return {
    exports: bundle.exports as Record<string, unknown>,
    outcome,
    keep() {
      if (kept || cacheFile === null) return false;
      kept = true;
      // Written aside, then renamed: a start reading at the same moment sees the old file or the new, whole.
      const partial = `${cacheFile}.${process.pid}.partial`;
      try {
        const data = script.createCachedData();
        const header = Buffer.alloc(HEADER_BYTES);
        header.writeUInt32BE(MAGIC, 0);
        header.writeUInt32BE(stamp[0], 4);
        header.writeUInt32BE(stamp[1], 8);
        header.writeUInt32BE(checksum(data), 12);
        writeFileSync(partial, Buffer.concat([header, data]), { mode: 0o600 });
        renameSync(partial, cacheFile);
        return true;
      } catch {
        try {
          rmSync(partial, { force: true });
        } catch {
          // Nothing was written there either.
        }
        return false;
      }
    },
  };
}
