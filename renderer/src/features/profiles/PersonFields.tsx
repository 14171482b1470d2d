import { useTranslation } from 'react-i18next';
import { ROLES, requiresTeam, type Role } from '../../../../shared/domain/roles';
import { SelectField, TextField } from '../../ui';
import type { TeamSummary } from './people.repo';
import type { ProblemsByField } from './problems';

/** What the person form edits: the same shape the repository's `PersonInput` takes. */
export interface PersonDraft {
  readonly displayName: string;
  readonly role: Role;
  readonly teamId: string | null;
}

/** Name, role and team: the fields shared by the add and edit dialogs. */
export function PersonFields({
  draft,
  onChange,
  teams,
  problems,
}: {
  readonly draft: PersonDraft;
  readonly onChange: (draft: PersonDraft) => void;
  /** Every team; archived ones are offered only when the person is already in one. */
  readonly teams: readonly TeamSummary[];
  readonly problems: ProblemsByField;
}) {
  const { t } = useTranslation();
  const isTeamOptional = !requiresTeam(draft.role);
  const choices = teams.filter((team) => !team.isArchived || team.id === draft.teamId);
  const hasActiveTeams = teams.some((team) => !team.isArchived);
  const error = (field: string) => {
    const key = problems[field];
    return key ? t(key) : undefined;
  };

  return (
    <>
      <TextField
        label={t('people.person.name')}
        value={draft.displayName}
        onChange={(event) => onChange({ ...draft, displayName: event.target.value })}
        error={error('displayName')}
        autoComplete="off"
        required
      />
      <SelectField
        label={t('people.person.role')}
        value={draft.role}
        onChange={(event) =>
          onChange({ ...draft, role: ROLES.find((role) => role === event.target.value) ?? draft.role })
        }
        error={error('role')}
      >
        {ROLES.map((role) => (
          <option key={role} value={role}>
            {t(`roles.${role}`)}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('people.person.team')}
        description={
          !hasActiveTeams
            ? t('people.person.noActiveTeams')
            : isTeamOptional
              ? t('people.person.adminTeamHint')
              : undefined
        }
        value={draft.teamId ?? ''}
        onChange={(event) =>
          onChange({ ...draft, teamId: event.target.value === '' ? null : event.target.value })
        }
        error={error('teamId')}
        required={!isTeamOptional}
      >
        {isTeamOptional ? (
          <option value="">{t('people.person.noTeam')}</option>
        ) : draft.teamId === null ? (
          <option value="" disabled>
            {t('people.person.chooseTeam')}
          </option>
        ) : null}
        {choices.map((team) => (
          <option key={team.id} value={team.id}>
            {team.isArchived ? t('people.person.archivedTeamOption', { name: team.name }) : team.name}
          </option>
        ))}
      </SelectField>
    </>
  );
}
