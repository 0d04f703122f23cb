import { browser } from 'wxt/browser';
import { pageProbeSchema, type PageProbe } from '../messages';

/**
 * The page as the probe reads it (entrypoints/probe.ts: snapshot, detection, title, viewport):
 * the capture's one way of asking a page, one scripting.executeScript round into the top frame,
 * on any page (activeTab or host permission). Its answer comes from a page the user may not
 * trust, so it is checked like a message.
 */
export async function probeTab(tabId: number): Promise<PageProbe> {
  const [injection] = await browser.scripting.executeScript({ target: { tabId }, files: ['/probe.js'] });
  const checked = pageProbeSchema.safeParse(injection?.result);
  if (!checked.success) throw new Error('the page could not be read');
  return checked.data;
}
