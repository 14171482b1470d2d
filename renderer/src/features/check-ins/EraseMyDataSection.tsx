import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session } from '../../auth/session';
import { Button, Dialog, Notice, TextField } from '../../ui';
import { eraseMyCheckInData } from './check-ins.repo';

/** "Erase my data": deletes the person's check-in rows and destroys their note key, then signs them out. */
export function EraseMyDataSection({
  session,
  onErased,
}: {
  readonly session: Session;
  readonly onErased: () => void;
}) {
  const { t } = useTranslation();
  const [isOpen, setIsOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <section className="card stack" aria-labelledby="erase-heading">
      <h2 id="erase-heading">{t('erase.title')}</h2>
      <p>{t('erase.body')}</p>
      <div className="row">
        <Button variant="danger" onClick={() => setIsOpen(true)}>
          {t('erase.button')}
        </Button>
      </div>
      <Dialog
        isOpen={isOpen}
        onOpenChange={setIsOpen}
        role="alertdialog"
        title={t('erase.confirmTitle')}
        description={t('erase.confirmBody')}
      >
        <form
          className="stack"
          onSubmit={(event) => {
            event.preventDefault();
            if (typed.trim() !== 'ERASE') return;
            void eraseMyCheckInData(session).then((outcome) => {
              if (outcome.ok) {
                setIsOpen(false);
                onErased();
              } else setProblem(outcome.problems[0]?.message ?? 'errors.unexpected');
            });
          }}
        >
          <TextField
            label={t('erase.confirmLabel')}
            value={typed}
            onChange={(event) => setTyped(event.target.value)}
            autoComplete="off"
          />
          {problem ? <Notice tone="error">{t(problem)}</Notice> : null}
          <div className="dialog__actions">
            <Button onClick={() => setIsOpen(false)}>{t('erase.cancel')}</Button>
            <Button type="submit" variant="danger" disabled={typed.trim() !== 'ERASE'}>
              {t('erase.confirm')}
            </Button>
          </div>
        </form>
      </Dialog>
    </section>
  );
}
