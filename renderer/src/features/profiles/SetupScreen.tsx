import { useEffect, useState, type ReactNode, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SecretKind } from '../../../../shared/domain/secret-policy';
import type { Session } from '../../auth/session';
import { Button, Notice, TextField } from '../../ui';
import { groupProblems, type ProblemsByField } from './problems';
import { SecretFields } from './SecretFields';
import { Brand } from './Brand';

/**
 * Saving the setup, with its validation code (zod): loaded apart from the form, so that a fresh install shows
 * the form without waiting for it. It is requested as soon as the form is up.
 */
const loadSetUp = () => import('./organisation.repo').then((module) => module.setUpOrganisation);

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

  useEffect(() => {
    // A failed request is tried again, and reported, when the form is submitted.
    loadSetUp().catch(() => undefined);
  }, []);

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (secret !== confirmation) {
      setProblems({ confirmation: 'secret.mismatch' });
      return;
    }
    setIsSaving(true);
    let setUpOrganisation;
    try {
      setUpOrganisation = await loadSetUp();
    } catch (error) {
      console.error('Could not load the setup code', error);
      setIsSaving(false);
      setProblems({ form: 'app.startFailed' });
      return;
    }
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
