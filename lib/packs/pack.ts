import type { CaseEvent, CaseRecord, EvidenceRecord, Profile } from '../db/types';
import { caseFacts, type CaseFact } from '../facts/case-facts';
import { providerKindFor } from '../guidance/escalation';
import { recordDir } from '../evidence/names';
import { SITUATION } from '../prefill/complaint-phrases';
import { formatIsoDay } from '../prefill/dates';
import { caseToFillData } from '../prefill/fill-data';
import { fieldValue } from '../prefill/plan';
import type { Localized, WalletSite } from '../sites/types';
import { type Narrative, narrative } from './narrative';
import type { Destination, FieldSource } from './types';

export interface PackInput {
  case: CaseRecord;
  events: readonly CaseEvent[];
  /** The case's records (lib/db/filing.ts caseRecords): captures, attachments, filings, tombstones. */
  records: readonly EvidenceRecord[];
  profile: Profile;
  destination: Destination;
  site: WalletSite | null;
}

interface PackFieldValue {
  id: string;
  label: Localized;
  /** '' where the case does not know it. */
  value: string;
  /** Addresses in `value` whose checksum fails (typed by hand?): shown with a warning, never dropped. */
  invalid?: string[];
}

interface EvidenceEntry {
  id: string;
  seq: number;
  kind: 'capture' | 'attachment';
  title: string;
  at: string;
  digest: string;
  files: { name: string; path: string; type: string; size: number; sha256: string }[];
}

export interface Pack {
  destination: Destination;
  fields: PackFieldValue[];
  narrative: Record<'en' | 'zh', Narrative>;
  facts: CaseFact[];
  evidence: EvidenceEntry[];
}

const factLine = (f: CaseFact) =>
  f.type === 'amount' && f.currency
    ? `${f.value} ${f.currency}`
    : f.type === 'address' && f.network
      ? `${f.value} (${f.network})`
      : f.type === 'datetime'
        ? (f.iso ?? f.value)
        : f.value;

/** The captures and added files of the case that still hold their content, in log order. */
function packEvidence(records: readonly EvidenceRecord[]): EvidenceEntry[] {
  const deleted = new Set(records.flatMap((r) => (r.deleted ? [r.deleted.id] : [])));
  return [...records]
    .filter((r) => (r.kind === 'capture' || r.kind === 'attachment') && !deleted.has(r.id))
    .sort((a, b) => a.seq - b.seq)
    .map((r) => ({
      id: r.id,
      seq: r.seq,
      kind: r.kind as EvidenceEntry['kind'],
      title: r.meta?.title ?? r.attachment?.fileName ?? '',
      at: r.meta?.capturedAt ?? r.attachment?.intakeAt ?? r.recordedAt,
      digest: r.digest,
      files: r.artifacts.map(({ name, type, size, sha256 }) => ({ name, type, size, sha256, path: `${recordDir(r.seq, r.id)}/${name}` })),
    }));
}

/** The registry's name in `lang` when the case names its site as the registry does; else as typed. */
function providerName(typed: string, site: WalletSite | null, lang: 'en' | 'zh'): string {
  const name = typed.trim();
  return site && (!name || name === site.names.en || name === site.names.zh) ? site.names[lang] : name;
}

/** A destination's fields with their values from the case, its facts and the narrative. */
export function buildPack(input: PackInput): Pack {
  const { destination: d, case: c } = input;
  const facts = caseFacts(input.records);
  const provider = (lang: 'en' | 'zh') => providerName(c.provider, input.site, lang);
  const story = (lang: 'en' | 'zh') => ({ case: { ...c, provider: provider(lang) }, events: input.events, facts });
  const both = { en: narrative(story('en'), 'en'), zh: narrative(story('zh'), 'zh') };
  const fill = caseToFillData(c, input.profile, '', d.lang);
  const value = (from: FieldSource): string => {
    if ('fill' in from) return fieldValue(from.fill, { inputType: '', ...from.shape }, fill) ?? '';
    if ('facts' in from)
      return facts
        .filter((f) => f.type === from.facts)
        .map(factLine)
        .join('\n');
    if ('narrative' in from) {
      const n = both[d.lang];
      return from.narrative === 'all' ? [n.happened, n.asked, n.answered, n.want].join('\n\n') : n[from.narrative];
    }
    switch (from.case) {
      case 'provider':
        return provider(d.lang);
      case 'exchange':
        return providerKindFor(input.site) === 'exchange' ? provider(d.lang) : '';
      case 'situation':
        return SITUATION[c.situation][d.lang];
      case 'final-answer':
        return formatIsoDay(c.finalAnswerAt, d.lang) ?? '';
      case 'references': {
        const refs = [
          ...c.contacts.flatMap((k) => (k.reference ? [k.reference] : [])),
          ...facts.filter((f) => f.type === 'reference').map((f) => f.value),
        ];
        return [...new Set(refs)].join('\n');
      }
    }
  };
  return {
    destination: d,
    fields: d.fields.map((f) => {
      const invalid = 'facts' in f.from && f.from.facts === 'address' ? facts.filter((x) => x.type === 'address' && x.valid === false) : [];
      return { id: f.id, label: f.label, value: value(f.from), ...(invalid.length ? { invalid: invalid.map((x) => x.value) } : {}) };
    }),
    narrative: both,
    facts,
    evidence: packEvidence(input.records),
  };
}
