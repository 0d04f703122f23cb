// The user's complaint data in the shapes form fields want.
import type { CaseRecord, Profile } from '../db/types';
import { formatIso, isoParts } from './dates';
import { CATEGORY_WORDS, OTHER_WORDS, REMEDY_WORDS, SUBJECT } from './complaint-phrases';
import type { FillData } from './types';

const clean = (s: string | undefined): string | undefined => (s?.trim() ? s.trim() : undefined);

/** A short subject line: "Complaint: failed payment – PayPal – ref 8AB12345". */
export function subjectLine(c: CaseRecord, locale: 'en' | 'zh', withRef = true): string {
  const id = withRef ? c.transactions.find((t) => t.id)?.id : undefined;
  const base = SUBJECT[c.situation][locale];
  const provider = clean(c.provider);
  if (locale === 'zh') {
    return `${provider ? `${provider}` : ''}${base}${id ? `（交易号 ${id}）` : ''}`;
  }
  return [base, provider, id && `ref ${id}`].filter(Boolean).join(' – ');
}

/** Builds FillData from a case, the user's profile and the drafted letter. */
export function caseToFillData(c: CaseRecord, profile: Profile, letterText: string, locale: 'en' | 'zh'): FillData {
  const tx = c.transactions.find((t) => t.id || t.amount) ?? c.transactions[0];
  const at = isoParts(tx?.at);
  const body = letterText.replace(/^(Subject:|主题：)[^\n]*\n+/, '').trim();
  return {
    name: clean(profile.name),
    email: clean(profile.email),
    phone: clean(profile.phone),
    accountId: clean(profile.accounts[c.siteId ?? '*'] ?? profile.accounts['*']),
    transactionId: clean(tx?.id),
    amount: clean(tx?.amount),
    currency: clean(tx?.currency)?.toUpperCase(),
    dateIso: at ? `${at.y}-${at.m}-${at.d}` : undefined,
    dateTimeLocal: at?.time ? `${at.y}-${at.m}-${at.d}T${at.time}` : undefined,
    dateText: formatIso(tx?.at, locale),
    subject: subjectLine(c, locale),
    subjectShort: subjectLine(c, locale, false),
    description: clean(body),
    categoryKeywords: [...CATEGORY_WORDS[c.situation], ...(REMEDY_WORDS[c.remedy] ?? []), ...OTHER_WORDS],
    locale,
  };
}
