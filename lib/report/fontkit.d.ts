// fontkit 2 ships no types; pdf-lib's Fontkit type describes what it uses (lib/report/pdf-font.ts).
declare module 'fontkit' {
  export function create(bytes: Uint8Array): unknown;
}
