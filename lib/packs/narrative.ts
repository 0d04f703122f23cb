// The pack's narrative in both languages: what happened, what I asked, what they answered, what I
// want. Built only from the case, its timeline and the facts; it asks, never predicts an outcome.
import type { CaseEvent, CaseRecord } from '../db/types';
import type { Fact } from '../facts/types';
import { CHANNEL, REASON, REMEDY, SITUATION } from '../prefill/complaint-phrases';
import { formatIso, formatIsoDay } from '../prefill/dates';
import type { NarrativePart } from './types';

export type Narrative = Record<NarrativePart, string>;
type Lang = 'en' | 'zh';

const W = {
  en: {
    happened: (when: string, what: string, who: string) => `${when ? `On ${when}, ` : ''}I had ${what} with ${who}.`,
    amount: (a: string) => ` The amount was ${a}.`,
    ref: (r: string) => ` Its reference is ${r}.`,
    shown: (m: string) => ` The page showed: "${m}".`,
    reason: (r: string) => ` Type of failure: ${r}.`,
    hashes: (h: string) => ` Transaction hash(es): ${h}.`,
    addresses: (a: string) => ` Addresses involved: ${a}.`,
    contact: (when: string, how: string, ref?: string, note?: string) =>
      `On ${when} I contacted them ${how}${ref ? ` (reference ${ref})` : ''}${note ? `: ${note}` : ''}.`,
    noContact: (who: string) => `I have not yet been in contact with ${who} about this.`,
    reply: (when: string, text: string) => `On ${when} they answered: "${text}"`,
    final: (when: string) => `Their final answer is dated ${when}.`,
    noReply: 'I have had no answer so far.',
    note: (n: string) => ` ${n}`,
    of: (a: string) => ` of ${a}`,
    provider: 'the provider',
  },
  zh: {
    happened: (when: string, what: string, who: string) => `${when ? `${when}，` : ''}我在${who}遇到${what}。`,
    amount: (a: string) => `金额为${a}。`,
    ref: (r: string) => `交易编号为${r}。`,
    shown: (m: string) => `页面提示：“${m}”。`,
    reason: (r: string) => `失败类型：${r}。`,
    hashes: (h: string) => `交易哈希：${h}。`,
    addresses: (a: string) => `涉及地址：${a}。`,
    contact: (when: string, how: string, ref?: string, note?: string) =>
      `${when}，我通过${how}联系了平台${ref ? `（工单号 ${ref}）` : ''}${note ? `：${note}` : ''}。`,
    noContact: (who: string) => `我尚未就此联系${who}。`,
    reply: (when: string, text: string) => `${when}，对方答复：“${text}”`,
    final: (when: string) => `对方的最终答复日期为${when}。`,
    noReply: '目前尚未收到答复。',
    note: (n: string) => n,
    of: (a: string) => `（${a}）`,
    provider: '平台',
  },
};

export interface NarrativeInput {
  case: Pick<CaseRecord, 'provider' | 'situation' | 'transactions' | 'contacts' | 'remedy' | 'remedyNote' | 'finalAnswerAt'>;
  events: readonly Pick<CaseEvent, 'type' | 'at' | 'text'>[];
  facts: readonly Fact[];
}

/** The narrative in one language; `all` of a destination is its four parts in order. */
export function narrative(input: NarrativeInput, lang: Lang): Narrative {
  const w = W[lang];
  const c = input.case;
  const who = c.provider.trim() || w.provider;
  const tx = c.transactions.find((t) => t.id || t.amount) ?? c.transactions[0];
  const when = formatIso(tx?.at ?? input.facts.find((f) => f.type === 'datetime')?.iso, lang) ?? '';
  const amount = tx?.amount ? `${tx.amount}${tx.currency ? ` ${tx.currency}` : ''}` : '';
  const reason = tx?.reason ? REASON[tx.reason]?.[lang] : undefined;
  const list = (type: Fact['type']) =>
    input.facts
      .filter((f) => f.type === type && f.value !== tx?.id)
      .map((f) => (f.network ? `${f.value} (${f.network})` : f.value))
      .join(', ');
  const hashes = list('transaction-id');
  const addresses = list('address');
  const happened = [
    w.happened(when, SITUATION[c.situation][lang], who),
    amount && w.amount(amount),
    tx?.id && w.ref(tx.id),
    tx?.message && w.shown(tx.message),
    reason && w.reason(reason),
    hashes && w.hashes(hashes),
    addresses && w.addresses(addresses),
  ]
    .filter(Boolean)
    .join('');
  const asked = c.contacts.length
    ? c.contacts.map((k) => w.contact(formatIso(k.at, lang) ?? k.at, CHANNEL[k.channel][lang], k.reference, k.note)).join(' ')
    : w.noContact(who);
  const replies = input.events.filter((e) => e.type === 'reply' && e.text?.trim());
  const stop = lang === 'zh' ? '。' : '.';
  const answeredParts = replies.map((e) => w.reply(formatIso(e.at, lang) ?? e.at, e.text!.trim()) + stop);
  if (c.finalAnswerAt) answeredParts.push(w.final(formatIsoDay(c.finalAnswerAt, lang) ?? c.finalAnswerAt));
  const answered = answeredParts.length ? answeredParts.join(' ') : w.noReply;
  const want =
    REMEDY[c.remedy][lang].replace('{amount}', amount ? w.of(amount) : '') + (c.remedyNote?.trim() ? w.note(c.remedyNote.trim()) : '');
  return { happened, asked, answered, want };
}
