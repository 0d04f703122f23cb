import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { keepShotOnFailure } from './failure-shots';
import { launch, type Harness, type LaunchOptions } from './harness';

interface ExtensionOptions extends LaunchOptions {
  /** Fixture pages served at their URLs once launched (e.g. DEMO_PAGES). */
  serve?: readonly { url: string; file: string }[];
  /** A folder for the block's screenshots and files, made before its tests. */
  out?: string;
  /** A temporary folder with this name prefix, made now and removed after the block: `dir`. */
  tmp?: string;
  /** Makes a copy of the build for this block just before launch; loaded, then removed after the block. */
  build?: () => string;
  /** After the block, expect that the extension made no network request (default true). */
  checkRequests?: boolean;
  /** Close the pages a test tracked once it is over (after any failure screenshot). */
  closePagesAfterEach?: boolean;
}

/**
 * One Chromium with the extension for the calling describe block: launched in beforeAll, its
 * tracked pages shot when a test fails, closed in afterAll. `h` forwards to the harness once
 * launched, so it can be destructured at once and used from later hooks and the tests.
 */
export function useExtension(opts: ExtensionOptions = {}) {
  const { serve = [], out, tmp, build, checkRequests = true, closePagesAfterEach, ...launchOptions } = opts;
  let launched: Harness | undefined;
  let built = '';
  const pages: Page[] = [];
  const dir = tmp ? mkdtempSync(path.join(os.tmpdir(), tmp)) : '';
  const h = new Proxy({} as Harness, {
    get(_, key) {
      if (!launched) throw new Error(`harness.${String(key)} used before beforeAll launched it`);
      return Reflect.get(launched, key);
    },
  });

  beforeAll(async () => {
    if (build) built = build();
    launched = await launch(built ? { ...launchOptions, extensionDir: built } : launchOptions);
    for (const p of serve) launched.serve(p.url, { file: p.file });
    if (out) mkdirSync(out, { recursive: true });
  });
  afterAll(async () => {
    try {
      if (checkRequests && launched) expect(launched.extensionRequests, 'the extension made network requests').toEqual([]);
    } finally {
      await launched?.close();
      for (const d of [dir, built]) if (d) rmSync(d, { recursive: true, force: true });
    }
  });
  const shotOnFailure = keepShotOnFailure(() => [launched, pages]);
  afterEach(async (ctx) => {
    await shotOnFailure(ctx);
    if (closePagesAfterEach) for (const page of pages.splice(0)) await page.close();
  });

  return {
    h,
    dir,
    /** Keep `page` for a screenshot when the test fails; returns it. */
    track<T extends Page>(page: T): T {
      pages.push(page);
      return page;
    },
  };
}
