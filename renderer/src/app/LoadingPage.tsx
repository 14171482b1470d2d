import { useTranslation } from 'react-i18next';

/**
 * A whole page that says "Loading…" while the next screen's code or data arrives. It is a polite status
 * message, laid out like the roster and lock screens so nothing jumps when they replace it.
 */
export function LoadingPage() {
  const { t } = useTranslation();
  return (
    <main className="centered-page">
      <p className="muted" role="status">
        {t('app.loading')}
      </p>
    </main>
  );
}
