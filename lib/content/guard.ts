import type { ProtectionReport } from '../background/protection';
import { pick, t } from '../i18n';
import { send } from '../message-send';
import { readProtectPage } from '../protect/page-read';
import { showBanner, type Banner } from './banner';
import type { Lifetime } from './lifetime';
import { watchSecrets, type SecretWarning } from './secret-watch';

function siteMessage(r: ProtectionReport): [string, string] | null {
  const v = r.verdict;
  if (!v) return null;
  const name = r.siteNames ? pick(r.siteNames) : '';
  if (v.kind === 'recovery-scam') return [t('bannerRecoveryTitle'), t('bannerRecoveryBody')];
  if (v.kind === 'fake-support') return [t('bannerFakeSupportTitle'), t('bannerFakeSupportBody', name)];
  return [t('bannerLookalikeTitle'), name ? t('bannerLookalikeBody', [v.host, name]) : t('bannerPhishingBody', v.host)];
}

/**
 * The opt-in guard (entrypoints/guard.ts): asks the background about this page's address as the
 * page starts, and about its text once the document is parsed; shows the banner on a verdict,
 * before the user can type. Watches pastes and typing for a recovery phrase or private key.
 * Leaves nothing in the page but the banner: no globals (isolated world), no events, no attributes.
 */
export function runGuard(life: Lifetime): void {
  let banner: Banner | null = null;
  let settled = false;
  const close = () => {
    banner?.remove();
    banner = null;
  };
  const show = (r: ProtectionReport | null) => {
    if (settled || !life.alive() || !r?.verdict) return;
    settled = true;
    if (r.trusted) return;
    const [title, message] = siteMessage(r)!;
    close();
    banner = showBanner(title, message, [
      {
        label: t('bannerLeave'),
        primary: true,
        run: () => (history.length > 1 ? history.back() : void send('guard-leave', {}).catch(() => undefined)),
      },
      {
        label: t('bannerTrust'),
        run: () => {
          close();
          void send('guard-trust', {}).catch(() => undefined);
        },
      },
    ]);
  };
  const check = (reading: ReturnType<typeof readProtectPage> | null) =>
    send<ProtectionReport | null>('guard-check', { url: location.href, reading }).then(show, () => undefined);

  void check(null);
  const readText = () => {
    if (!settled && life.alive()) void check(readProtectPage(document));
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', readText, { once: true, signal: life.signal });
  else readText();

  watchSecrets(life.signal, (w: SecretWarning) => {
    close();
    const message = w.kind === 'recovery-phrase' ? t('bannerSecretPhrase') : t('bannerSecretKey');
    const clear = () => {
      if (w.field instanceof HTMLInputElement || w.field instanceof HTMLTextAreaElement) {
        const proto = w.field instanceof HTMLInputElement ? HTMLInputElement.prototype : HTMLTextAreaElement.prototype;
        Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(w.field, '');
      } else w.field.textContent = '';
      w.field.dispatchEvent(new Event('input', { bubbles: true }));
    };
    const { pasteAnyway } = w;
    banner = showBanner(
      t('bannerSecretTitle'),
      message,
      pasteAnyway
        ? [
            { label: t('bannerDontPaste'), primary: true, run: close },
            {
              label: t('bannerPasteAnyway'),
              run: () => {
                close();
                pasteAnyway();
              },
            },
          ]
        : [
            {
              label: t('bannerClearField'),
              primary: true,
              run: () => {
                clear();
                close();
              },
            },
            { label: t('bannerClose'), run: close },
          ],
    );
  });
}
