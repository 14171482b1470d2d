import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session } from '../../auth/session';
import { ChangeSecretForm } from '../profiles';
import { EraseMyDataSection } from '../check-ins';
import { BackupSection } from '../backup';
import { Notice } from '../../ui';
import { AboutSection } from './AboutSection';
import { StorageSection } from './StorageSection';
import { WorkstationSection } from './WorkstationSection';
import './settings.css';

/** Settings: your own sign-in, this workstation, backups (admins), storage, and what is installed. */
export function SettingsScreen({
  session,
  onErased,
  onRestored,
}: {
  readonly session: Session;
  readonly onErased: () => void;
  /** After a restore everyone is signed out: the sessions belonged to the data that was replaced. */
  readonly onRestored: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="stack settings-page">
      <h1>{t('settings.title')}</h1>
      <SignInSection session={session} />
      <WorkstationSection session={session} />
      <EraseMyDataSection session={session} onErased={onErased} />
      {session.role === 'admin' ? <BackupSection session={session} onRestored={onRestored} /> : null}
      <StorageSection />
      <AboutSection />
    </div>
  );
}

function SignInSection({ session }: { readonly session: Session }) {
  const { t } = useTranslation();
  const headingId = useId();
  /** How many times the secret was changed here; a new key makes each confirmation announce again. */
  const [changeCount, setChangeCount] = useState(0);

  return (
    <section className="card stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('settings.signIn.heading')}</h2>
      <p className="muted">{t('settings.signIn.intro')}</p>
      {changeCount > 0 ? (
        <Notice key={changeCount} tone="success">
          {t('changeSecret.saved')}
        </Notice>
      ) : null}
      <ChangeSecretForm
        session={session}
        currentLabel={t('changeSecret.currentOwn')}
        submitLabel={t('settings.signIn.submit')}
        onChanged={() => setChangeCount((count) => count + 1)}
      />
    </section>
  );
}
