import { useTranslation } from 'react-i18next';
import type { Session } from '../../auth/session';
import { Button } from '../../ui';
import { Brand } from './Brand';
import { ChangeSecretForm } from './ChangeSecretForm';

/** Shown after signing in with a temporary secret: the person must choose their own first. */
export function ChangeSecretScreen({
  session,
  onChanged,
  onSignOut,
}: {
  readonly session: Session;
  readonly onChanged: () => void;
  readonly onSignOut: () => void;
}) {
  const { t } = useTranslation();
  return (
    <main className="centered-page">
      <div className="card centered-page__card">
        <Brand />
        <h1>{t('changeSecret.title')}</h1>
        <p className="muted">{t('changeSecret.intro')}</p>
        <ChangeSecretForm
          session={session}
          currentLabel={t('changeSecret.current')}
          submitLabel={t('changeSecret.submit')}
          onChanged={onChanged}
        />
        <p style={{ marginTop: 'var(--space-4)' }}>
          <Button variant="ghost" onClick={onSignOut}>
            {t('app.signOut')}
          </Button>
        </p>
      </div>
    </main>
  );
}
