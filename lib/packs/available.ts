import type { CaseRecord } from '../db/types';
import { coverageNote } from '../guidance/coverage';
import { escalationSuggestion, providerKindFor } from '../guidance/escalation';
import { REGIONS } from '../guidance/regions';
import type { Localized, WalletSite } from '../sites/types';
import { CN_DESTINATIONS } from './destinations-cn';
import { PROVIDER, WEST_DESTINATIONS } from './destinations-west';
import type { Destination, DestinationId } from './types';

export const DESTINATIONS: readonly Destination[] = [...WEST_DESTINATIONS, ...CN_DESTINATIONS];

interface Absent {
  id: DestinationId;
  name: Localized;
  why: Localized;
}

const NO_PROVIDER: Localized = {
  en: 'The case names no provider.',
  zh: '此投诉未写明平台。',
};

/**
 * The destinations a case can go to, by the guidance's own rules (lib/guidance/escalation.ts):
 * a body is offered when the escalation steps for the case's region, situation and provider name
 * it, so a crypto exchange gets no FOS or 12315 pack; every other destination says why not.
 */
export function destinationsFor(c: Pick<CaseRecord, 'region' | 'situation' | 'provider' | 'siteId'>, site: WalletSite | null) {
  const kind = providerKindFor(site);
  const named = new Set(escalationSuggestion(c.region, c.situation, kind).flatMap((s) => (s.body ? [s.body.id] : [])));
  const offered: Destination[] = [];
  const absent: Absent[] = [];
  for (const d of DESTINATIONS) {
    if (d === PROVIDER) {
      if (c.provider.trim() || site) offered.push({ ...d, lang: c.region === 'CN' ? 'zh' : 'en' });
      else absent.push({ id: d.id, name: d.name, why: NO_PROVIDER });
    } else if (d.body && named.has(d.body)) offered.push(d);
    else absent.push({ id: d.id, name: d.name, why: whyNot(d, c, kind) });
  }
  return { offered, absent };
}

function whyNot(d: Destination, c: Pick<CaseRecord, 'region' | 'situation'>, kind: ReturnType<typeof providerKindFor>): Localized {
  const region = d.region ? REGIONS[d.region].name : null;
  if (d.region !== c.region && region)
    return {
      en: `Only for complaints in ${region.en}; this case is set to ${REGIONS[c.region].name.en}.`,
      zh: `仅适用于${region.zh}的投诉；此投诉所在地区为${REGIONS[c.region].name.zh}。`,
    };
  if (c.situation !== 'fraud' && (d.id === 'us-ic3' || d.id === 'uk-report-fraud'))
    return { en: 'For reporting fraud: this case is not marked as fraud.', zh: '用于举报诈骗：此投诉未标记为诈骗。' };
  const note = coverageNote(c.region, kind);
  if (note) return note.text;
  return { en: 'Not the body for this kind of provider.', zh: '不是受理此类机构投诉的部门。' };
}
