import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session } from '../../auth/session';
import { Button, Notice } from '../../ui';
import { AutomaticBackups } from './AutomaticBackups';
import { CreateBackupDialog } from './CreateBackupDialog';
import { RestoreDialog } from './RestoreDialog';
import './backup.css';

/** Settings → Backups (admins): make a backup, restore one, and automatic daily backups. */
export function BackupSection({
  session,
  onRestored,
}: {
  readonly session: Session;
  /** Called after a restore; the app then signs everyone out. */
  readonly onRestored: () => void;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const automaticId = useId();
  const [dialog, setDialog] = useState<'create' | 'restore' | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  return (
    <section className="card stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('backup.heading')}</h2>
      <p className="muted">{t('backup.intro')}</p>
      {saved ? <Notice tone="success">{saved}</Notice> : null}
      <div className="row">
        <Button
          variant="primary"
          onClick={() => {
            setSaved(null);
            setDialog('create');
          }}
        >
          {t('backup.make')}
        </Button>
        <Button onClick={() => setDialog('restore')}>{t('backup.restore')}</Button>
      </div>
      <h3 id={automaticId}>{t('backup.automatic.heading')}</h3>
      <p className="muted">{t('backup.automatic.intro')}</p>
      <AutomaticBackups session={session} />
      {dialog === 'create' ? (
        <CreateBackupDialog
          session={session}
          onClose={() => setDialog(null)}
          onSaved={(message) => {
            setDialog(null);
            setSaved(message);
          }}
        />
      ) : null}
      {dialog === 'restore' ? (
        <RestoreDialog
          access={{ kind: 'admin', session }}
          onClose={() => setDialog(null)}
          onRestored={onRestored}
        />
      ) : null}
    </section>
  );
}
