import type { ElementHandle, Page } from 'puppeteer-core';

/**
 * Finding things the way a person names them (role + visible name, label text), for puppeteer
 * pages. Puppeteer's ::-p-aria queries work in Firefox but take seconds each over BiDi; these
 * read the DOM in one evaluate per poll.
 */
export type Name = string | RegExp;
type Encoded = { exact: string } | { source: string; flags: string };
/**
 * Polls `fn` in the page until it returns an element (every 100 ms, up to `timeout`). Not
 * waitForFunction: puppeteer builds its poller with Function(), which an extension page's CSP
 * blocks (Firefox 140.12 applies it to BiDi's scripts); evaluateHandle sends the function as is.
 */
async function poll<A extends unknown[]>(
  page: Page,
  fn: (...args: A) => Element | null,
  timeout: number,
  ...args: A
): Promise<ElementHandle<Element>> {
  const end = Date.now() + timeout;
  let last: unknown = null;
  for (;;) {
    try {
      const handle = await page.evaluateHandle(fn as (...a: unknown[]) => Element | null, ...(args as unknown[]));
      const el = handle.asElement();
      if (el) return el as ElementHandle<Element>;
      await handle.dispose();
    } catch (e) {
      // A navigation in progress: try again.
      last = e;
    }
    if (Date.now() > end) throw new Error(`timed out after ${timeout} ms${last ? ` (${String(last)})` : ''}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const encode = (name: Name): Encoded => (typeof name === 'string' ? { exact: name } : { source: name.source, flags: name.flags });

const ROLES = {
  button: 'button, [role="button"], summary',
  heading: 'h1, h2, h3, h4, h5, h6, [role="heading"]',
  link: 'a[href]',
  img: 'img',
  text: 'body *',
  alert: '[role="alert"], [role="status"]',
  option: 'option',
} as const;
export type Role = keyof typeof ROLES;

/** The first visible element of `role` whose name (aria-label, alt, or text) matches. */
export async function find(page: Page, role: Role, name: Name, timeout = 10_000): Promise<ElementHandle<Element>> {
  return poll(
    page,
    (selector: string, n: Encoded, leafOnly: boolean) => {
      const test = (s: string) => ('exact' in n ? s === n.exact : new RegExp(n.source, n.flags).test(s));
      for (const el of document.querySelectorAll(selector)) {
        const label = el.getAttribute('aria-label') ?? (el instanceof HTMLImageElement ? el.alt : el.textContent);
        const text = (label ?? '').replace(/\s+/g, ' ').trim();
        if (!test(text) || !(el as HTMLElement).checkVisibility()) continue;
        // For plain text, the innermost element that matches (not <body> around it).
        if (leafOnly && [...el.children].some((c) => test((c.textContent ?? '').replace(/\s+/g, ' ').trim()))) continue;
        return el;
      }
      return null;
    },
    timeout,
    ROLES[role],
    encode(name),
    role === 'text',
  ).catch((e: Error) => {
    throw new Error(`no visible ${role} named ${String(name)} (${e.message})`);
  });
}

/** The form control labelled `label` (a <label>, aria-label or aria-labelledby). */
export async function byLabel(page: Page, label: Name, timeout = 10_000): Promise<ElementHandle<Element>> {
  return poll(
    page,
    (n: Encoded) => {
      const test = (s: string | null | undefined) => {
        const t = (s ?? '').replace(/\s+/g, ' ').trim();
        return 'exact' in n ? t === n.exact : new RegExp(n.source, n.flags).test(t);
      };
      for (const l of document.querySelectorAll('label')) if (test(l.textContent) && l.control) return l.control;
      for (const el of document.querySelectorAll('input, select, textarea, [role="combobox"], [role="searchbox"]')) {
        if (test(el.getAttribute('aria-label'))) return el;
        const by = el.getAttribute('aria-labelledby');
        if (
          by &&
          test(
            by
              .split(/\s+/)
              .map((id) => document.getElementById(id)?.textContent ?? '')
              .join(' '),
          )
        )
          return el;
      }
      return null;
    },
    timeout,
    encode(label),
  ).catch((e: Error) => {
    throw new Error(`no control labelled ${String(label)} (${e.message})`);
  });
}

export async function click(page: Page, role: Role, name: Name): Promise<void> {
  await (await find(page, role, name)).click();
}

/** Replace the value of a text field as typing would (React sees every key). */
export async function fill(page: Page, label: Name, value: string): Promise<void> {
  const el = await byLabel(page, label);
  await el.evaluate((e) => (e as HTMLInputElement).select());
  await page.keyboard.press('Backspace');
  await el.type(value);
}

export async function value(page: Page, label: Name): Promise<string> {
  return (await byLabel(page, label)).evaluate((e) => (e as HTMLInputElement).value);
}

/** Wait for visible text matching `name` (the innermost element holding it); returns that text. */
export async function waitText(page: Page, name: Name, timeout = 10_000): Promise<string> {
  return (await find(page, 'text', name, timeout)).evaluate((e) => (e.textContent ?? '').replace(/\s+/g, ' ').trim());
}

/** Choose a file in the file input labelled `label`, as a person would in the file picker. */
export async function chooseFile(page: Page, label: Name, file: string): Promise<void> {
  await ((await byLabel(page, label)) as ElementHandle<HTMLInputElement>).uploadFile(file);
}
