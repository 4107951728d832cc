// The playground in a real browser (Debian's Chromium through playwright-core): the whole story
// from /connectnote to the follow-up advice, "Review this draft", the App Home, a phone-width
// screen and the page's message when the app stops answering. Screenshots of every step go to
// test-output/playground/. Without Chromium the suite is skipped locally with one line saying how
// to install it (chromium.ts); under CI=true it fails instead.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Playground, startPlayground } from '../../src/playground/start.js';
import { findChromium } from './chromium.js';

const chromiumLookup = findChromium();
const CHROMIUM = 'path' in chromiumLookup ? chromiumLookup.path : undefined;
if ('skip' in chromiumLookup) console.warn(chromiumLookup.skip);
const SHOTS = 'test-output/playground';
/** Set PLAYGROUND_README_SHOT=1 to refresh docs/playground.png from this run. */
const README_SHOT = process.env.PLAYGROUND_README_SHOT === '1';

let dir: string;
let playground: Playground;
let browser: Browser;
let page: Page;

async function shot(name: string): Promise<void> {
  await page.screenshot({ path: join(SHOTS, `${name}.png`) });
}

async function state(): Promise<{
  messages: Record<string, Array<{ ts: string; rev: string; text: string; blocks?: unknown[] }>>;
  channels: Array<{ key: string; id: string }>;
}> {
  const res = await fetch(new URL('/api/state', playground.url));
  return res.json() as never;
}

async function dm() {
  const s = await state();
  const id = s.channels.find((c) => c.key === 'dm')?.id ?? '';
  return s.messages[id] ?? [];
}

/** A fingerprint of the DM, to wait for the app's answer to a click. */
async function dmSignature(): Promise<string> {
  return (await dm()).map((m) => `${m.ts}:${m.rev}`).join('|');
}

async function textOf(selector: string): Promise<string> {
  return (await page.locator(selector).first().textContent()) ?? '';
}

async function dmText(): Promise<string> {
  return textOf('#messages');
}

async function openChannel(key: 'channel' | 'dm' | 'home'): Promise<void> {
  await page.click(`.nav-item[data-key="${key}"]`);
}

async function send(text: string): Promise<void> {
  await page.fill('#composer-input', text);
  await page.press('#composer-input', 'Enter');
}

