import type { FieldShape } from '../prefill/plan';
import type { FieldType } from '../prefill/classify';
import type { BodyId } from '../guidance/types';
import type { FactCheck, Localized, RegionId } from '../sites/types';

/** The case's own facts a field can list (every value read from the evidence, one a line). */
type FactList = 'transaction-id' | 'address' | 'amount' | 'datetime' | 'reference' | 'counterparty' | 'url';

/** The four parts of the narrative (lib/packs/narrative.ts); `all` is them in order. */
export type NarrativePart = 'happened' | 'asked' | 'answered' | 'want';

/**
 * Where a field's value comes from. `fill`: the prefill's own mapping (lib/prefill/plan.ts
 * fieldValue), so a pack and a prefilled web form say the same thing in the same box.
 */
export type FieldSource =
  | { fill: Exclude<FieldType, 'category' | 'description'>; shape?: Partial<FieldShape> }
  | { facts: FactList }
  | { case: 'provider' | 'final-answer' | 'references' | 'situation' | 'exchange' }
  | { narrative: NarrativePart | 'all' };

interface PackField {
  id: string;
  /** The destination's own wording first (its language), with the other language beside it. */
  label: Localized;
  from: FieldSource;
}

export type DestinationId =
  | 'provider'
  | 'us-cfpb'
  | 'us-ic3'
  | 'uk-fos'
  | 'uk-report-fraud'
  | 'eu-adr'
  | 'cn-12315'
  | 'cn-12378'
  | 'cn-12363';

/** Where the field list was read (absent: the extension's own list); `note` says what was found. */
interface FieldListSource {
  read?: FactCheck & { sourceName: string };
  note: Localized;
}

export interface Destination {
  id: DestinationId;
  /** The escalation body it files with (lib/guidance); none for the provider's own form. */
  body?: BodyId;
  region?: RegionId;
  name: Localized;
  /** The language the destination takes complaints in. */
  lang: 'en' | 'zh';
  fields: PackField[];
  fieldList: FieldListSource;
}
