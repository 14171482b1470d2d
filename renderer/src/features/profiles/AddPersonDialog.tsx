import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SecretKind } from '../../../../shared/domain/secret-policy';
import type { Session } from '../../auth/session';
import { Button, Dialog, Notice } from '../../ui';
import { createPerson, type TeamSummary } from './people.repo';
import { PersonFields, type PersonDraft } from './PersonFields';
import { SecretFields } from './SecretFields';
import { useFormAction } from './useFormAction';

/** Add a person with a temporary PIN or passphrase that the admin hands over in person. */
export function AddPersonDialog({
  session,
  teams,
  onClose,
  onDone,
}: {
  readonly session: Session;
  readonly teams: readonly TeamSummary[];
  readonly onClose: () => void;
  /** Called with the success message once the person is saved. */
  readonly onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<PersonDraft>(() => {
    const active = teams.filter((team) => !team.isArchived);
    return {
      displayName: '',
      role: 'employee',
      teamId: active.length === 1 ? (active[0]?.id ?? null) : null,
    };
  });
  const [secretKind, setSecretKind] = useState<SecretKind>('pin');
  const [secret, setSecret] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const action = useFormAction();

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (secret !== confirmation) {
      action.showProblems({ confirmation: 'secret.mismatch' });
      return;
    }
    const outcome = await action.run(() =>
      createPerson(session, { ...draft, secretKind, temporarySecret: secret }),
    );
    if (outcome?.ok) onDone(t(`people.person.added.${secretKind}`, { name: draft.displayName.trim() }));
  }

  return (
    <Dialog
      isOpen
      onOpenChange={(isOpen) => !isOpen && onClose()}
      title={t('people.person.addTitle')}
      description={t('people.person.addIntro')}
    >
      <form className="stack" onSubmit={(event) => void submit(event)} noValidate>
        {action.formProblem ? <Notice tone="error">{t(action.formProblem)}</Notice> : null}
        <PersonFields draft={draft} onChange={setDraft} teams={teams} problems={action.problems} />
        <SecretFields
          kind={secretKind}
          onKindChange={setSecretKind}
          secret={secret}
          onSecretChange={setSecret}
          confirmation={confirmation}
          onConfirmationChange={setConfirmation}
          secretError={action.problems.temporarySecret}
          confirmationError={action.problems.confirmation}
          variant="temporary"
        />
        <div className="dialog__actions">
          <Button onClick={onClose}>{t('people.cancel')}</Button>
          <Button type="submit" variant="primary" disabled={action.isSaving}>
            {action.isSaving ? t('people.person.adding') : t('people.person.add')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
