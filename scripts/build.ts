// npm run build: what is deployed, dist/, as one esbuild bundle. Node loads
// and compiles one file of our code and the packages' instead of about 800
// CommonJS and ES modules, which was most of the start-up (docs/benchmarks.md).
//   dist/index.js      the entry (src/index.ts): Node's compile cache (Node 22) and source maps on, then main.js
//                      through src/codeCache.ts, which keeps V8's compiled code of it between starts (Node 20 too)
//   dist/main.js       the bot (src/main.ts) with the packages it imports, the knowledge loader included (it runs
//                      whenever the knowledge changed)
//   dist/azureStores.js the Azure stores (src/state/azureStores.ts) and their SDKs, required by main.js only when
//                      STORAGE is blob or cosmos: the SQLite and memory stores' starts never read it, and V8 keeps
//                      the source of every script it compiled for the life of the process
//   dist/package.json  {"type": "commonjs"}: the files are CommonJS scripts (see `common` below)
//   dist/*.js.map      source maps of our code: stack traces in the logs name the src/ file and line
//                      (scripts/trimSourceMap.ts says why the packages' code is left unmapped)
// Left to Node's own loading from node_modules: native addons (better-sqlite3; dtrace-provider, which restify tries), Application Insights
// (it instruments modules as Node loads them), and what the code loads with createRequire on purpose, when
// it is needed (yaml, tinyld, pino-pretty; the Web Chat bundle is served from its package).
// Whitespace and syntax minified, names kept (see below). Types are not checked here (`npm test` and `npm run package:azure` run tsc). The build refuses to
// write a bundle when English lacks a UI string the sources use, and writes the sources' list of them into
// the bundle for the same check at start (src/i18n/usedKeys.ts).
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, type BuildOptions, type Metafile, type Plugin } from 'esbuild';
import { PROJECT_ROOT } from '../src/config.js';
import { createI18n } from '../src/i18n/i18n.js';
import { checkKeysUsedInCode, quotedKeysInSources } from '../src/i18n/usedKeys.js';
import { escapeBeyondLatin1, keepOnlySources, shiftGeneratedColumns, type SourceMap } from './trimSourceMap.js';

/** Modules of ours built as bundles of their own (see above), and the module that imports each. */
const SEPARATE_BUNDLES = [{ name: 'azureStores', source: 'src/state/azureStores.ts', importer: 'src/state/storage.ts' }];

/** Packages Node loads itself at run time (see above); they stay in node_modules, with their dependencies. */
export const EXTERNAL_PACKAGES = ['better-sqlite3', 'dtrace-provider', 'applicationinsights', 'botbuilder-applicationinsights'];

const outdir = join(PROJECT_ROOT, 'dist');

const uiKeyLiterals = quotedKeysInSources(join(PROJECT_ROOT, 'src'));
checkKeysUsedInCode(await createI18n(), uiKeyLiterals);

// What an earlier build (or tsc, before the bundle) left: the fingerprint of the knowledge cache reads
// every .js file in dist/. Files that are not code (the Teams app package) stay.
mkdirSync(outdir, { recursive: true });
for (const entry of readdirSync(outdir, { withFileTypes: true })) {
  if (entry.isDirectory() || /\.(js|mjs|map|d\.ts)$/.test(entry.name) || entry.name === 'package.json') rmSync(join(outdir, entry.name), { recursive: true, force: true });
}

