import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SecretKind } from '../../../../shared/domain/secret-policy';
import type { Session } from '../../auth/session';
import { Button, Dialog, Notice } from '../../ui';
import { resetSignIn, type PersonSummary } from './people.repo';
import { SecretFields } from './SecretFields';
import { useFormAction } from './useFormAction';

/** Give someone else a new temporary PIN or passphrase; this also unlocks a locked sign-in. */
export function ResetSignInDialog({
  session,
  person,
  onClose,
  onDone,
}: {
  readonly session: Session;
  readonly person: PersonSummary;
  readonly onClose: () => void;
  /** Called with the success message once the new temporary secret is saved. */
  readonly onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
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
      resetSignIn(session, person.id, { secretKind, temporarySecret: secret }),
    );
    if (outcome?.ok) onDone(t(`people.reset.done.${secretKind}`, { name: person.displayName }));
  }

  return (
    <Dialog
      isOpen
      onOpenChange={(isOpen) => !isOpen && onClose()}
      title={t('people.reset.title', { name: person.displayName })}
      description={t('people.reset.intro', { name: person.displayName })}
    >
      <form className="stack" onSubmit={(event) => void submit(event)} noValidate>
        {action.formProblem ? <Notice tone="error">{t(action.formProblem)}</Notice> : null}
        {person.isSignInDisabled ? <Notice tone="info">{t('people.reset.unlocks')}</Notice> : null}
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
            {action.isSaving ? t('people.saving') : t('people.reset.submit')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
