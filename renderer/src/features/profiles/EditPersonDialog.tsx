import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session } from '../../auth/session';
import { Button, Dialog, Notice } from '../../ui';
import { updatePerson, type PersonSummary, type TeamSummary } from './people.repo';
import { PersonFields, type PersonDraft } from './PersonFields';
import { useFormAction } from './useFormAction';

/** Change a person's name, role or team. */
export function EditPersonDialog({
  session,
  person,
  teams,
  onClose,
  onDone,
}: {
  readonly session: Session;
  readonly person: PersonSummary;
  readonly teams: readonly TeamSummary[];
  readonly onClose: () => void;
  /** Called with the success message once the changes are saved. */
  readonly onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<PersonDraft>({
    displayName: person.displayName,
    role: person.role,
    teamId: person.teamId,
  });
  const action = useFormAction();

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const outcome = await action.run(() => updatePerson(session, person.id, draft));
    if (outcome?.ok) onDone(t('people.person.saved', { name: draft.displayName.trim() }));
  }

  return (
    <Dialog
      isOpen
      onOpenChange={(isOpen) => !isOpen && onClose()}
      title={t('people.person.editTitle', { name: person.displayName })}
    >
      <form className="stack" onSubmit={(event) => void submit(event)} noValidate>
        {action.formProblem ? <Notice tone="error">{t(action.formProblem)}</Notice> : null}
        <PersonFields draft={draft} onChange={setDraft} teams={teams} problems={action.problems} />
        <div className="dialog__actions">
          <Button onClick={onClose}>{t('people.cancel')}</Button>
          <Button type="submit" variant="primary" disabled={action.isSaving}>
            {action.isSaving ? t('people.saving') : t('people.person.save')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
