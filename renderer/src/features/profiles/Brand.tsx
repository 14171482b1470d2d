import { useTranslation } from 'react-i18next';

/** The app's name and mark, shown on the pages before sign-in. */
export function Brand({ organisationName }: { readonly organisationName?: string }) {
  const { t } = useTranslation();
  return (
    <p className="brand">
      <span className="brand__mark" aria-hidden="true">
        S
      </span>
      <span>
        {t('app.name')}
        {organisationName ? <span className="muted"> · {organisationName}</span> : null}
      </span>
    </p>
  );
}
