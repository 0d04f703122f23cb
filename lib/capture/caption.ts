/** Height of the strip in CSS px. */
const STRIP = 32;

/**
 * A copy of a screenshot with a strip below it naming the page's address and the capture time
 * (browser only: OffscreenCanvas). The screenshot itself is stored unchanged beside it: the strip
 * is for people reading a printout, the original pixels are the evidence.
 */
export async function withCaption(png: Uint8Array, text: string, devicePixelRatio: number): Promise<Blob> {
  const scale = devicePixelRatio > 0 ? devicePixelRatio : 1;
  const bitmap = await createImageBitmap(new Blob([png as BlobPart], { type: 'image/png' }));
  const strip = Math.round(STRIP * scale);
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height + strip);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2d context');
  ctx.drawImage(bitmap, 0, 0);
  bitmap.close();
  ctx.fillStyle = '#1b1b1b';
  ctx.fillRect(0, canvas.height - strip, canvas.width, strip);
  ctx.fillStyle = '#ffffff';
  ctx.font = `${Math.round(13 * scale)}px sans-serif`;
  ctx.textBaseline = 'middle';
  ctx.fillText(text, 8 * scale, canvas.height - strip / 2, canvas.width - 16 * scale);
  return canvas.convertToBlob({ type: 'image/png' });
}
