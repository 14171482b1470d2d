import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Outcome, Problem } from '../../../../shared/domain/outcome';
import type { Session } from '../../auth/session';
import { usePlatform } from '../../platform';
import { Button, Dialog, Notice, ProgressBar, TextField } from '../../ui';
import {
  applyFirstRunRestore,
  applyRestore,
  BACKUP_FILE_EXTENSION,
  prepareFirstRunRestore,
  prepareRestore,
  type RestorePlan,
  type RestoreProgress,
} from './backup.repo';
import { ProblemNotice } from './ProblemNotice';
import { RestorePreviewTable } from './RestorePreviewTable';

/** Who is restoring: a signed-in admin, or nobody yet on a workstation that was never set up. */
export type RestoreAccess =
  { readonly kind: 'admin'; readonly session: Session } | { readonly kind: 'first-run' };

interface ChosenFile {
  readonly fileName: string;
  readonly contents: Uint8Array;
}

/**
 * Restore in three steps: choose a file, type its passphrase (the file is decrypted and checked; nothing is
 * written), then read what will change and confirm. Only the confirmation writes, all at once.
 */
export function RestoreDialog({
  access,
  onClose,
  onRestored,
}: {
  readonly access: RestoreAccess;
  readonly onClose: () => void;
  readonly onRestored: () => void;
}) {
  const { t, i18n } = useTranslation();
  const platform = usePlatform();
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [plan, setPlan] = useState<RestorePlan | null>(null);
  const [problems, setProblems] = useState<readonly Problem[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const [isWorking, setIsWorking] = useState(false);
  const [progress, setProgress] = useState<RestoreProgress | null>(null);
  // Once the data is being replaced, the dialog stays until that has finished (or failed, changing nothing).
  const isRestoring = isWorking && plan !== null;

  async function run<T>(work: () => Promise<Outcome<T>>): Promise<Outcome<T> | null> {
    if (isWorking) return null;
    setIsWorking(true);
    setNotice(null);
    try {
      const outcome = await work();
      setProblems(outcome.ok ? [] : outcome.problems);
      return outcome;
    } catch (error) {
      console.error('The restore failed unexpectedly', error);
      setNotice(t('errors.unexpected'));
      return null;
    } finally {
      setIsWorking(false);
    }
  }

  async function chooseFile() {
    setNotice(null);
    const opened = await platform.openFile({
      filters: [{ name: t('backup.fileType'), extensions: [BACKUP_FILE_EXTENSION] }],
    });
    if (opened.status === 'cancelled') return;
    if (opened.status === 'failed') {
      setNotice(t('backup.restoreDialog.openFailed'));
      return;
    }
    setFile({ fileName: opened.fileName, contents: opened.contents });
    setPlan(null);
    setProblems([]);
  }

  async function check(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!file) return;
    const input = { file: file.contents, passphrase };
    const outcome = await run(() =>
      access.kind === 'admin' ? prepareRestore(access.session, input) : prepareFirstRunRestore(input),
    );
    if (outcome?.ok) {
      setPlan(outcome.value);
      setPassphrase('');
    }
  }

  async function confirm() {
    if (!plan) return;
    setProgress(null);
    const options = { onProgress: setProgress };
    const outcome = await run(() =>
      access.kind === 'admin'
        ? applyRestore(access.session, plan, options)
        : applyFirstRunRestore(plan, options),
    );
    if (outcome?.ok) onRestored();
  }

  const passphraseProblem = problems.find((problem) => problem.where === 'passphrase');
  const fileProblems = problems.filter((problem) => problem !== passphraseProblem);
  return (
    <Dialog
      isOpen
      onOpenChange={(isOpen) => !isOpen && !isRestoring && onClose()}
      title={t('backup.restoreDialog.title')}
      description={t('backup.restoreDialog.description')}
    >
      <div className="stack">
        {notice ? <Notice tone="error">{notice}</Notice> : null}
        {fileProblems.length > 0 && file ? (
          <ProblemNotice
            title={t('backup.restoreDialog.rejected', { fileName: file.fileName })}
            problems={fileProblems}
          />
        ) : null}
        {plan === null ? (
          <>
            <div className="row">
              <Button onClick={() => void chooseFile()} disabled={isWorking}>
                {t('backup.restoreDialog.chooseFile')}
              </Button>
            </div>
            {file ? (
              <form className="stack" onSubmit={(event) => void check(event)} noValidate>
                <p>{t('backup.restoreDialog.chosenFile', { fileName: file.fileName })}</p>
                <TextField
                  label={t('backup.restoreDialog.passphrase')}
                  type="password"
                  autoComplete="off"
                  value={passphrase}
                  onChange={(event) => setPassphrase(event.target.value)}
                  error={passphraseProblem ? t(passphraseProblem.message) : undefined}
                  required
                />
                <div className="dialog__actions">
                  <Button onClick={onClose}>{t('backup.restoreDialog.cancel')}</Button>
                  <Button type="submit" variant="primary" disabled={isWorking}>
                    {isWorking ? t('backup.restoreDialog.checking') : t('backup.restoreDialog.check')}
                  </Button>
                </div>
              </form>
            ) : (
              <div className="dialog__actions">
                <Button onClick={onClose}>{t('backup.restoreDialog.cancel')}</Button>
              </div>
            )}
          </>
        ) : (
          <>
            <RestorePreviewTable preview={plan.preview} />
            <Notice tone="warning">{t('backup.restoreDialog.signOutWarning')}</Notice>
            {isRestoring && progress ? (
              <div className="stack restore-progress">
                <ProgressBar
                  value={progress.written}
                  max={progress.total}
                  label={t('backup.restoreDialog.progressLabel')}
                />
                <p className="muted">
                  {t('backup.restoreDialog.progress', {
                    written: progress.written.toLocaleString(i18n.language),
                    total: progress.total.toLocaleString(i18n.language),
                  })}
                </p>
              </div>
            ) : null}
            <div className="dialog__actions">
              <Button
                onClick={() => {
                  setPlan(null);
                  setFile(null);
                }}
                disabled={isWorking}
              >
                {t('backup.restoreDialog.back')}
              </Button>
              <Button variant="primary" onClick={() => void confirm()} disabled={isWorking}>
                {isWorking ? t('backup.restoreDialog.restoring') : t('backup.restoreDialog.confirm')}
              </Button>
            </div>
          </>
        )}
      </div>
    </Dialog>
  );
}
