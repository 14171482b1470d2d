import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Problem } from '../../../../shared/domain/outcome';
import type { Session } from '../../auth/session';
import { usePlatform } from '../../platform';
import { Button, Dialog, Notice } from '../../ui';
import { BACKUP_FILE_EXTENSION, createBackup } from './backup.repo';
import { PassphrasePair } from './PassphrasePair';

/** Choose a backup passphrase, then save the encrypted backup where the admin picks (a download on the web). */
export function CreateBackupDialog({
  session,
  onClose,
  onSaved,
}: {
  readonly session: Session;
  readonly onClose: () => void;
  readonly onSaved: (message: string) => void;
}) {
  const { t } = useTranslation();
  const platform = usePlatform();
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [problems, setProblems] = useState<readonly Problem[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [isWorking, setIsWorking] = useState(false);

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isWorking) return;
    setIsWorking(true);
    setFailure(null);
    try {
      const made = await createBackup(session, { passphrase, confirmation });
      if (!made.ok) {
        setProblems(made.problems);
        return;
      }
      setProblems([]);
      const saved = await platform.saveFile({
        suggestedName: made.value.fileName,
        filters: [{ name: t('backup.fileType'), extensions: [BACKUP_FILE_EXTENSION] }],
        contents: made.value.contents,
      });
      if (saved.status === 'saved') onSaved(t('backup.create.saved', { fileName: saved.fileName }));
      else if (saved.status === 'failed')
        setFailure(t('backup.create.saveFailed', { reason: saved.message }));
    } catch (error) {
      console.error('The backup could not be made', error);
      setFailure(t('errors.unexpected'));
    } finally {
      setIsWorking(false);
    }
  }

  return (
    <Dialog
      isOpen
      onOpenChange={(isOpen) => !isOpen && onClose()}
      title={t('backup.create.title')}
      description={t('backup.create.description')}
    >
      <form className="stack" onSubmit={(event) => void submit(event)} noValidate>
        {failure ? <Notice tone="error">{failure}</Notice> : null}
        <PassphrasePair
          labels={{
            passphrase: t('backup.create.passphrase'),
            confirmation: t('backup.create.confirmation'),
          }}
          passphrase={passphrase}
          confirmation={confirmation}
          onPassphraseChange={setPassphrase}
          onConfirmationChange={setConfirmation}
          problems={problems}
        />
        <div className="dialog__actions">
          <Button onClick={onClose}>{t('backup.create.cancel')}</Button>
          <Button type="submit" variant="primary" disabled={isWorking}>
            {isWorking ? t('backup.create.working') : t('backup.create.submit')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
