import type { CDPSession, Page } from 'playwright-core';

// The guard's banner lives in a CLOSED shadow root: page scripts (and Playwright's locators, which
// run as page scripts) cannot see into it. The browser's accessibility tree can, as a screen
// reader does; so can a user's pointer. These helpers read and click it that way, through CDP.

interface AxNode {
  role?: { value?: string };
  name?: { value?: string };
  backendDOMNodeId?: number;
  ignored?: boolean;
}

const sessions = new WeakMap<Page, CDPSession>();
async function cdp(page: Page): Promise<CDPSession> {
  let s = sessions.get(page);
  if (!s) {
    s = await page.context().newCDPSession(page);
    await s.send('DOM.enable');
    await s.send('Accessibility.enable');
    sessions.set(page, s);
  }
  return s;
}

/** Every named node of the page's accessibility tree, closed shadow roots included. */
export async function axNodes(page: Page): Promise<{ role: string; name: string; id?: number }[]> {
  const s = await cdp(page);
  await s.send('DOM.getDocument', { depth: -1, pierce: true });
  const { nodes } = (await s.send('Accessibility.getFullAXTree')) as { nodes: AxNode[] };
  return nodes.filter((n) => !n.ignored).map((n) => ({ role: n.role?.value ?? '', name: n.name?.value ?? '', id: n.backendDOMNodeId }));
}

/** The banner's text, as the accessibility tree has it: its alert's name plus its static text. */
export async function bannerText(page: Page): Promise<string> {
  const nodes = await axNodes(page);
  return nodes
    .filter((n) => n.role === 'alert' || n.role === 'StaticText' || n.role === 'button')
    .map((n) => n.name)
    .join(' | ');
}

/** Click the button named `name` wherever it is (closed shadow roots included), with the mouse. */
export async function clickButton(page: Page, name: string): Promise<void> {
  const node = (await axNodes(page)).find((n) => n.role === 'button' && n.name === name);
  if (!node?.id) throw new Error(`no button named ${name}`);
  const s = await cdp(page);
  const { model } = (await s.send('DOM.getBoxModel', { backendNodeId: node.id })) as { model: { content: number[] } };
  const [x1, y1, , , x3, y3] = model.content as [number, number, number, number, number, number];
  await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
}
