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

/** Shown instead of the app when its code could not be loaded (for example, a damaged installation). */
export function StartFailedPage() {
  const { t } = useTranslation();
  return (
    <main className="centered-page">
      <p role="alert">{t('app.startFailed')}</p>
    </main>
  );
}
