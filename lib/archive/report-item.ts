import { firefoxWithoutArchive } from '../evidence/archive-note';
import { itemTitle, recordWords } from '../evidence/record-kinds';
import { snapshotFacts } from '../evidence/snapshot-facts';
import type { ReportItem } from './report';
import { factsTable } from './report-facts';
import type { ReportImage } from './report-images';
import { intakeRows } from './report-intake';
import type { ReportText } from './report-text';
import { flagWords } from './verdict';

/** Every interpolated string goes through this: page titles and URLs are hostile input. */
export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * One evidence item onto `out`: its header, facts and times, every file with its SHA-256, then
 * every image at the page's width, each slice a chunk of its own. An erased item says so and
 * shows nothing of its content.
 */
export function renderItem(item: ReportItem, t: ReportText, lang: 'en' | 'zh', out: string[]): void {
  const { record: r } = item;
  const m = r.meta;
  const url = m?.url ?? '';
  // Only web addresses become links; anything else (javascript:, data:) stays text.
  const urlHtml = /^https?:\/\//i.test(url) ? `<a href="${escapeHtml(url)}">${escapeHtml(url)}</a>` : escapeHtml(url);
  const row = (k: string, v: string) => `<tr><th>${escapeHtml(k)}</th><td>${v}</td></tr>`;
  const facts = snapshotFacts(m?.snapshot);
  const blanked = facts && Object.entries(facts.blanked).map(([kind, n]) => t.count(n, t.kinds[kind as keyof typeof t.kinds]));
  const left = m
    ? row(t.blanked, escapeHtml(!blanked ? t.notRecorded : blanked.join(', ') || t.blankedNone)) +
      row(t.fonts, escapeHtml(facts ? t.fontsCount(facts.fonts.kept, facts.fonts.dropped) : t.notRecorded))
    : '';
  out.push(`<section class="item" id="e${r.seq}"><h3>#${r.seq} ${escapeHtml(itemTitle(r))}</h3>
${item.origin ? `<p class="origin">${item.origin.map(escapeHtml).join(' · ')}</p>` : ''}${item.legacySeq ? `<p class="origin">${escapeHtml(t.legacy.replace('$1', String(item.legacySeq)))}</p>` : ''}${item.flags?.length ? `<ul class="flags">${item.flags.map((f) => `<li>${escapeHtml(flagWords(f, lang))}</li>`).join('')}</ul>` : ''}
${item.deletedAt ? `<p class="deleted">${escapeHtml(recordWords(lang).erased(item.deletedAt))}</p>` : ''}<table>
${row(t.captured, `<code>${escapeHtml(m?.capturedAt ?? r.recordedAt)}</code>`)}${row(t.url, urlHtml)}${row(t.pageTitle, escapeHtml(m?.title ?? ''))}
${m?.note ? row(t.note, escapeHtml(m.note).replace(/\n/g, '<br>')) : ''}${left}${row(t.digest, `<code>${escapeHtml(r.digest)}</code>`)}${row(t.prev, `<code>${escapeHtml(r.prevDigest)}</code>`)}
${intakeRows(r, item.filedAt, lang, row, escapeHtml)}</table>${firefoxWithoutArchive(r) ? `<p>${escapeHtml(t.noMhtml)}</p>` : ''}
${item.deletedAt ? '' : factsTable(m?.facts ?? [], t, escapeHtml)}${item.deletedAt ? '' : filesTable(item, t)}`);
  if (!item.deletedAt) for (const img of item.images ?? []) renderImage(img, sha256Of(item, img.name), t, out);
  out.push('</section>\n');
}

const sha256Of = (item: ReportItem, name: string) => item.record.artifacts.find((a) => a.name === name)?.sha256 ?? '';

/** Every file of the item with its type, size and full SHA-256 (never wrapped); a link where the bundle holds it. */
function filesTable(item: ReportItem, t: ReportText): string {
  const paths = new Map(item.files.map((f) => [f.name, f.path]));
  const rows = item.record.artifacts.map((a) => {
    const path = paths.get(a.name);
    const name = path ? `<a href="${escapeHtml(path)}">${escapeHtml(a.name)}</a>` : escapeHtml(a.name);
    return `<li>${name} · ${escapeHtml(a.type)} · ${escapeHtml(t.bytes(a.size))}<br>SHA-256 <code class="sha">${escapeHtml(a.sha256)}</code></li>`;
  });
  return rows.length ? `<p class="files-head">${escapeHtml(t.files)}</p><ul class="files">${rows.join('')}</ul>` : '';
}

/** The image under its name and SHA-256; each slice a figure of its own that says which rows it shows. */
function renderImage(img: ReportImage, sha256: string, t: ReportText, out: string[]): void {
  const caption = `${escapeHtml(t.image(img.name))} <code class="sha">${escapeHtml(sha256)}</code>`;
  if (!img.slices.length) {
    out.push(`<p class="image">${caption}<br><span class="bad">${escapeHtml(t.notShown)}</span></p>`);
    return;
  }
  const n = img.slices.length;
  img.slices.forEach((s, k) => {
    const prev = img.slices[k - 1];
    const overlap = prev ? prev.top + prev.height - s.top : 0;
    const part =
      n > 1 ? `<br>${escapeHtml(t.slice(k + 1, n, s.top, s.top + s.height, img.height) + (overlap > 0 ? t.overlap(overlap) : ''))}` : '';
    const alt = n > 1 ? `${img.name} ${k + 1}/${n}` : img.name;
    out.push(
      `<figure class="slice"><figcaption>${caption}${part}</figcaption><img alt="${escapeHtml(alt)}" width="${img.width}" height="${s.height}" src="`,
    );
    // The data: URL is its own chunk: it is most of the report's size.
    out.push(s.src.startsWith('data:image/') ? escapeHtml(s.src) : '');
    out.push('"></figure>\n');
  });
}
