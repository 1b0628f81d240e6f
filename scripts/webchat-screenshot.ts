// npm run screenshot: docs/webchat.png (English) and docs/webchat-ar.png
// (Arabic, right to left), the chat page answering a question, taken from the
// real app in a real browser (Debian's Chromium), as the README shows them.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createApp } from '../src/app.js';
import { parseConfig, PROJECT_ROOT } from '../src/config.js';
import { silentLogger } from '../src/logger.js';
import { launchBrowser } from '../tests/support/browser.js';

// The wait below runs in the browser; this file compiles for Node, without the DOM library.
declare const document: { querySelector(selector: string): { textContent: string | null } | null };

const SHOTS = [
  { lang: 'en', welcome: /Hello!/, question: 'How long does it take to get from the airport to the Center?', answer: /30-minute drive/, file: 'webchat.png' },
  { lang: 'ar', welcome: /مرحبًا/, question: 'كم يستغرق الطريق من المطار إلى المركز؟', answer: /30 دقيقة/, file: 'webchat-ar.png' },
];

const dataDir = mkdtempSync(join(tmpdir(), 'brics-bot-screenshot-'));
const app = await createApp(parseConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', STORAGE: 'memory', DATA_DIR: dataDir }), silentLogger());
const { url } = await app.start();
const browser = await launchBrowser();
try {
  for (const shot of SHOTS) {
    const page = await browser.newPage({ viewport: { width: 900, height: 760 } });
    await page.goto(`${url}?lang=${shot.lang}`);
    const input = page.locator('[data-id="webchat-sendbox-input"]');
    await input.waitFor({ timeout: 20_000 });
    const transcriptMatches = (pattern: RegExp) =>
      page.waitForFunction(([source, flags]) => new RegExp(source, flags).test(document.querySelector('#webchat')?.textContent ?? ''), [pattern.source, pattern.flags] as const, { timeout: 20_000 });
    await transcriptMatches(shot.welcome);
    await input.fill(shot.question);
    await input.press('Enter');
    await transcriptMatches(shot.answer);
    // Let Web Chat finish scrolling to the answer.
    await page.waitForTimeout(800);
    const output = resolve(PROJECT_ROOT, 'docs', shot.file);
    await page.screenshot({ path: output });
    console.log(`Wrote ${output}`);
    await page.close();
  }
} finally {
  await browser.close();
  await app.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
