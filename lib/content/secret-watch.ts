import { secretKind, type SecretKind } from '../protect/secret';

/** Fields whose label says they hold a transaction hash: 64 hex digits there are not a key. */
const HASH_FIELD = /tx|hash|transaction|txid|交易|哈希/i;

function describes(el: Element): string {
  return ['name', 'id', 'placeholder', 'aria-label'].map((a) => el.getAttribute(a) ?? '').join(' ');
}

function editable(target: EventTarget | null): HTMLInputElement | HTMLTextAreaElement | HTMLElement | null {
  if (target instanceof HTMLTextAreaElement) return target;
  if (target instanceof HTMLInputElement && /^(text|search|password|email|url|tel|)$/i.test(target.type)) return target;
  if (target instanceof HTMLElement && target.isContentEditable) return target;
  return null;
}

function fieldText(el: HTMLElement): string {
  return el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement ? el.value : (el.textContent ?? '');
}

export interface SecretWarning {
  kind: SecretKind;
  field: HTMLElement;
  /** For a paste held back: put the text in after all (the user chose "Paste anyway"). */
  pasteAnyway?: () => void;
}

/**
 * Watches what is pasted or typed into fields for a recovery phrase or a private key, and warns
 * first: a paste is held back until the user chooses; typing is checked as it happens. The value
 * is only read to check it, in this isolated world, and is kept nowhere: a held-back paste lives
 * in the closure of `pasteAnyway` until the user decides, then is dropped.
 */
export function watchSecrets(signal: AbortSignal, warn: (w: SecretWarning) => void): void {
  const kindFor = (field: HTMLElement, text: string) => {
    const kind = secretKind(text);
    return kind === 'private-key' && HASH_FIELD.test(describes(field)) ? null : kind;
  };
  window.addEventListener(
    'paste',
    (e) => {
      const field = editable(e.target);
      const text = (e as ClipboardEvent).clipboardData?.getData('text/plain') ?? '';
      const kind = field ? kindFor(field, text) : null;
      if (!field || !kind) return;
      // Held back before the page's own listeners see it (ours is the first capture listener).
      e.preventDefault();
      e.stopImmediatePropagation();
      let pending: string | null = text;
      warn({
        kind,
        field,
        pasteAnyway: () => {
          if (pending === null) return;
          field.focus();
          document.execCommand('insertText', false, pending);
          pending = null;
        },
      });
    },
    { capture: true, signal },
  );
  let warned: EventTarget | null = null;
  window.addEventListener(
    'input',
    (e) => {
      const field = editable(e.target);
      // Cheap first: nothing shorter than twelve short words can be a phrase.
      if (!field || field === warned || fieldText(field).length < 47) return;
      const kind = kindFor(field, fieldText(field));
      if (!kind) return;
      warned = field;
      warn({ kind, field });
    },
    { capture: true, signal },
  );
}
