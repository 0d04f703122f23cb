import type { Fact } from '../facts/types';
import type { ReportText } from './report-text';

/** The facts read from a capture's page: kind, value as shown, and for addresses the checksum verdict, in words. */
export function factsTable(facts: readonly Fact[], t: ReportText, esc: (v: unknown) => string): string {
  if (!facts.length) return '';
  const rows = facts.map((f) => {
    const extra = [f.currency, f.network && t.networks[f.network], f.iso && f.iso !== f.value ? f.iso : undefined]
      .filter(Boolean)
      .join(' · ');
    const verdict =
      f.valid === true ? ` · ${esc(t.checksumOk)}` : f.valid === false ? ` <strong class="bad">${esc(t.checksumBad)}</strong>` : '';
    return `<tr><th>${esc(t.factKinds[f.type] ?? f.type)}</th><td><code>${esc(f.value)}</code>${extra ? ` ${esc(extra)}` : ''}${verdict}</td><td><small>${esc(f.where ?? '')}</small></td></tr>`;
  });
  return `<table class="facts"><caption>${esc(t.facts)}</caption><tr><th></th><th></th><th><small>${esc(t.factWhere)}</small></th></tr>${rows.join('')}</table>`;
}
