import type { ChannelKind, Localized, RegionId, WalletSite } from '../sites/types';
import { shownFact } from './facts';
import { safeHref } from './href';
import type { GuidanceSituationId, SourcedFact } from './types';

/** One way to reach the provider, ready to render as a link or button. */
export interface DirectChannel {
  kind: ChannelKind;
  /** `tel:`, `mailto:` or `https:` only. */
  href: string;
  label: Localized;
  goodFor: Localized;
  region?: RegionId;
  /** Where the channel was checked: its source page, and a date or "unverified". */
  fact: SourcedFact;
}

/** What each kind of channel is good for (GUIDANCE-FACTS §1; `form` added by us). */
export const CHANNEL_GOOD_FOR: Readonly<Record<ChannelKind, Localized>> = {
  phone: {
    en: 'Urgent matters: freezing your account, fraud in progress.',
    zh: '紧急情况：冻结账户、诈骗正在发生。',
  },
  chat: { en: 'Quick back-and-forth and real-time answers.', zh: '即时沟通，快速得到答复。' },
  forum: {
    en: 'See others’ similar cases and staff replies; public pressure.',
    zh: '查看他人类似案例和官方回复；公开反映问题。',
  },
  email: {
    en: 'A detailed, written, dated record. Slower.',
    zh: '详细的书面记录，有日期可查；回复较慢。',
  },
  form: {
    en: 'A written request that gets a ticket number to quote later.',
    zh: '书面提交，获得工单号，便于后续跟进。',
  },
  social: {
    en: 'Getting attention when other channels stall.',
    zh: '其他渠道没有进展时，用来引起关注。',
  },
};

/** Channel kinds by urgency for each situation: fraud wants a voice now, refunds a record. */
const CHANNEL_ORDER: Readonly<Record<GuidanceSituationId, readonly ChannelKind[]>> = {
  fraud: ['phone', 'chat', 'form', 'email', 'social', 'forum'],
  'recovery-scam': ['phone', 'chat', 'form', 'email', 'social', 'forum'],
  security: ['phone', 'chat', 'form', 'email', 'forum', 'social'],
  'failed-transfer': ['chat', 'phone', 'form', 'email', 'forum', 'social'],
  refund: ['form', 'chat', 'email', 'phone', 'forum', 'social'],
  'follow-up': ['form', 'email', 'chat', 'phone', 'social', 'forum'],
  'support-page': ['chat', 'form', 'phone', 'email', 'forum', 'social'],
  general: ['chat', 'form', 'phone', 'email', 'forum', 'social'],
};

/** Whether a channel serving `channelRegion` is relevant to a user in `userRegion`. */
function servesRegion(channelRegion: RegionId | undefined, userRegion: RegionId): boolean {
  // A user who has not picked a region sees every channel rather than none.
  return !channelRegion || channelRegion === 'GLOBAL' || userRegion === 'GLOBAL' || channelRegion === userRegion;
}

/**
 * Every channel the registry lists for `site`, as direct actions ordered for `situation`
 * (registry order within a kind), keeping global channels and the user's region's ones; all of
 * them when none serves that region (a UK user of Alipay still needs Alipay's only hotline).
 * A channel whose link or source is not a safe `tel:`/`mailto:`/`https:` URL is dropped.
 */
export function channelsFor(
  site: WalletSite | null | undefined,
  opts: { situation: GuidanceSituationId; region: RegionId },
): DirectChannel[] {
  if (!site) return [];
  const order = CHANNEL_ORDER[opts.situation];
  const rank = (kind: ChannelKind) => {
    const i = order.indexOf(kind);
    return i < 0 ? order.length : i;
  };
  const safe = site.channels.filter((ch) => safeHref(ch.url) && safeHref(ch.source)?.startsWith('https:'));
  const local = safe.filter((ch) => servesRegion(ch.region, opts.region));
  const out: DirectChannel[] = [];
  for (const ch of local.length > 0 ? local : safe) {
    const href = safeHref(ch.url)!;
    out.push({
      kind: ch.kind,
      href,
      label: ch.label,
      goodFor: CHANNEL_GOOD_FOR[ch.kind],
      ...(ch.region ? { region: ch.region } : {}),
      fact: shownFact(ch),
    });
  }
  // Array.prototype.sort is stable, so registry order survives within a kind.
  return out.sort((a, b) => rank(a.kind) - rank(b.kind));
}
