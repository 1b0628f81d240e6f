// npm run build: what is deployed, dist/, as one esbuild bundle. Node loads
// and compiles one file of our code and the packages' instead of about 800
// CommonJS and ES modules, which was most of the start-up (docs/benchmarks.md).
//   dist/index.js    the entry (src/index.ts): Node's compile cache and source maps on, then main.js
//   dist/main.js     the bot (src/main.ts) with the packages it imports
//   dist/chunk-*.js  what is loaded only when needed (the knowledge loader for a build of the index,
//                    the Azure stores): beside main.js, so every file of the bundle sits in dist/
//   dist/*.js.map    source maps of our code: stack traces in the logs name the src/ file and line
//                    (scripts/trimSourceMap.ts says why the packages' code is left unmapped)
// Left to Node's own loading from node_modules: native addons (better-sqlite3; dtrace-provider, which restify tries), Application Insights
// (it instruments modules as Node loads them), and what the code loads with createRequire on purpose, when
// it is needed (yaml, tinyld, pino-pretty; the Web Chat bundle is served from its package).
// Whitespace and syntax minified, names kept (see below). Types are not checked here (`npm test` and `npm run package:azure` run tsc). The build refuses to
// write a bundle when English lacks a UI string the sources use, and writes the sources' list of them into
// the bundle for the same check at start (src/i18n/usedKeys.ts).
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { build, type Plugin } from 'esbuild';
import { PROJECT_ROOT } from '../src/config.js';
import { createI18n } from '../src/i18n/i18n.js';
import { checkKeysUsedInCode, quotedKeysInSources } from '../src/i18n/usedKeys.js';
import { keepOnlySources, type SourceMap } from './trimSourceMap.js';

/** Packages Node loads itself at run time (see above); they stay in node_modules, with their dependencies. */
export const EXTERNAL_PACKAGES = ['better-sqlite3', 'dtrace-provider', 'applicationinsights', 'botbuilder-applicationinsights'];

const outdir = join(PROJECT_ROOT, 'dist');

/**
 * `await import('a-commonjs-package')` in a split bundle: esbuild puts the
 * package in a chunk whose only export is `default` (module.exports), so
 * `const { BlobsStorage } = await import('botbuilder-azure-blobs')` would get
 * undefined, where Node, loading it from node_modules, finds the names in the
 * CommonJS source. This plugin stands an ES module in between that exports the
 * package's names one by one (read by requiring the package here, once).
 */
const commonJsDynamicImports: Plugin = {
  name: 'commonjs-dynamic-imports',
  setup(builder) {
    const requireFromProject = createRequire(join(PROJECT_ROOT, 'package.json'));
    builder.onResolve({ filter: /^[^./]/ }, async (args) => {
      if (args.kind !== 'dynamic-import' || args.pluginData === 'as is' || EXTERNAL_PACKAGES.includes(args.path)) return undefined;
      const resolved = await builder.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, importer: args.importer, pluginData: 'as is' });
      if (resolved.errors.length > 0 || !isCommonJs(resolved.path)) return undefined;
      const exported = requireFromProject(resolved.path) as Record<string, unknown>;
      const names = Object.keys(exported).filter((name) => /^[A-Za-z_$][\w$]*$/.test(name) && name !== 'default' && name !== '__esModule');
      return { path: resolved.path, namespace: 'commonjs-names', pluginData: names };
    });
    builder.onLoad({ filter: /.*/, namespace: 'commonjs-names' }, (args) => ({
      contents: [
        `import * as commonJs from ${JSON.stringify(args.path)};`,
        ...(args.pluginData as string[]).map((name) => `export const ${name} = commonJs[${JSON.stringify(name)}];`),
        'export default commonJs.default;',
      ].join('\n'),
      resolveDir: PROJECT_ROOT,
      loader: 'js',
    }));
  },
};

/** Whether Node reads `file` as CommonJS: .cjs, or .js under a package.json without `"type": "module"`. */
function isCommonJs(file: string): boolean {
  if (file.endsWith('.cjs')) return true;
  if (!file.endsWith('.js')) return false;
  for (let dir = dirname(file); dir !== dirname(dir); dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) return (JSON.parse(readFileSync(manifest, 'utf8')) as { type?: string }).type !== 'module';
  }
  return true;
}

const uiKeyLiterals = quotedKeysInSources(join(PROJECT_ROOT, 'src'));
checkKeysUsedInCode(await createI18n(), uiKeyLiterals);

// What an earlier build (or tsc, before the bundle) left: the fingerprint of the knowledge cache reads
// every .js file in dist/. Files that are not code (the Teams app package) stay.
mkdirSync(outdir, { recursive: true });
for (const entry of readdirSync(outdir, { withFileTypes: true })) {
  if (entry.isDirectory() || /\.(js|mjs|map|d\.ts)$/.test(entry.name)) rmSync(join(outdir, entry.name), { recursive: true, force: true });
}

const result = await build({
  absWorkingDir: PROJECT_ROOT,
  entryPoints: { index: 'src/index.ts', main: 'src/main.ts' },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'chunk-[hash]',
  external: EXTERNAL_PACKAGES,
  sourcemap: 'linked',
  // Stack traces need the positions, not the sources' text: a map a fifth of the size.
  sourcesContent: false,
  // Less for V8 to scan and compile, and for Node to read with the source map: node dist/index.js ready in
  // 1.12x the echo bot's time against 1.19x (7 rounds, npm run bench:startup). Names are kept: a stack trace
  // names the functions, and the source map the src/ file and line of ours.
  minifyWhitespace: true,
  minifySyntax: true,
  // CommonJS packages in an ES module bundle: `require` for what they require from Node (esbuild keeps the
  // name free), `__dirname` and `__filename` for the few that read them (the bundle's folder and file; only
  // pino's transports, which the bot does not use, do at present). Under names of their own: an ES module in
  // the bundle may declare a `__dirname` (the `open` package does).
  define: { __BUNDLE__: JSON.stringify({ uiKeyLiterals }), __dirname: '__bundleDirname', __filename: '__bundleFilename' },
  banner: {
    js: [
      "import { createRequire as __bundleCreateRequire } from 'node:module';",
      "import { fileURLToPath as __bundleFileURLToPath } from 'node:url';",
      'const require = __bundleCreateRequire(import.meta.url);',
      'const __bundleFilename = __bundleFileURLToPath(import.meta.url);',
      "const __bundleDirname = __bundleFileURLToPath(new URL('.', import.meta.url));",
    ].join(' '),
  },
  plugins: [commonJsDynamicImports],
  logLevel: 'warning',
  metafile: true,
});

// Our code's sources, as the maps name them (relative to dist/). `npm run build -- --full-source-maps` keeps
// the packages' mappings too (to read a stack trace or a CPU profile down into a package; each start pays for it).
const ours = (source: string) => source.startsWith('../src/');
const trimmedMaps = process.argv.includes('--full-source-maps') ? [] : Object.keys(result.metafile.outputs).filter((name) => name.endsWith('.js.map'));
for (const file of trimmedMaps) {
  const path = join(PROJECT_ROOT, file);
  writeFileSync(path, JSON.stringify(keepOnlySources(JSON.parse(readFileSync(path, 'utf8')) as SourceMap, ours)));
}

const bytes = Object.entries(result.metafile.outputs).filter(([file]) => file.endsWith('.js')).reduce((sum, [, output]) => sum + output.bytes, 0);
console.log(`dist/: bundle of ${Object.keys(result.metafile.inputs).length} modules, ${(bytes / 2 ** 20).toFixed(1)} MiB of JavaScript`);
