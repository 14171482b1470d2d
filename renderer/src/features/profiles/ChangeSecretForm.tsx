import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SecretKind } from '../../../../shared/domain/secret-policy';
import type { Session } from '../../auth/session';
import { Button, Notice, TextField } from '../../ui';
import { changeOwnSecret } from './auth.repo';
import { groupProblems, type ProblemsByField } from './problems';
import { SecretFields } from './SecretFields';

/** Replace the signed-in person's PIN or passphrase. */
export function ChangeSecretForm({
  session,
  currentLabel,
  submitLabel,
  onChanged,
}: {
  readonly session: Session;
  readonly currentLabel: string;
  readonly submitLabel: string;
  readonly onChanged: () => void;
}) {
  const { t } = useTranslation();
  const [currentSecret, setCurrentSecret] = useState('');
  const [secretKind, setSecretKind] = useState<SecretKind>('pin');
  const [newSecret, setNewSecret] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [problems, setProblems] = useState<ProblemsByField>({});
  const [isSaving, setIsSaving] = useState(false);

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (newSecret !== confirmation) {
      setProblems({ confirmation: 'secret.mismatch' });
      return;
    }
    setIsSaving(true);
    const outcome = await changeOwnSecret(session, { currentSecret, secretKind, newSecret });
    setIsSaving(false);
    if (!outcome.ok) {
      setProblems(groupProblems(outcome.problems));
      return;
    }
    setProblems({});
    setCurrentSecret('');
    setNewSecret('');
    setConfirmation('');
    onChanged();
  }

  const formProblem = problems.form ?? problems.storage;
  return (
    <form className="stack" onSubmit={(event) => void submit(event)} noValidate>
      {formProblem ? <Notice tone="error">{t(formProblem)}</Notice> : null}
      <TextField
        label={currentLabel}
        type="password"
        autoComplete="off"
        value={currentSecret}
        onChange={(event) => setCurrentSecret(event.target.value)}
        error={problems.currentSecret ? t(problems.currentSecret) : undefined}
        required
      />
      <SecretFields
        kind={secretKind}
        onKindChange={setSecretKind}
        secret={newSecret}
        onSecretChange={setNewSecret}
        confirmation={confirmation}
        onConfirmationChange={setConfirmation}
        secretError={problems.newSecret}
        confirmationError={problems.confirmation}
        variant="new"
      />
      <div className="row">
        <Button type="submit" variant="primary" disabled={isSaving}>
          {isSaving ? t('changeSecret.saving') : submitLabel}
        </Button>
      </div>
    </form>
  );
}
