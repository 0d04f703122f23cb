// Plan: which value goes into which field. Pure; never invents a select option.
import { currencyOf, sameCurrency } from './currency';
import type { FieldInfo, FillData, FillPlan, FillStep, SkipReason } from './types';

type Typed = FillStep['type'];

function splitName(full: string, part: FieldInfo['namePart']): string {
  if (!part) return full;
  const words = full.trim().split(/\s+/);
  if (words.length > 1) return part === 'given' ? words.slice(0, -1).join(' ') : words[words.length - 1]!;
  // Chinese names: the first character is the family name (compound surnames are rare).
  if (/^\p{Script=Han}{2,4}$/u.test(full)) return part === 'family' ? full.slice(0, 1) : full.slice(1);
  return full;
}

/** How a field wants its value: a date input wants ISO, split name boxes want a part. */
export type FieldShape = Pick<FieldInfo, 'inputType' | 'namePart'>;

/**
 * The value of a field of `type` from the case's fill data: the one mapping from a field's type
 * to the complaint's data, used by the form prefill and by the complaint packs (lib/packs).
 */
export function fieldValue(type: FillStep['type'], f: FieldShape, d: FillData): string | undefined {
  switch (type as Typed) {
    case 'name':
      return d.name && splitName(d.name, f.namePart);
    case 'email':
      return d.email;
    case 'phone':
      return d.phone;
    case 'account-id':
      return d.accountId;
    case 'transaction-id':
      return d.transactionId;
    case 'amount':
      return d.amount;
    case 'currency':
      return d.currency;
    case 'date':
      if (f.inputType === 'date') return d.dateIso;
      if (f.inputType === 'datetime-local') return d.dateTimeLocal ?? (d.dateIso && `${d.dateIso}T00:00`);
      if (f.inputType === 'month') return d.dateIso?.slice(0, 7);
      return d.dateText;
    case 'subject':
      return d.subject;
    case 'description':
      return d.description;
    default:
      return undefined;
  }
}

/** A box too short for the whole value: phones may drop formatting and the country code. */
function fitValue(f: FieldInfo, v: string, d: FillData): string | undefined {
  const max = f.maxLength;
  if (!max || v.length <= max) return v;
  if (f.type === 'subject' && d.subjectShort && d.subjectShort.length <= max) return d.subjectShort;
  if (f.type === 'subject' || f.type === 'description') return `${v.slice(0, max - 1)}…`;
  if (f.type === 'phone' && max >= 7) {
    const digits = v.replace(/\D/g, '');
    return digits.length <= max ? digits : v.startsWith('+') ? digits.slice(-max) : undefined;
  }
  return undefined;
}

const usable = (f: FieldInfo) => (f.options ?? []).filter((o) => !o.disabled && o.value !== '');

/** The option for a value: same value or text, or the same currency code. */
function optionFor(f: FieldInfo, v: string): string | undefined {
  const low = v.toLowerCase();
  const opts = usable(f);
  const hit =
    opts.find((o) => o.value.toLowerCase() === low || o.text.toLowerCase() === low) ??
    (f.type === 'currency'
      ? opts.find((o) => {
          const c = currencyOf(o.text) ?? currencyOf(o.value);
          return c !== undefined && sameCurrency(c, v);
        })
      : undefined);
  return hit?.value;
}

/** The category choice whose text holds the earliest keyword of the list. */
function bestChoice(choices: { value: string; text: string }[], words: string[]): string | undefined {
  for (const w of words) {
    const hit = choices.find((c) => c.text.toLowerCase().includes(w.toLowerCase()));
    if (hit) return hit.value;
  }
  return undefined;
}

function skipReason(f: FieldInfo): SkipReason | undefined {
  if (f.type === 'sensitive') return 'sensitive';
  if (f.type === null) return 'unknown';
  if (f.disabled) return 'disabled';
  if (f.readOnly) return 'read-only';
  if (f.filled) return 'filled';
  return undefined;
}

/** Plans a fill: one value per field, skipping sensitive, unknown, read-only, disabled and
 * already-filled fields; select values always come from the select's own options. */
export function planFill(fields: FieldInfo[], data: FillData): FillPlan {
  const plan: FillPlan = { steps: [], skipped: [] };
  const skip = (ref: number, reason: SkipReason): void => {
    plan.skipped.push({ ref, reason });
  };
  const handled = new Set<number>();
  for (const f of fields) {
    if (handled.has(f.ref)) continue;
    const reason = skipReason(f);
    if (reason) {
      skip(f.ref, reason);
      continue;
    }
    const type = f.type as Typed;
    if (f.inputType === 'radio') {
      // A radio group is one choice: plan it once, at its first radio.
      const group = fields.filter((g) => g.inputType === 'radio' && g.group !== undefined && g.group === f.group);
      const members = group.length ? group : [f];
      const choices = members.filter((g) => !g.disabled).map((g) => ({ value: String(g.ref), text: g.label }));
      const pick = type === 'category' ? bestChoice(choices, data.categoryKeywords) : undefined;
      for (const g of members) {
        handled.add(g.ref);
        if (String(g.ref) === pick) plan.steps.push({ ref: g.ref, type, value: g.value });
        else if (g !== f || pick !== undefined) skip(g.ref, 'duplicate');
      }
      if (pick === undefined) skip(f.ref, 'no-matching-option');
      continue;
    }
    const v = type === 'category' ? undefined : fieldValue(type, f, data);
    let value: string | undefined;
    if (type !== 'category' && !v) {
      skip(f.ref, 'no-data');
      continue;
    }
    if (f.kind === 'select') {
      value = type === 'category' ? bestChoice(usable(f), data.categoryKeywords) : optionFor(f, v!);
      if (value === undefined) {
        skip(f.ref, 'no-matching-option');
        continue;
      }
    } else {
      value = v && fitValue(f, v, data);
      if (value === undefined) {
        skip(f.ref, v ? 'too-long' : 'no-matching-option');
        continue;
      }
    }
    plan.steps.push({ ref: f.ref, type, value });
  }
  return plan;
}
