// The popup side of prefilling: inject the agent, collect, plan here (pure), apply there.
import { browser } from 'wxt/browser';
import { chainHead } from '../db/chain-head';
import { evidenceForCase } from '../db/evidence';
import { getProfile } from '../db/settings';
import type { CaseRecord } from '../db/types';
import { pick, t, type Lang } from '../i18n';
import { siteById, siteForUrl } from '../sites';
import { sendToTab } from '../messages';
import type { ApplyReply, CollectReply } from './agent';
import { caseToFillData } from './fill-data';
import { draftLetter } from './letter';
import { planFill } from './plan';

/** The case's letter: the user's edited one, else a fresh draft. */
export async function letterFor(c: CaseRecord, lang: Lang, now = new Date()): Promise<string> {
  if (c.letter?.trim()) return c.letter;
  const [evidence, profile, head] = await Promise.all([evidenceForCase(c.id), getProfile(), chainHead()]);
  return draftLetter({
    case: c,
    evidence,
    profile,
    locale: lang,
    now,
    chainHead: head,
    dueDate: c.escalationDueAt ? new Date(c.escalationDueAt) : undefined,
  });
}

/**
 * The page's site must be the complaint's provider: a case's details (name, email, transaction,
 * letter) are never typed into another site's form, whatever it looks like. Null when it is.
 */
export function wrongSite(url: string, c: Pick<CaseRecord, 'siteId' | 'provider'>, lang: Lang): string | null {
  const page = siteForUrl(url);
  if (c.siteId && page?.id === c.siteId) return null;
  let host = '';
  try {
    host = new URL(url).hostname;
  } catch {
    host = url.slice(0, 80);
  }
  const provider = siteById(c.siteId);
  return t('prefillWrongSite', [host, provider ? pick(provider.names, lang) : c.provider || '?']);
}

export async function prefillTab(tabId: number, c: CaseRecord, lang: Lang): Promise<ApplyReply & { planned: number }> {
  await browser.scripting.executeScript({ target: { tabId }, files: ['/prefill.js'] });
  const { url, fields } = await sendToTab<CollectReply>(tabId, 'prefill-collect', {});
  const refused = wrongSite(url, c, lang);
  if (refused) throw new Error(refused);
  const data = caseToFillData(c, await getProfile(), await letterFor(c, lang), lang);
  const plan = planFill(fields, data);
  if (plan.steps.length === 0) return { status: 'done', filled: 0, skipped: [], planned: 0 };
  const reply = await sendToTab<ApplyReply>(tabId, 'prefill-apply', { expectedUrl: url, steps: plan.steps });
  return { ...reply, planned: plan.steps.length };
}

export async function undoPrefill(tabId: number): Promise<void> {
  await sendToTab(tabId, 'prefill-undo', {});
}
