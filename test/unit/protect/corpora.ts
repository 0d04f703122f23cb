import { readFileSync } from 'node:fs';
import path from 'node:path';

const DIR = path.resolve(import.meta.dirname, '../../fixtures/protect');
const lines = (file: string) =>
  readFileSync(path.join(DIR, file), 'utf8')
    .split('\n')
    .map((l) => l.replace(/#.*/, '').trim())
    .filter(Boolean);

/** Real legitimate hosts (test/fixtures/protect/legit-domains.txt). */
export const LEGIT_HOSTS = lines('legit-domains.txt');

/** Generated look-alikes: url, imitated site id, technique (test/fixtures/protect/lookalikes.txt). */
export const LOOKALIKES = lines('lookalikes.txt').map((l) => {
  const [url = '', siteId = '', technique = ''] = l.split('\t');
  return { url, siteId, technique };
});
