import type { Locator, Page } from 'playwright-core';
import { BODIES, DEADLINE_RULES } from '../../lib/guidance';

/** Open every collapsed disclosure (steps, escalation) so that all of its content is on screen. */
export async function expandAll(popup: Page): Promise<void> {
  for (let i = 0; i < 10; i++) {
    const closed = popup.locator('main button[aria-expanded="false"]');
    if ((await closed.count()) === 0) return;
    await closed.first().click();
  }
}

export interface SourceCheck {
  /** Visible list items that state a deadline rule or name an escalation body. */
  shown: number;
  /** Those of them without a link named `sourceName` to an https page. */
  missing: string[];
}

/**
 * Every visible deadline or escalation body (found by its label, name, call to action or
 * contact link, in the UI language) must sit in a list item that carries its own Source link.
 */
export async function checkSources(popup: Page, lang: 'en' | 'zh', sourceName: string): Promise<SourceCheck> {
  const texts = [...DEADLINE_RULES.map((r) => r.label[lang]), ...BODIES.flatMap((b) => [b.name[lang], b.cta[lang]])];
  const hrefs = BODIES.flatMap((b) => b.contact.map((c) => c.href));
  return popup.evaluate(
    ({ texts, hrefs, sourceName }) => {
      const visible = (el: Element) => (el as HTMLElement).checkVisibility?.() ?? true;
      const items = [...document.querySelectorAll('li')].filter(visible).filter((li) => {
        const text = li.textContent ?? '';
        const linksBody = [...li.querySelectorAll('a')].some((a) => hrefs.includes(a.getAttribute('href') ?? ''));
        return linksBody || texts.some((t) => text.includes(t));
      });
      const missing = items
        .filter((li) => ![...li.querySelectorAll('a')].some((a) => a.textContent?.trim() === sourceName && /^https:\/\//.test(a.href)))
        .map((li) => li.textContent?.trim().slice(0, 80) ?? '');
      return { shown: items.length, missing };
    },
    { texts, hrefs, sourceName },
  );
}

/** Press Tab from the top of the page until each target has had focus; fail after `max` presses. */
export async function tabUntilAllFocused(popup: Page, targets: Locator[], max = 80): Promise<void> {
  await popup.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const seen = new Set<number>();
  for (let i = 0; i < max && seen.size < targets.length; i++) {
    await popup.keyboard.press('Tab');
    for (const [j, target] of targets.entries()) {
      if (await target.evaluate((el) => el === document.activeElement)) seen.add(j);
    }
  }
  const missed = targets.filter((_, j) => !seen.has(j)).map((t) => t.toString());
  if (missed.length) throw new Error(`never reached with Tab: ${missed.join(', ')}`);
}

/** Tab (from the top) to `target`, so that the next key press goes to it. */
export async function tabTo(popup: Page, target: Locator, max = 80): Promise<void> {
  await popup.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  for (let i = 0; i < max; i++) {
    await popup.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`never reached with Tab: ${target.toString()}`);
}

/** The vertical position of an element, to check the order things are shown in. */
export async function top(locator: Locator): Promise<number> {
  const box = await locator.boundingBox();
  if (!box) throw new Error(`not rendered: ${locator.toString()}`);
  return box.y;
}

/** Where the element ends (CSS px from the top of the page, scrolled to the top). */
export async function bottom(locator: Locator): Promise<number> {
  const box = await locator.boundingBox();
  if (!box) throw new Error(`not rendered: ${locator.toString()}`);
  return box.y + box.height;
}
