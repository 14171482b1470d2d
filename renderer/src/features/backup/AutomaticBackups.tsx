import { useState, useEffect, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Problem } from '../../../../shared/domain/outcome';
import type { Session } from '../../auth/session';
import { usePlatform } from '../../platform';
import { Button, Notice } from '../../ui';
import {
  getAutomaticBackupStatus,
  turnOffAutomaticBackups,
  turnOnAutomaticBackups,
  type AutomaticBackupStatus,
} from './backup.repo';
import { PassphrasePair } from './PassphrasePair';

/** Daily encrypted backups into the desktop app's data folder; the browser build says it cannot. */
export function AutomaticBackups({ session }: { readonly session: Session }) {
  const { t, i18n } = useTranslation();
  const platform = usePlatform();
  const [status, setStatus] = useState<AutomaticBackupStatus | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [problems, setProblems] = useState<readonly Problem[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [isWorking, setIsWorking] = useState(false);
  const canWrite = platform.writeRollingBackup !== undefined;

  useEffect(() => {
    if (!canWrite) return;
    let isCurrent = true;
    void getAutomaticBackupStatus(session).then((next) => {
      if (isCurrent) setStatus(next);
    });
    return () => {
      isCurrent = false;
    };
  }, [session, canWrite, message]);

  if (!canWrite) return <p className="muted">{t('backup.automatic.desktopOnly')}</p>;
  const date = (time: number) =>
    new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(time);

  async function turnOn(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isWorking) return;
    setIsWorking(true);
    const outcome = await turnOnAutomaticBackups(session, { passphrase, confirmation });
    setIsWorking(false);
    if (outcome.ok) {
      setPassphrase('');
      setConfirmation('');
      setProblems([]);
      setMessage(t('backup.automatic.turnedOn'));
    } else setProblems(outcome.problems);
  }

  async function turnOff() {
    setIsWorking(true);
    const outcome = await turnOffAutomaticBackups(session);
    setIsWorking(false);
    if (outcome.ok) setMessage(t('backup.automatic.turnedOff'));
  }

  const formProblem = problems.find((problem) => problem.where === 'storage' || problem.where === 'form');
  return (
    <div className="stack">
      {message ? <Notice tone="success">{message}</Notice> : null}
      {status?.lastProblem ? <Notice tone="warning">{t(status.lastProblem)}</Notice> : null}
      {status?.isOn ? (
        <>
          <p>
            {status.since === null ? null : t('backup.automatic.on', { date: date(status.since) })}{' '}
            {status.lastBackupAt === null
              ? t('backup.automatic.none')
              : t('backup.automatic.last', { date: date(status.lastBackupAt) })}
          </p>
          <div className="row">
            <Button onClick={() => void turnOff()} disabled={isWorking}>
              {t('backup.automatic.turnOff')}
            </Button>
          </div>
        </>
      ) : (
        <form className="stack" onSubmit={(event) => void turnOn(event)} noValidate>
          {formProblem ? <Notice tone="error">{t(formProblem.message)}</Notice> : null}
          <PassphrasePair
            labels={{
              passphrase: t('backup.automatic.passphrase'),
              confirmation: t('backup.automatic.confirmation'),
            }}
            passphrase={passphrase}
            confirmation={confirmation}
            onPassphraseChange={setPassphrase}
            onConfirmationChange={setConfirmation}
            problems={problems}
          />
          <div className="row">
            <Button type="submit" variant="primary" disabled={isWorking}>
              {t('backup.automatic.turnOn')}
            </Button>
          </div>
        </form>
      )}
    </div>
  );
}
