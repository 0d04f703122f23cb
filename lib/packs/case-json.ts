// case.json: the pack in machine-readable form. Versioned; its JSON Schema (case.schema.json in
// every pack) is generated from this zod schema, and the README documents it field by field.
import * as z from 'zod/mini';
import { factSchema } from '../facts/schema';
import type { Pack } from './pack';

const CASE_JSON_FORMAT = 'wallet-witness-complaint-pack';
const CASE_JSON_VERSION = 1;

const hex64 = z.string().check(z.regex(/^[0-9a-f]{64}$/));
const text = z.string().check(z.maxLength(20_000));
const localized = z.object({ en: text, zh: text });
const narrativeSchema = z.object({ happened: text, asked: text, answered: text, want: text });

const caseJsonSchema = z.object({
  format: z.literal(CASE_JSON_FORMAT),
  version: z.literal(CASE_JSON_VERSION),
  generatedAt: z.string(),
  extensionVersion: z.string(),
  destination: z.object({
    id: z.string(),
    name: localized,
    lang: z.enum(['en', 'zh']),
    fieldList: z.object({
      source: z.optional(z.string()),
      sourceName: z.optional(z.string()),
      checked: z.optional(z.string()),
      unverified: z.optional(z.boolean()),
      note: localized,
    }),
  }),
  case: z.object({
    id: z.string(),
    provider: z.string(),
    siteId: z.nullable(z.string()),
    region: z.string(),
    situation: z.string(),
    remedy: z.string(),
    status: z.string(),
    createdAt: z.string(),
    finalAnswerAt: z.optional(z.string()),
  }),
  fields: z.array(z.object({ id: z.string(), label: localized, value: text, invalid: z.optional(z.array(z.string())) })),
  narrative: z.object({ en: narrativeSchema, zh: narrativeSchema }),
  facts: z.array(z.extend(factSchema, { sources: z.array(z.object({ evidenceId: z.string(), seq: z.number() })) })),
  evidence: z.array(
    z.object({
      id: z.string(),
      seq: z.int(),
      kind: z.enum(['capture', 'attachment']),
      title: z.string(),
      at: z.string(),
      digest: hex64,
      files: z.array(z.object({ name: z.string(), path: z.string(), type: z.string(), size: z.number(), sha256: hex64 })),
    }),
  ),
  chainHead: z.nullable(z.object({ seq: z.int(), digest: hex64 })),
});

export type CaseJson = z.infer<typeof caseJsonSchema>;

/** The JSON Schema (draft 2020-12) of case.json, written beside it in every pack. */
export function caseJsonSchemaDocument(): unknown {
  return z.toJSONSchema(caseJsonSchema);
}

interface CaseJsonInput {
  pack: Pack;
  case: Pick<CaseJson['case'], 'id' | 'provider' | 'siteId' | 'region' | 'situation' | 'remedy' | 'status' | 'createdAt' | 'finalAnswerAt'>;
  generatedAt: string;
  extensionVersion: string;
  chainHead: { seq: number; digest: string } | null;
}

/** case.json for a pack (of the evidence selected: `pack.evidence` as it goes in the zip). */
export function caseJson(input: CaseJsonInput): CaseJson {
  const { pack } = input;
  const d = pack.destination;
  const { id, provider, siteId, region, situation, remedy, status, createdAt, finalAnswerAt } = input.case;
  return {
    format: CASE_JSON_FORMAT,
    version: CASE_JSON_VERSION,
    generatedAt: input.generatedAt,
    extensionVersion: input.extensionVersion,
    destination: { id: d.id, name: d.name, lang: d.lang, fieldList: { ...d.fieldList.read, note: d.fieldList.note } },
    case: { id, provider, siteId, region, situation, remedy, status, createdAt, ...(finalAnswerAt ? { finalAnswerAt } : {}) },
    fields: pack.fields,
    narrative: pack.narrative,
    facts: pack.facts.map(({ sources, ...f }) => ({ ...f, sources: sources.map(({ evidenceId, seq }) => ({ evidenceId, seq })) })),
    evidence: pack.evidence,
    chainHead: input.chainHead,
  };
}

/** Reads a case.json: the parsed pack, or the first problem found in words. */
export function readCaseJson(raw: string): { ok: true; value: CaseJson } | { ok: false; error: string } {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (err) {
    return { ok: false, error: `not JSON: ${(err as Error).message}` };
  }
  const r = caseJsonSchema.safeParse(data);
  if (r.success) return { ok: true, value: r.data };
  const issue = r.error.issues[0];
  return { ok: false, error: `${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'invalid'}` };
}
