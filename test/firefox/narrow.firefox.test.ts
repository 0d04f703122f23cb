// Issue 17, Firefox for Android prep: the popup opens as a whole screen there, 360 px wide on
// common phones, driven by touch. Checked in desktop Firefox at that width.
import type { Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PAGES } from '../e2e/demo-pages';
import { until } from '../e2e/harness';
import { click, find } from './dom';
import { keepShotOnFailure } from './failure-shots';
import { launch, type FirefoxHarness } from './harness';

const PHONE = { width: 360, height: 640 };

/** What does not fit or cannot be used by touch on this page. */
async function problems(page: Page): Promise<{ overflow: number; outside: string[]; small: string[]; hoverOnly: string[] }> {
  return page.evaluate(() => {
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()} “${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}”`;
    const controls = [...document.querySelectorAll('button, a[href], select, input, textarea, summary')].filter((el) =>
      (el as HTMLElement).checkVisibility(),
    );
    const outside = controls.filter((el) => {
      const r = el.getBoundingClientRect();
      return r.left < 0 || r.right > innerWidth + 0.5;
    });
    // WCAG 2.5.5: a target at least 44 × 44 CSS px on a touch screen (links inside running text
    // are exempt); a checkbox is tapped through its label.
    const target = (el: Element) => (el.matches('input[type="checkbox"], input[type="radio"]') ? (el.closest('label') ?? el) : el);
    const size = (el: Element) => target(el).getBoundingClientRect();
    const small = controls.filter((el) => {
      const inline = el.tagName === 'A' && getComputedStyle(el).display === 'inline';
      return !inline && (size(el).width < 44 || size(el).height < 44);
    });
    // A control that only appears on hover cannot be reached by touch.
    const hoverOnly: string[] = [];
    for (const sheet of document.styleSheets) {
      for (const rule of sheet.cssRules) {
        if (!(rule instanceof CSSStyleRule) || !rule.selectorText.includes(':hover')) continue;
        const s = rule.style;
        if (s.display || s.visibility || s.opacity || s.pointerEvents) hoverOnly.push(rule.cssText);
      }
    }
    return {
      overflow: Math.max(0, document.documentElement.scrollWidth - document.documentElement.clientWidth),
      outside: outside.map(name),
      small: small.map((el) => `${name(el)} ${Math.round(size(el).width)}×${Math.round(size(el).height)}`),
      hoverOnly,
    };
  });
}

describe('Firefox: the popup at phone width (360 px)', () => {
  let h: FirefoxHarness;
  const pages: Page[] = [];
  beforeAll(async () => {
    h = await launch({ touch: true });
    for (const p of DEMO_PAGES) h.serve(p.url, { file: p.file });
  });
  afterAll(async () => {
    expect(h.extensionRequests).toEqual([]);
    await h?.close();
  });
  afterEach(keepShotOnFailure(() => [h, pages]));

  for (const [label, page, badge] of [
    ['failed payment', DEMO_PAGES[0], '!'],
    ['support page', DEMO_PAGES[2], '?'],
  ] as const) {
    it(`${label}: nothing wider than the screen, every control reachable and big enough to tap, nothing hover-only`, async () => {
      const { page: tab, tabId } = await h.open(page.url);
      pages.push(tab);
      await until(
        () => h.badge(tabId),
        (b) => b === badge,
      );
      const popup = await h.openPopup(tabId, PHONE);
      pages.push(popup);
      await find(popup, 'button', 'I was scammed');
      expect(await popup.evaluate(() => matchMedia('(pointer: coarse) and (hover: none)').matches)).toBe(true);
      // Open every disclosure, as a person exploring it would.
      await click(popup, 'button', 'Capture options');
      expect(await problems(popup)).toEqual({ overflow: 0, outside: [], small: [], hoverOnly: [] });
      await h.shot(popup, `popup-360-${label.replace(' ', '-')}`);
    });
  }
});
