import { useLiveQuery } from 'dexie-react-hooks';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { create } from 'zustand';
import type { Session } from '../../auth/session';
import { EmptyState, SelectField } from '../../ui';
import { listTeams, type TeamSummary } from './people.repo';
import './team-picker.css';

/** The team an admin last looked at, so Coaching and Team training open on the same one. */
const useChosenTeam = create<{
  readonly choice: { readonly personId: string; readonly teamId: string } | null;
  choose: (personId: string, teamId: string) => void;
}>()((set) => ({
  choice: null,
  choose: (personId, teamId) => set({ choice: { personId, teamId } }),
}));

/** What an admin's one-team-at-a-time screen needs: the teams, the one shown, and how to change it. */
export interface TeamChoice {
  /** Active teams by name, or undefined while they load. */
  readonly teams: readonly TeamSummary[] | undefined;
  /** The team shown: the one last chosen (by this person, in this run of the app), else the first. */
  readonly teamId: string | null;
  readonly choose: (teamId: string) => void;
}

/** The admin's current team on screens that show one team at a time. */
export function useTeamChoice(session: Session): TeamChoice {
  const teams = useLiveQuery(
    async () => (await listTeams(session)).filter((team) => !team.isArchived),
    [session],
  );
  const choice = useChosenTeam((state) => state.choice);
  const chooseFor = useChosenTeam((state) => state.choose);
  const chosen =
    choice?.personId === session.personId && teams?.some((team) => team.id === choice.teamId)
      ? choice.teamId
      : null;
  return {
    teams,
    teamId: chosen ?? teams?.[0]?.id ?? null,
    choose: (teamId) => chooseFor(session.personId, teamId),
  };
}

/**
 * Which team the screen below shows (admins see every team, one at a time). A native select: it is
 * searchable by typing, keyboard-operable and announced with its label everywhere.
 */
export function TeamPicker({
  choice,
  description,
}: {
  readonly choice: TeamChoice;
  readonly description: string;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  if (choice.teams === undefined) return <p className="muted">{t('app.loading')}</p>;
  if (choice.teams.length === 0)
    return (
      <EmptyState title={t('teamPicker.noTeams')}>
        <p>{t('teamPicker.noTeamsBody')}</p>
      </EmptyState>
    );
  return (
    <section className="card team-picker" aria-labelledby={headingId}>
      <h2 id={headingId} className="visually-hidden">
        {t('teamPicker.heading')}
      </h2>
      <SelectField
        label={t('teamPicker.label')}
        description={description}
        value={choice.teamId ?? ''}
        onChange={(event) => choice.choose(event.target.value)}
      >
        {choice.teams.map((team) => (
          <option key={team.id} value={team.id}>
            {t('teamPicker.option', { name: team.name, count: team.activeMembers })}
          </option>
        ))}
      </SelectField>
    </section>
  );
}
