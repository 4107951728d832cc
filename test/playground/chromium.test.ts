// How the browser suite decides between running, skipping with a hint, and failing under CI.
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findChromium } from './chromium.js';

const dir = mkdtempSync(join(tmpdir(), 'connectnote-chromium-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const fakeBrowser = join(dir, 'chromium');
writeFileSync(fakeBrowser, '#!/bin/sh\n');
chmodSync(fakeBrowser, 0o755);
const notExecutable = join(dir, 'plain-file');
writeFileSync(notExecutable, '');
const nowhere = [join(dir, 'absent')];

describe('finding Chromium for the browser tests', () => {
  it('uses the first executable candidate', () => {
    expect(findChromium({}, [...nowhere, notExecutable, fakeBrowser])).toEqual({
      path: fakeBrowser,
    });
  });

  it('uses CHROMIUM_PATH first, and reports a wrong one rather than skipping', () => {
    expect(findChromium({ CHROMIUM_PATH: fakeBrowser }, nowhere)).toEqual({ path: fakeBrowser });
    expect(() => findChromium({ CHROMIUM_PATH: notExecutable }, [fakeBrowser])).toThrow(
      /CHROMIUM_PATH=.*not an executable file/,
    );
  });

  it('without one, skips locally with one line saying how to get it', () => {
    const lookup = findChromium({}, nowhere);
    expect(lookup).toEqual({ skip: expect.stringContaining('apt-get install chromium') });
    expect('skip' in lookup && lookup.skip).toMatch(/CHROMIUM_PATH/);
    expect('skip' in lookup && lookup.skip.includes('\n')).toBe(false);
  });

  it('without one under CI=true, fails: CI must not run fewer tests', () => {
    expect(() => findChromium({ CI: 'true' }, nowhere)).toThrow(/CI must run the browser tests/);
  });
});
