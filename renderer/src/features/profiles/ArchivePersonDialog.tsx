import type { SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session } from '../../auth/session';
import { Button, Dialog, Notice } from '../../ui';
import { setPersonArchived, type PersonSummary } from './people.repo';
import { useFormAction } from './useFormAction';

/** Confirm archiving an active person, or restoring an archived one. */
export function ArchivePersonDialog({
  session,
  person,
  onClose,
  onDone,
}: {
  readonly session: Session;
  readonly person: PersonSummary;
  readonly onClose: () => void;
  /** Called with the success message once the change is saved. */
  readonly onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const action = useFormAction();
  const change = person.isArchived ? 'restore' : 'archive';
  const name = person.displayName;

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const outcome = await action.run(() => setPersonArchived(session, person.id, !person.isArchived));
    if (outcome?.ok) onDone(t(`people.${change}.done`, { name }));
  }

  return (
    <Dialog
      isOpen
      onOpenChange={(isOpen) => !isOpen && onClose()}
      role="alertdialog"
      title={t(`people.${change}.title`, { name })}
      description={t(`people.${change}.body`, { name })}
    >
      <form className="stack" onSubmit={(event) => void submit(event)} noValidate>
        {action.formProblem ? <Notice tone="error">{t(action.formProblem)}</Notice> : null}
        <div className="dialog__actions">
          <Button onClick={onClose}>{t('people.cancel')}</Button>
          <Button type="submit" variant={person.isArchived ? 'primary' : 'danger'} disabled={action.isSaving}>
            {action.isSaving ? t('people.saving') : t(`people.${change}.confirm`)}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
