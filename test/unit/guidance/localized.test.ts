import { describe, expect, it } from 'vitest';
import type { FailureReason } from '../../../lib/detection/types';
import {
  BODIES,
  CHANNEL_GOOD_FOR,
  DEADLINE_RULES,
  FAILED_TRANSFER_CHECKS,
  FAILED_TRANSFER_LEADS,
  REGIONS,
  SITUATIONS,
  SITUATION_IDS,
  escalationSuggestion,
  guidanceFor,
} from '../../../lib/guidance';
import { SITES } from '../../../lib/sites';
import type { RegionId, WalletSite } from '../../../lib/sites/types';
import { alipayLike, noChannels } from './fixtures';

const CJK = /[\u3400-\u9fff]/;
const REGION_IDS = Object.keys(REGIONS) as RegionId[];
const REASONS: FailureReason[] = [
  'insufficient-funds',
  'verification-required',
  'network-or-system',
  'declined-by-recipient-or-bank',
  'unknown',
];
const SITE_CASES: (WalletSite | null)[] = [null, noChannels, alipayLike, ...SITES];

/** Columns a string takes: CJK and full-width characters count two. */
function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1;
  return w;
}

/** Every {en, zh} pair anywhere inside `value`, with its path. */
function localizedIn(value: unknown, path = '$', out: [string, { en: unknown; zh: unknown }][] = []) {
  if (Array.isArray(value)) for (const [i, v] of value.entries()) localizedIn(v, `${path}[${i}]`, out);
  else if (value && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    if ('en' in obj || 'zh' in obj) out.push([path, obj as { en: unknown; zh: unknown }]);
    else for (const [k, v] of Object.entries(obj)) localizedIn(v, `${path}.${k}`, out);
  }
  return out;
}

function expectAllLocalized(value: unknown) {
  const found = localizedIn(value);
  expect(found.length).toBeGreaterThan(0);
  for (const [path, l] of found) {
    expect(typeof l.en === 'string' && l.en.trim().length > 0, `${path}.en`).toBe(true);
    expect(typeof l.zh === 'string' && l.zh.trim().length > 0, `${path}.zh`).toBe(true);
    expect(CJK.test(l.zh as string), `${path}.zh has CJK: ${String(l.zh)}`).toBe(true);
  }
}

/** Every resolved guidance the popup can show, for every region, reason and kind of site. */
function everyGuidance() {
  const out = [];
  for (const region of REGION_IDS) {
    for (const site of SITE_CASES) {
      for (const situation of SITUATION_IDS) {
        if (situation === 'failed-transfer') {
          for (const reason of REASONS) out.push(guidanceFor({ situation, reason, site, region }));
        } else out.push(guidanceFor({ situation, site, region }));
      }
    }
  }
  return out;
}

describe('every user-facing string exists in English and Simplified Chinese', () => {
  it('in the data', () => {
    expectAllLocalized(SITUATIONS);
    expectAllLocalized(FAILED_TRANSFER_LEADS);
    expectAllLocalized(FAILED_TRANSFER_CHECKS);
    expectAllLocalized(BODIES);
    expectAllLocalized(REGIONS);
    expectAllLocalized(DEADLINE_RULES);
    expectAllLocalized(CHANNEL_GOOD_FOR);
  });

  it('in every resolved guidance and escalation suggestion', () => {
    expectAllLocalized(everyGuidance());
    for (const region of REGION_IDS) {
      expectAllLocalized(escalationSuggestion(region, 'fraud', 'payment-app'));
      expectAllLocalized(escalationSuggestion(region, 'refund', 'merchant'));
    }
  });

  it('with no placeholder left', () => {
    for (const g of everyGuidance()) {
      for (const l of [g.title, g.intro, ...g.steps.flatMap((s) => [s.text, s.detail, s.link?.label])]) {
        if (!l) continue;
        expect(`${l.en} ${l.zh}`).not.toMatch(/[{}]/);
      }
    }
  });

  it('with steps short enough for a 360px popup (measured with the generic provider name)', () => {
    for (const region of REGION_IDS) {
      for (const situation of SITUATION_IDS) {
        for (const reason of REASONS) {
          for (const s of guidanceFor({ situation, reason, site: null, region }).steps) {
            expect(s.text.en.length, s.text.en).toBeLessThanOrEqual(120);
            expect(displayWidth(s.text.zh), s.text.zh).toBeLessThanOrEqual(124);
          }
        }
      }
    }
  });
});
