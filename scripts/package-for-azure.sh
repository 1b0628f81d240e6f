#!/usr/bin/env bash
# Builds bot.zip for `az webapp deploy --type zip`: the bundle (dist/, scripts/build.ts), its data
# (knowledge, locales, the web chat page's web/) and production node_modules (the packages the bundle leaves
# to Node: better-sqlite3, Application Insights, yaml, tinyld, the Web Chat bundle it serves...). App Service
# runs it as is (`node dist/index.js`, SCM_DO_BUILD_DURING_DEPLOYMENT=false).
# Install scripts are skipped: the one native module, better-sqlite3, is only
# loaded for STORAGE=sqlite, and the templates set STORAGE=blob.
set -euo pipefail
cd "$(dirname "$0")/.."
# esbuild does not check types: nothing is packaged that does not type-check.
npx tsc --noEmit -p tsconfig.build.json
npm run build
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
# What the running bot reads besides node_modules; add a folder here when the server starts serving one.
cp -r dist knowledge locales web package.json package-lock.json "$stage"/
(cd "$stage" && npm ci --omit=dev --ignore-scripts --no-audit --no-fund --loglevel=error)
rm -f bot.zip
(cd "$stage" && zip -qr "$OLDPWD/bot.zip" .)
echo "bot.zip: $(du -h bot.zip | cut -f1)"
