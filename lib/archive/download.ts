/** Save bytes as a file from an extension page (an anchor download: no extra permission). */
export function downloadBytes(bytes: Uint8Array, filename: string, type: string): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** `wallet-witness-<provider>-<date>-<id8>.zip`, ASCII only. */
export function bundleFileName(provider: string, caseId: string, now: Date): string {
  const slug =
    provider
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'case';
  return `wallet-witness-${slug}-${now.toISOString().slice(0, 10)}-${caseId.slice(0, 8)}.zip`;
}
