import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planFill } from '../../../lib/prefill/plan';
import type { FieldInfo, FillData } from '../../../lib/prefill/types';
import { RUNS, text } from './arbitraries';

const TYPES = [
  'name',
  'email',
  'phone',
  'account-id',
  'transaction-id',
  'amount',
  'currency',
  'date',
  'subject',
  'description',
  'category',
  'sensitive',
  null,
] as const;

const option = fc.record({ value: fc.oneof(text, fc.constantFrom('', 'CNY', 'USD', 'refund', 'payment')), text, disabled: fc.boolean() });
const rarely = fc.constantFrom(false, false, false, true);
const fieldAt = (ref: number) =>
  fc.record({
    ref: fc.constant(ref),
    kind: fc.constantFrom('input', 'select', 'textarea', 'editable'),
    inputType: fc.constantFrom('text', '', 'date', 'datetime-local', 'month', 'radio', 'email', 'tel'),
    type: fc.constantFrom(...TYPES),
    namePart: fc.option(fc.constantFrom('given', 'family'), { nil: undefined }),
    label: fc.oneof(text, fc.constantFrom('refund', 'payment problem', '退款')),
    group: fc.option(fc.constantFrom('g1', 'g2'), { nil: undefined }),
    value: text,
    readOnly: rarely,
    disabled: rarely,
    filled: rarely,
    maxLength: fc.option(fc.integer({ min: 1, max: 80 }), { nil: undefined }),
    options: fc.option(fc.array(option, { maxLength: 8 }), { nil: undefined }),
  }) as fc.Arbitrary<FieldInfo>;

const fields = fc.integer({ min: 0, max: 12 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => fieldAt(i))));
const maybe = fc.option(fc.oneof(text, fc.constantFrom('张伟', 'Jane Q Public', '+86 138 0013 8000', '1280.00', 'CNY', '2026-11-26')), {
  nil: undefined,
});
const data: fc.Arbitrary<FillData> = fc.record({
  name: maybe,
  email: maybe,
  phone: maybe,
  accountId: maybe,
  transactionId: maybe,
  amount: maybe,
  currency: maybe,
  dateIso: maybe,
  dateTimeLocal: maybe,
  dateText: maybe,
  subject: maybe,
  subjectShort: maybe,
  description: maybe,
  categoryKeywords: fc.array(fc.oneof(text, fc.constantFrom('refund', 'payment', '退款')), { maxLength: 4 }),
  locale: fc.constantFrom('en', 'zh'),
});

describe('planFill on hostile input (fast-check)', () => {
  it('never plans a sensitive, unknown, read-only, disabled or filled field; selects get only their own options', () => {
    let steps = 0;
    fc.assert(
      fc.property(fields, data, (fs, d) => {
        const plan = planFill(fs, d);
        const byRef = new Map(fs.map((f) => [f.ref, f]));
        const refs = plan.steps.map((s) => s.ref);
        expect(new Set(refs).size).toBe(refs.length);
        for (const step of plan.steps) {
          const f = byRef.get(step.ref)!;
          expect(f).toBeDefined();
          expect(f.type).not.toBe('sensitive');
          expect(f.type).not.toBeNull();
          expect(f.readOnly || f.disabled || f.filled).toBe(false);
          expect(step.type).toBe(f.type);
          expect(typeof step.value).toBe('string');
          if (f.inputType === 'radio') expect(step.value).toBe(f.value);
          else if (f.kind === 'select')
            expect((f.options ?? []).filter((o) => !o.disabled && o.value !== '').map((o) => o.value)).toContain(step.value);
          else if (f.maxLength) expect(step.value.length).toBeLessThanOrEqual(f.maxLength);
        }
        for (const s of plan.skipped) expect(byRef.has(s.ref)).toBe(true);
        steps += plan.steps.length;
      }),
      RUNS,
    );
    expect(steps, 'the generator must produce fillable plans').toBeGreaterThan(100);
  });
});
