import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session } from '../../auth/session';
import { Button, Dialog, Notice, TextField } from '../../ui';
import { renameTeam, type TeamSummary } from './people.repo';
import { useFormAction } from './useFormAction';

/** Give a team a new name. */
export function RenameTeamDialog({
  session,
  team,
  onClose,
  onDone,
}: {
  readonly session: Session;
  readonly team: TeamSummary;
  readonly onClose: () => void;
  /** Called with the success message once the new name is saved. */
  readonly onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState(team.name);
  const action = useFormAction();

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const outcome = await action.run(() => renameTeam(session, team.id, name));
    if (outcome?.ok) onDone(t('people.teams.rename.done', { name: name.trim() }));
  }

  return (
    <Dialog
      isOpen
      onOpenChange={(isOpen) => !isOpen && onClose()}
      title={t('people.teams.rename.title', { name: team.name })}
    >
      <form className="stack" onSubmit={(event) => void submit(event)} noValidate>
        {action.formProblem ? <Notice tone="error">{t(action.formProblem)}</Notice> : null}
        <TextField
          label={t('people.teams.name')}
          value={name}
          onChange={(event) => setName(event.target.value)}
          error={action.problems.name ? t(action.problems.name) : undefined}
          autoComplete="off"
          required
        />
        <div className="dialog__actions">
          <Button onClick={onClose}>{t('people.cancel')}</Button>
          <Button type="submit" variant="primary" disabled={action.isSaving}>
            {action.isSaving ? t('people.saving') : t('people.teams.rename.submit')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
