// End to end in a Teams client: Microsoft 365 Agents Playground talks to the real bot the way Teams does
// (channel msteams, replies through its connector), and headless Chromium uses its web page like a person.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { PROJECT_ROOT } from '../src/config.js';
import { loadKnowledgeOrThrow, splitSentences } from '../src/knowledge/load.js';
import { startApp, type RunningApp } from './support/app.js';
import { launchBrowser } from './support/browser.js';
import { startPlayground, type Playground } from './support/playground.js';

// The answer is checked against the knowledge base, not a copy of it: the sentence of the airport passage
// that names the airport, and the author of its source.
const airport = loadKnowledgeOrThrow(join(PROJECT_ROOT, 'knowledge')).passages.en.find((p) => p.id === 'location-airport');
if (!airport?.document.author) throw new Error('knowledge: the English passage "location-airport" and its author are needed by this test');
const QUESTION = 'How far is the Center from the airport?';
const AIRPORT_SENTENCE = splitSentences(airport.text, 'en').find((s) => s.includes('Airport')) ?? airport.text;
const AUTHOR = airport.document.author;

// SCREENSHOTS=1 refreshes docs/teams.png for the README; otherwise the picture goes to a temporary folder.
const screenshotDir = process.env.SCREENSHOTS === '1' ? join(PROJECT_ROOT, 'docs') : mkdtempSync(join(tmpdir(), 'teams-e2e-'));

const ANSWER_TIMEOUT = 20_000;

describe('in Microsoft 365 Agents Playground (Teams)', () => {
  let bot: RunningApp;
  let playground: Playground;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    bot = await startApp({ STORAGE: 'memory' });
    playground = await startPlayground(`${bot.baseUrl}/api/messages`);
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    // The page asks a CDN for fonts and animations: nothing leaves this machine, so refuse them at once
    // rather than wait for the network to fail.
    await page.route('**/*', (route) => {
      const { hostname } = new URL(route.request().url());
      return hostname === '127.0.0.1' || hostname === 'localhost' ? route.continue() : route.abort('blockedbyclient');
    });
    await page.goto(playground.url);
    await page.locator('div[role=textbox]').waitFor();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await playground?.stop();
    await bot?.stop();
    if (process.env.SCREENSHOTS !== '1') rmSync(screenshotDir, { recursive: true, force: true });
  });

  it('answers a question in the personal chat with the airport passage and its source', async () => {
    await page.getByRole('treeitem', { name: 'Personal Chat' }).click();
    const compose = page.locator('div[role=textbox]');
    await compose.click();
    await compose.pressSequentially(QUESTION);
    await page.getByRole('button', { name: 'Send Message' }).click();

    const answer = page.getByText(AIRPORT_SENTENCE);
    await answer.waitFor({ timeout: ANSWER_TIMEOUT });
    await expect(answer.count()).resolves.toBe(1);
    await expect(page.getByText(AUTHOR).first().isVisible()).resolves.toBe(true);
    // The picture for the README is of the conversation, without the Playground's log panel.
    await page.getByRole('button', { name: 'Hide log panel' }).click();
    const picture = await page.screenshot({ path: join(screenshotDir, 'teams.png') });
    expect(picture.length).toBeGreaterThan(10_000);
  }, 60_000);

  it('answers in the thread when a channel message @mentions the bot', async () => {
    await page.getByRole('treeitem', { name: 'My Team - General' }).click();
    // The channel has a box for a new post and one under every post (the bot's introduction has one).
    const newPost = page.getByRole('group').filter({ has: page.getByRole('button', { name: 'Post' }) });
    const compose = newPost.locator('div[role=textbox]');
    await compose.click();
    await compose.pressSequentially('@');
    await page.getByRole('menuitem', { name: 'Test Bot' }).click();
    await compose.pressSequentially(` ${QUESTION}`);
    await newPost.getByRole('button', { name: 'Post' }).click();

    // A post and its replies share one card (role group): the answer must be in the question's.
    const thread = page.getByRole('group').filter({ hasText: QUESTION }).filter({ hasText: AUTHOR });
    await thread.waitFor({ timeout: ANSWER_TIMEOUT });
    await expect(thread.getByText(AIRPORT_SENTENCE).isVisible()).resolves.toBe(true);
    await expect(thread.getByText('Test Bot').first().isVisible()).resolves.toBe(true);
  }, 60_000);

  it('shares an answer found with the searchKnowledge messaging extension as a card in a group chat', async () => {
    await page.getByRole('treeitem', { name: 'Group Chat' }).click();
    await page.getByRole('button', { name: 'Trigger Message Extension App' }).click();
    await page.getByRole('menuitem', { name: 'Search Command' }).click();
    // The Playground does not read the manifest, so it is told the command and parameter the manifest declares.
    await page.getByText('Specify Command ID or Parameter').click();
    await page.getByPlaceholder('Command ID').fill('searchKnowledge');
    await page.getByPlaceholder('Parameter name').fill('query');
    await page.getByPlaceholder('Enter a search term').fill('airport');

    const result = page.getByText(airport.title, { exact: true }).last();
    await result.waitFor({ timeout: ANSWER_TIMEOUT });
    await result.click();
    // Picking a result puts its card in the compose box, for the person to send.
    const compose = page.locator('div[role=textbox]');
    await compose.locator('.ac-adaptiveCard').filter({ hasText: AUTHOR }).waitFor();
    await page.getByRole('button', { name: 'Send Message' }).click();

    // Sent, it is the person's own message in the chat, with the passage and its source.
    const shared = page.locator('.ac-adaptiveCard:not(div[role=textbox] .ac-adaptiveCard)').filter({ hasText: airport.title }).filter({ hasText: AUTHOR });
    await shared.waitFor({ timeout: ANSWER_TIMEOUT });
    await expect(shared.getByText(AIRPORT_SENTENCE).isVisible()).resolves.toBe(true);
    await expect(compose.locator('.ac-adaptiveCard').count()).resolves.toBe(0);
  }, 60_000);
});
