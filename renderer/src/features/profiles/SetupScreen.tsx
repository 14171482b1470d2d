import { useState, type ReactNode, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SecretKind } from '../../../../shared/domain/secret-policy';
import type { Session } from '../../auth/session';
import { Button, Notice, TextField } from '../../ui';
import { setUpOrganisation } from './organisation.repo';
import { groupProblems, type ProblemsByField } from './problems';
import { SecretFields } from './SecretFields';
import { Brand } from './Brand';

/**
 * First run: create the organisation and the first admin, who is then signed in.
 *
 * `alternative` is shown below the form: the app puts "Restore from a backup" there.
 */
export function SetupScreen({
  onSetUp,
  alternative,
}: {
  readonly onSetUp: (session: Session) => void;
  readonly alternative?: ReactNode;
}) {
  const { t } = useTranslation();
  const [organisationName, setOrganisationName] = useState('');
  const [adminName, setAdminName] = useState('');
  const [secretKind, setSecretKind] = useState<SecretKind>('pin');
  const [secret, setSecret] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [problems, setProblems] = useState<ProblemsByField>({});
  const [isSaving, setIsSaving] = useState(false);

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (secret !== confirmation) {
      setProblems({ confirmation: 'secret.mismatch' });
      return;
    }
    setIsSaving(true);
    const outcome = await setUpOrganisation({ organisationName, adminName, secretKind, secret });
    setIsSaving(false);
    if (outcome.ok) onSetUp(outcome.value);
    else setProblems(groupProblems(outcome.problems));
  }

  const formProblem = problems.form ?? problems.storage;
  return (
    <main className="centered-page">
      <div className="card centered-page__card">
        <Brand />
        <h1>{t('setup.title')}</h1>
        <p className="muted">{t('setup.intro')}</p>
        <form className="stack" onSubmit={(event) => void submit(event)} noValidate>
          {formProblem ? <Notice tone="error">{t(formProblem)}</Notice> : null}
          <TextField
            label={t('setup.organisationName')}
            description={t('setup.organisationNameHint')}
            value={organisationName}
            onChange={(event) => setOrganisationName(event.target.value)}
            error={problems.organisationName ? t(problems.organisationName) : undefined}
            autoComplete="organization"
            required
          />
          <TextField
            label={t('setup.adminName')}
            description={t('setup.adminNameHint')}
            value={adminName}
            onChange={(event) => setAdminName(event.target.value)}
            error={problems.adminName ? t(problems.adminName) : undefined}
            autoComplete="name"
            required
          />
          <SecretFields
            kind={secretKind}
            onKindChange={setSecretKind}
            secret={secret}
            onSecretChange={setSecret}
            confirmation={confirmation}
            onConfirmationChange={setConfirmation}
            secretError={problems.secret}
            confirmationError={problems.confirmation}
          />
          <div className="row">
            <Button type="submit" variant="primary" disabled={isSaving}>
              {isSaving ? t('setup.submitting') : t('setup.submit')}
            </Button>
          </div>
        </form>
        {alternative}
      </div>
    </main>
  );
}
