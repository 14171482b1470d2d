import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session } from '../../auth/session';
import { Button } from '../../ui';
import { Brand } from './Brand';
import { getRosterEntry } from './roster.repo';
import { SignInForm } from './SignInForm';

/** The locked screen: only the person's name remains; their secret unlocks it, or someone else signs in. */
export function LockScreen({
  personId,
  displayName,
  onUnlocked,
  onSwitchUser,
  onShown,
}: {
  readonly personId: string;
  readonly displayName: string;
  readonly onUnlocked: (session: Session, mustChangeSecret: boolean) => void;
  readonly onSwitchUser: () => void;
  /** Called once the person's sign-in kind has been read and the form is on screen. */
  readonly onShown?: () => void;
}) {
  const { t } = useTranslation();
  const entry = useLiveQuery(() => getRosterEntry(personId), [personId]);
  const isShown = entry !== undefined;
  useEffect(() => {
    if (isShown) onShown?.();
  }, [isShown, onShown]);
  return (
    <main className="centered-page">
      <div className="card centered-page__card">
        <Brand />
        <h1>{t('lockScreen.title')}</h1>
        <p className="muted">{t('lockScreen.lockedFor', { name: displayName })}</p>
        <SignInForm
          personId={personId}
          displayName={displayName}
          secretKind={entry?.secretKind ?? 'pin'}
          submitLabel={t('lockScreen.unlock')}
          onSignedIn={onUnlocked}
        >
          <Button variant="ghost" onClick={onSwitchUser}>
            {t('lockScreen.notYou', { name: displayName })}
          </Button>
        </SignInForm>
      </div>
    </main>
  );
}
