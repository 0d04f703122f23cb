import type { ImportRecord } from '../db/types';
import type { CaseImport } from './bundle-write';
import type { ReportImport } from './report';

/** Every import of the case (nested ones too) as the report lists it; file links point into imported/<n>/. */
export function reportImports(imports: CaseImport[]): ReportImport[] {
  const top = imports.filter((i) => !i.row.within).map((i) => i.row.id);
  const rows = new Map(imports.map((i) => [i.row.id, i.row]));
  const dirOf = (row: ImportRecord): string => {
    const parent = row.within ? rows.get(row.within) : undefined;
    return parent ? `${dirOf(parent)}${row.dir}/` : `imported/${top.indexOf(row.id) + 1}/`;
  };
  return imports.map(({ row }) => ({
    fileName: row.fileName,
    importedAt: row.importedAt,
    within: row.within ? rows.get(row.within)?.fileName : undefined,
    signature: row.signature,
    problems: row.problems,
    items: row.records
      .filter((r) => r.kind === 'capture')
      .map((r) => ({
        record: r,
        flags: r.flags,
        files: r.artifacts.flatMap((a) => {
          const path = row.files.find((f) => f.blobId === a.blobId)?.path;
          return path ? [{ name: a.name, path: `${dirOf(row)}${path}` }] : [];
        }),
      })),
  }));
}

export function base64(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}