beforeAll(async () => {
  if (!CHROMIUM) return;
  await mkdir(SHOTS, { recursive: true });
  dir = await mkdtemp(join(tmpdir(), 'connectnote-playground-'));
  playground = await startPlayground({
    port: 0,
    storeUrl: `sqlite://${join(dir, 'playground.sqlite')}`,
    timeZone: 'UTC',
    // A Monday morning: eight days later is a Tuesday morning, inside working hours.
    startAt: new Date('2026-11-30T10:00:00Z'),
    logLevel: 'error',
    log: () => undefined,
    print: () => undefined,
  });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.setDefaultTimeout(10_000);
  await page.goto(playground.url);
  await page.waitForSelector('.nav-item[data-key="dm"]');
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await playground?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe.skipIf(!CHROMIUM)('the playground, driven in Chromium', () => {
  it('loads nothing from outside the machine', async () => {
    const outside: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (!['localhost', '127.0.0.1', '[::1]'].includes(url.hostname)) outside.push(url.href);
    });
    await page.reload();
    await page.waitForSelector('.nav-item[data-key="dm"]');
    expect(outside).toEqual([]);
    await expect.poll(() => textOf('#clock-now')).toContain('30 Nov 2026');
    await shot('00-start');
  });

  it('answers only loopback host names, and only same-origin posts', async () => {
    const port = new URL(playground.url).port;
    const ask = (method: string, path: string, headers: Record<string, string>) =>
      new Promise<number>((resolve, reject) => {
        const req = request({ host: '127.0.0.1', port, method, path, headers }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        });
        req.on('error', reject);
        req.end(method === 'POST' ? '{}' : undefined);
      });
    expect(await ask('GET', '/api/state', { host: `evil.example:${port}` })).toBe(421);
    expect(
      await ask('POST', '/api/home-opened', {
        host: `localhost:${port}`,
        origin: 'https://evil.example',
        'content-type': 'application/json',
      }),
    ).toBe(403);
    expect(await ask('GET', '/api/state', { host: `localhost:${port}` })).toBe(200);
  });

  it('/connectnote opens the real draft modal; an empty name comes back as a field error', async () => {
    await send('/connectnote met at the DevOps meetup in Berlin');
    const modal = page.locator('.modal[data-callback-id="connectnote_draft"]');
    await modal.waitFor();
    // The text after the command pre-fills the context.
    await expect
      .poll(() =>
        modal
          .locator('[data-block-id="context"] textarea, [data-block-id="context"] input')
          .inputValue(),
      )
      .toContain('DevOps meetup in Berlin');
    await shot('01-draft-modal');
    await modal.locator('button[type="submit"]').click();
    const error = modal.locator('[data-block-id="name"] .bk-error');
    await error.waitFor();
    expect(((await error.textContent()) ?? '').length).toBeGreaterThan(0);
    await shot('02-field-error');
  });

  it('a filled modal brings the draft, its review and buttons to the DM', async () => {
    const modal = page.locator('.modal[data-callback-id="connectnote_draft"]');
    await modal.locator('[data-block-id="name"] input').fill('Priya');
    await modal.locator('[data-block-id="relationship"] select').selectOption('met-briefly');
    const purpose = modal.locator('[data-block-id="purpose"] input');
    if (await purpose.count())
      await purpose.fill('to keep learning from her work on platform teams');
    const topic = modal.locator('[data-block-id="topic"] input');
    if (await topic.count()) await topic.fill('internal developer platforms');
    await modal.locator('button[type="submit"]').click();
    await modal.waitFor({ state: 'detached' });
    await expect.poll(async () => (await dm()).length).toBeGreaterThan(0);
    await openChannel('dm');
    await page.locator('#messages button[data-action-id="mark_sent"]').first().waitFor();
    expect(await dmText()).toContain('Priya');
    // The story's purpose says "her work": the note says it to Priya (issue 9).
    if (await purpose.count()) {
      expect(await dmText()).toContain('keep learning from your work on platform teams');
      expect(await textOf('#messages pre, #messages code')).not.toMatch(/\bher work\b/);
    }
    await shot('03-draft-in-dm');
  });

  it('"Another version" replaces the draft in place (chat.update)', async () => {
    const before = await dm();
    await page.locator('#messages button[data-action-id="another_version"]').first().click();
    await expect
      .poll(async () => (await dm()).map((m) => m.rev))
      .not.toEqual(before.map((m) => m.rev));
    const after = await dm();
    expect(after.map((m) => m.ts)).toEqual(before.map((m) => m.ts));
    await page.locator('#messages .msg-edited').first().waitFor();
    await shot('03b-another-version');
  });

  it('"Edit & re-check" opens the draft in a modal and reviews the edit in place', async () => {
    await page.locator('#messages button[data-action-id="edit_draft"]').first().click();
    const modal = page.locator('.modal[data-callback-id="connectnote_edit"]');
    await modal.waitFor();
    const note = modal.locator('[data-block-id="note"] textarea, [data-block-id="note"] input');
    expect(await note.inputValue()).toContain('Priya');
    const hash = await modal.getAttribute('data-hash');
    await note.fill('hi priya, pls connect!!!');
    await modal.locator('button[type="submit"]').click();
    await expect.poll(() => modal.getAttribute('data-hash')).not.toBe(hash);
    expect(await note.inputValue()).toBe('hi priya, pls connect!!!');
    await shot('03c-edit-and-recheck');
    await modal.locator('.modal-x').click();
    await modal.waitFor({ state: 'detached' });
  });

  it('"I sent it" tracks the request', async () => {
    const before = await dmSignature();
    await page.locator('#messages button[data-action-id="mark_sent"]').first().click();
    await expect.poll(dmSignature).not.toBe(before);
    await shot('04-sent');
  });

  it('eight days later the sweep sends a reminder; Accepted brings the follow-up advice', async () => {
    await page.fill('#clock-date', '2026-12-08');
    await page.click('#clock-form button[type="submit"]');
    await expect.poll(() => textOf('#clock-now')).toContain('8 Dec 2026');
    const accepted = page.locator('#messages button[data-action-id="reminder_accepted"]');
    await accepted.first().waitFor();
    expect(await dmText()).toContain('Priya');
    await shot('05-reminder');
    // The README's picture: the draft, "I sent it" and the reminder a week later, no toast.
    await page.evaluate(() => {
      (document.getElementById('toast') as HTMLElement).hidden = true;
    });
    await page.screenshot({ path: join(SHOTS, 'readme.png') });
    if (README_SHOT) await page.screenshot({ path: 'docs/playground.png' });
    const before = await dmSignature();
    await accepted.first().click();
    await expect.poll(dmSignature).not.toBe(before);
    await expect.poll(dmText).toMatch(/thank/i);
    await shot('06-follow-up-advice');
  });

  it('"Review this draft" on a posted message opens the review; its select re-reviews in place', async () => {
    await openChannel('channel');
    await send('hi sam, pls accept my invite!!! I wanna add u to my professional network');
    const posted = page.locator('#messages .msg.from-user').last();
    await posted.waitFor();
    await posted.hover();
    await posted.locator('.msg-more').click();
    await page.locator('.menu-item', { hasText: 'Review this draft' }).click();
    const modal = page.locator('.modal');
    await modal.waitFor();
    await shot('07-review-modal');
    const select = modal.locator('select').first();
    const hash = await modal.getAttribute('data-hash');
    const current = await select.inputValue();
    const other = await select.evaluate(
      (el, value) =>
        Array.from((el as HTMLSelectElement).options, (o) => o.value).find((v) => v && v !== value),
      current,
    );
    await select.selectOption(other ?? '');
    await expect.poll(() => page.locator('.modal').getAttribute('data-hash')).not.toBe(hash);
    expect(await page.locator('.modal select').first().inputValue()).toBe(other);
    await shot('08-review-re-reviewed');
    await page.locator('.modal .modal-x').click();
    await page.locator('.modal').waitFor({ state: 'detached' });
  });

  it('shows what only the user may see as such (an unknown command)', async () => {
    await openChannel('channel');
    await send('/connectnot');
    const note = page.locator('#messages .msg.ephemeral').last();
    await note.waitFor();
    expect(await note.textContent()).toContain('Only visible to you');
    expect(await note.textContent()).toContain('/connectnot');
  });

  it('what a person types never becomes HTML; mrkdwn formatting still shows', async () => {
    await openChannel('channel');
    await send(
      '<img src=x onerror="window.pwned=1"> *bold* _it_ ~no~ `code` <https://evil.example|x> &lt;',
    );
    const posted = page.locator('#messages .msg.from-user').last();
    await expect.poll(() => posted.textContent()).toContain('<img src=x onerror="window.pwned=1">');
    expect(await posted.locator('img, a').count()).toBe(0);
    expect(await posted.locator('strong').textContent()).toBe('bold');
    expect(await posted.locator('em').textContent()).toBe('it');
    expect(await posted.locator('s').textContent()).toBe('no');
    expect(await posted.locator('code').textContent()).toBe('code');
    expect(await posted.textContent()).toContain('<https://evil.example|x> &lt;');
    expect(await page.evaluate(() => (window as { pwned?: number }).pwned)).toBeUndefined();
    await shot('08b-typed-text-is-text');
  });

  it('the App Home tab shows the published home view; its buttons and confirmations work', async () => {
    await openChannel('home');
    await page.locator('.home').waitFor();
    await expect.poll(() => textOf('.home')).toContain('Priya');
    await shot('09-app-home');
    const home = async () => (await state()) as unknown as { home: { hash: string } | null };
    const hash = (await home()).home?.hash;
    // A confirmation dialog first: "Keep it" changes nothing.
    const remove = page.locator('.home button[data-action-id="home_delete_data"]');
    await remove.click();
    const dialog = page.locator('.confirm');
    await dialog.waitFor();
    await shot('09b-confirm-dialog');
    await dialog.locator('button', { hasText: /keep/i }).click();
    await dialog.waitFor({ state: 'detached' });
    expect((await home()).home?.hash).toBe(hash);
    // Confirmed: the app deletes the data and publishes the home again.
    await remove.click();
    await dialog.locator('.btn-danger').click();
    await expect.poll(async () => (await home()).home?.hash).not.toBe(hash);
    await expect.poll(() => textOf('.home')).not.toContain('Priya');
    await shot('09c-after-delete');
  });

  it('moves the clock with +1 day and +1 week, into working hours', async () => {
    await page.click('[data-days="7"]');
    await expect.poll(() => textOf('#clock-now')).toContain('15 Dec 2026');
    await page.click('[data-days="1"]');
    await expect.poll(() => textOf('#clock-now')).toContain('Wed, 16 Dec 2026');
  });

  it('is usable at a phone width', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openChannel('dm');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(overflow).toBeLessThanOrEqual(390);
    const composer = await page.locator('#composer-input').boundingBox();
    expect((composer?.y ?? 0) + (composer?.height ?? 0)).toBeLessThanOrEqual(844);
    await shot('10-phone-dm');
    await openChannel('channel');
    await send('/connectnote');
    const modal = page.locator('.modal');
    await modal.waitFor();
    const box = await modal.boundingBox();
    expect(box?.width).toBeLessThanOrEqual(390);
    await shot('11-phone-modal');
    await modal.locator('.modal-x').click();
    await modal.waitFor({ state: 'detached' });
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it('says so when the app behind the page is not answering', async () => {
    expect(await page.locator('#banner').isHidden()).toBe(true);
    await playground.stopApp();
    await send('/connectnote');
    await page.locator('#banner').waitFor();
    expect(await textOf('#banner')).toContain('isn’t answering');
    await shot('12-not-answering');
  });

  it('says so too when the whole playground has stopped (the page loses its stream)', async () => {
    // A second playground whose "app" only answers /healthz: this is about the page, not Bolt.
    const health = createServer((_req, res) => res.end('ok'));
    await new Promise<void>((resolve) => health.listen(0, '127.0.0.1', resolve));
    const other = await startPlayground({
      port: 0,
      storeUrl: 'memory://',
      timeZone: 'UTC',
      logLevel: 'error',
      log: () => undefined,
      print: () => undefined,
      startApp: async () => ({
        url: `http://127.0.0.1:${(health.address() as AddressInfo).port}`,
        sweep: async () => undefined,
        stop: async () => undefined,
      }),
    });
    const second = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    try {
      await second.goto(other.url);
      await second.waitForSelector('.nav-item[data-key="dm"]');
      expect(await second.locator('#banner').isHidden()).toBe(true);
      await other.stop();
      await second.locator('#banner').waitFor({ state: 'visible' });
      await second.screenshot({ path: join(SHOTS, '13-playground-stopped.png') });
    } finally {
      await second.close();
      await other.stop();
      health.close();
    }
  });
});
