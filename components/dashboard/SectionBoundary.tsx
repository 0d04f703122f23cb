import { Component, type ReactNode, useState } from 'react';
import { t } from '@/lib/i18n';

/**
 * One dashboard section's error boundary. A record with odd but schema-valid values (written by
 * an older or newer version, or imported) that a section cannot render shows a message in that
 * section only; the rest of the page keeps working. The error text is shown as text.
 */
export class SectionBoundary extends Component<{ name: string; children: ReactNode }, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <section className="notice bad" role="alert" aria-label={this.props.name}>
        <p>{t('sectionFailed', this.props.name)}</p>
        <p className="muted">{error.message.slice(0, 300)}</p>
        <button type="button" onClick={() => this.setState({ error: null })}>
          {t('sectionRetry')}
        </button>
      </section>
    );
  }
}

/** Hands an error from async work (an effect, a click) to the nearest section boundary, which
 * only sees errors thrown while rendering: the next render rethrows it. */
export function useSectionError(): (error: unknown) => void {
  const [, set] = useState<null>(null);
  return (error) =>
    set(() => {
      throw error;
    });
}