// The shared settings of the two files. Both are CommonJS: Node 20 has no compile cache for ES modules (Node
// 22's module.enableCompileCache is the first), and src/codeCache.ts gives main.js one of its own through
// vm.Script, which compiles scripts, not modules. `dist/package.json` says so to Node.
const common = {
  absWorkingDir: PROJECT_ROOT,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  sourcemap: 'linked',
  // Stack traces need the positions, not the sources' text: a map a fifth of the size.
  sourcesContent: false,
  // Less for V8 to scan and compile, and for Node to read with the source map: node dist/index.js ready in
  // 1.12x the echo bot's time against 1.19x (7 rounds, npm run bench:startup). Names are kept: a stack trace
  // names the functions, and the source map the src/ file and line of ours.
  minifyWhitespace: true,
  minifySyntax: true,
  // `import.meta.url` of the sources (they are ES modules under tsx and jest): the bundle's own file.
  define: { __BUNDLE__: JSON.stringify({ uiKeyLiterals }), __SEPARATE_BUNDLES__: JSON.stringify(SEPARATE_BUNDLES.map(({ name }) => `${name}.js`)), 'import.meta.url': '__bundleUrl' },
  // Strict first, as when the bundle was an ES module (a directive after the banner would be none).
  banner: { js: '"use strict"; var __bundleUrl = require("node:url").pathToFileURL(__filename).href;' },
  // `await import('botbuilder-azure-blobs')` and the like become a require() of the bundled package: vm.Script
  // has no loader for import(), and esbuild's CommonJS interop gives the package's names, as Node's does.
  supported: { 'dynamic-import': false },
  logLevel: 'warning',
  metafile: true,
} satisfies BuildOptions;

/** The import of a separate bundle's module becomes a require of the bundle's file beside main.js (src/codeCache.ts runs it). */
const separateBundles: Plugin = {
  name: 'separate-bundles',
  setup(pluginBuild) {
    for (const { name, importer } of SEPARATE_BUNDLES) {
      pluginBuild.onResolve({ filter: new RegExp(`^\\./${name}\\.js$`) }, (args) => (args.importer === join(PROJECT_ROOT, importer) ? { path: `./${name}.js`, external: true } : undefined));
    }
  },
};

const [entry, bot, ...separate] = await Promise.all([
  build({ ...common, entryPoints: { index: 'src/index.ts' }, outdir }),
  // What the bot loads only when needed is in it too (the knowledge loader for a build of the index), compiled
  // only if it runs (and then kept in the code cache with the rest); the separate bundles are not.
  build({ ...common, entryPoints: { main: 'src/main.ts' }, outdir, external: EXTERNAL_PACKAGES, plugins: [separateBundles] }),
  ...SEPARATE_BUNDLES.map(({ name, source }) => build({ ...common, entryPoints: { [name]: source }, outdir, external: EXTERNAL_PACKAGES })),
]);
writeFileSync(join(outdir, 'package.json'), `${JSON.stringify({ type: 'commonjs' })}\n`);
const outputs: Metafile['outputs'] = Object.assign({}, entry.metafile.outputs, bot.metafile.outputs, ...separate.map((result) => result.metafile.outputs));

// Our code's sources, as the maps name them (relative to dist/). `npm run build -- --full-source-maps` keeps
// the packages' mappings too (to read a stack trace or a CPU profile down into a package; each start pays for it).
const ours = (source: string) => source.startsWith('../src/');
const fullMaps = process.argv.includes('--full-source-maps');
for (const file of Object.keys(outputs).filter((name) => name.endsWith('.js'))) {
  // One byte a character in V8's heap (scripts/trimSourceMap.ts says why), the map moved to match.
  const path = join(PROJECT_ROOT, file);
  const { code, growth } = escapeBeyondLatin1(readFileSync(path, 'utf8'));
  if (growth.size > 0) writeFileSync(path, code);
  if (!(`${file}.map` in outputs)) continue;
  const mapPath = `${path}.map`;
  const map = shiftGeneratedColumns(JSON.parse(readFileSync(mapPath, 'utf8')) as SourceMap, growth);
  writeFileSync(mapPath, JSON.stringify(fullMaps ? map : keepOnlySources(map, ours)));
}

const bytes = Object.entries(outputs).filter(([file]) => file.endsWith('.js')).reduce((sum, [, output]) => sum + output.bytes, 0);
const mib = (file: string) => `${((outputs[file]?.bytes ?? 0) / 2 ** 20).toFixed(1)} MiB`;
console.log(`dist/: bundle of ${Object.keys(bot.metafile.inputs).length} modules, main.js ${mib('dist/main.js')}${SEPARATE_BUNDLES.map(({ name }) => `, ${name}.js ${mib(`dist/${name}.js`)}`).join('')}; ${(bytes / 2 ** 20).toFixed(1)} MiB of JavaScript in all`);
