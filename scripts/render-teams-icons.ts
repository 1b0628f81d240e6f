// Renders the Teams app icons from their SVG sources (deploymentTemplates/teams-app/icons/) to the PNG files
// Teams wants, with the same Chromium the browser tests use. Run it after editing an SVG and commit the PNGs.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { PROJECT_ROOT } from '../src/config.js';
import { launchBrowser } from '../tests/support/browser.js';

const APP_DIR = join(PROJECT_ROOT, 'deploymentTemplates', 'teams-app');

const ICONS = [
  { svg: 'icons/color.svg', png: 'color.png', size: 192 },
  { svg: 'icons/outline.svg', png: 'outline.png', size: 32 },
] as const;

/**
 * Teams rejects an outline icon with any colour but white: anti-aliased edges come out of the renderer as
 * off-white, so every visible pixel is made pure white and keeps its alpha.
 */
function whiteOnly(png: Buffer): Buffer {
  const image = PNG.sync.read(png);
  for (let i = 0; i < image.data.length; i += 4) {
    if (image.data[i + 3] === 0) image.data.fill(0, i, i + 3);
    else image.data.fill(255, i, i + 3);
  }
  return PNG.sync.write(image);
}

const browser = await launchBrowser();
try {
  for (const icon of ICONS) {
    const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size }, deviceScaleFactor: 1 });
    const svg = readFileSync(join(APP_DIR, icon.svg), 'utf8');
    await page.setContent(`<!doctype html><html><body style="margin:0;background:transparent">${svg}</body></html>`);
    const shot = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: icon.size, height: icon.size } });
    writeFileSync(join(APP_DIR, icon.png), icon.png === 'outline.png' ? whiteOnly(shot) : shot);
    await page.close();
    console.log(`${icon.png}: ${icon.size}×${icon.size} from ${icon.svg}`);
  }
} finally {
  await browser.close();
}
