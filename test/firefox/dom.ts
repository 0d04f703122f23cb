import type { ElementHandle, Page } from 'puppeteer-core';

/**
 * Finding things the way a person names them (role + visible name, label text), for puppeteer
 * pages. Puppeteer's ::-p-aria queries work in Firefox but take seconds each over BiDi; these
 * read the DOM in one evaluate per poll.
 */
export type Name = string | RegExp;
type Encoded = { exact: string } | { source: string; flags: string };
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
  const handle = await page
    .waitForFunction(
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
      { timeout, polling: 100 },
      ROLES[role],
      encode(name),
      role === 'text',
    )
    .catch((e: Error) => {
      throw new Error(`no visible ${role} named ${String(name)} (${e.message})`);
    });
  return handle.asElement() as ElementHandle<Element>;
}

/** The form control labelled `label` (a <label>, aria-label or aria-labelledby). */
export async function byLabel(page: Page, label: Name, timeout = 10_000): Promise<ElementHandle<Element>> {
  const handle = await page
    .waitForFunction(
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
      { timeout, polling: 100 },
      encode(label),
    )
    .catch((e: Error) => {
      throw new Error(`no control labelled ${String(label)} (${e.message})`);
    });
  return handle.asElement() as ElementHandle<Element>;
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
