import * as z from 'zod/mini';
import { checkAddress } from './address';
import { FACT_TYPES, type Fact, MAX_FACTS, MAX_FACT_VALUE, MAX_FACT_WHERE, NETWORKS } from './types';

const str = (max: number) => z.string().check(z.maxLength(max));

/** One fact as the probe sends it and a bundle carries it (DESIGN.md: the manifest's `facts`). */
export const factSchema = z.object({
  type: z.enum(FACT_TYPES),
  value: str(MAX_FACT_VALUE).check(z.minLength(1)),
  network: z.optional(z.enum(NETWORKS)),
  valid: z.optional(z.boolean()),
  where: z.optional(str(MAX_FACT_WHERE)),
  currency: z.optional(str(16)),
  iso: z.optional(str(40)),
});
export const factsSchema = z.array(factSchema).check(z.maxLength(MAX_FACTS));

const EVM_TX = /^0x[0-9a-fA-F]{64}$/;

/**
 * The probe's facts as the record keeps them: what the page said about a network or a checksum
 * is not taken on trust; each address is judged again here (an address no parser recognises is
 * dropped, one that fails its checksum is kept with valid: false).
 */
export function recheckFacts(facts: readonly Fact[]): Fact[] {
  const out: Fact[] = [];
  for (const f of facts) {
    const { network: _n, valid: _v, ...rest } = f;
    if (f.type === 'address') {
      const verdict = checkAddress(f.value);
      if (verdict) out.push({ ...rest, ...verdict });
    } else if (f.type === 'transaction-id') {
      out.push(
        EVM_TX.test(f.value)
          ? { ...rest, network: 'evm' }
          : f.network === 'solana' && f.value.length >= 86
            ? { ...rest, network: 'solana' }
            : rest,
      );
    } else out.push(rest);
  }
  return out;
}
