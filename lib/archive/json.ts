import type * as z from 'zod/mini';
import { ArchiveError } from './errors';

/**
 * Parse an archive's JSON. Every object comes out with a null prototype, so a member named
 * `__proto__`, `constructor` or `prototype` stays an ordinary member wherever the value is later
 * copied (an assignment to `__proto__` on a plain object would change its prototype instead).
 */
export function parseJson(bytes: Uint8Array, file: string): unknown {
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes), (_key, value: unknown) =>
      value !== null && typeof value === 'object' && !Array.isArray(value) ? Object.assign(Object.create(null), value) : value,
    );
  } catch (err) {
    throw new ArchiveError('bad-manifest', `${file} is not JSON: ${err instanceof Error ? err.message : String(err)}`);
  }
}

/**
 * Check `value` against `schema` and return `value` itself, not the schema's copy: a copy would
 * drop members named `__proto__` and so change what a digest is computed over. Schemas here
 * only check (no defaults, no transforms), so the value is exactly what they accepted.
 */
export function checked<S extends z.ZodMiniType>(schema: S, value: unknown, file: string): z.infer<S> {
  const result = schema.safeParse(value);
  if (!result.success) {
    const detail = result.error.issues
      .slice(0, 3)
      .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
      .join('; ');
    throw new ArchiveError('bad-manifest', `${file}: ${detail}`);
  }
  return value as z.infer<S>;
}
