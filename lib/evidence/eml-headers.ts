import PostalMime from 'postal-mime';
import type { Address } from 'postal-mime';
import type { EmailHeaders } from '../db/types';

/** Header sections beyond this are not read (the message itself is kept whole either way). */
const MAX_HEADER_BYTES = 1024 * 1024;

const addr = (a: Address | undefined): string =>
  !a ? '' : a.group ? `${a.name}: ${a.group.map(addr).join(', ')}` : a.name ? `${a.name} <${a.address}>` : a.address;

/**
 * Date, From, To, Subject and Message-ID of a saved e-mail, as the message states them
 * (postal-mime, pinned), and whether it carries a DKIM-Signature. Only the header section is
 * parsed. Nothing here is verified: a header says what its writer wanted it to say.
 */
export async function emlHeaders(raw: Blob): Promise<EmailHeaders> {
  const head = new Uint8Array(await raw.slice(0, MAX_HEADER_BYTES).arrayBuffer());
  const end = headerEnd(head);
  const email = await PostalMime.parse(head.slice(0, end), { maxHeadersSize: MAX_HEADER_BYTES });
  const out: EmailHeaders = { dkimSignature: email.headers.some((h) => h.key === 'dkim-signature') };
  if (email.date) out.date = email.date;
  if (email.from) out.from = addr(email.from);
  if (email.to?.length) out.to = email.to.map(addr).join(', ');
  if (email.subject) out.subject = email.subject;
  if (email.messageId) out.messageId = email.messageId;
  return out;
}

/** Where the header section ends (after the first empty line), or the whole buffer. */
function headerEnd(b: Uint8Array): number {
  for (let i = 0; i + 1 < b.length; i++) {
    if (b[i] === 0x0a && b[i + 1] === 0x0a) return i + 2;
    if (b[i] === 0x0a && b[i + 1] === 0x0d && b[i + 2] === 0x0a) return i + 3;
  }
  return b.length;
}
