import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { Session } from '../../auth/session';
import { EmptyState, Notice } from '../../ui';
import { listPeople, listTeams } from './people.repo';
import './people.css';

/** A supervisor's read-only view of their own team: who is in it and in what role. */
export function MyTeamView({ session }: { readonly session: Session }) {
  const { t } = useTranslation();
  const teams = useLiveQuery(() => listTeams(session), [session]);
  const people = useLiveQuery(() => listPeople(session), [session]);
  const team = teams?.find((candidate) => candidate.id === session.teamId) ?? null;

  return (
    <div className="stack people-page">
      <h1>{t('people.myTeam.title')}</h1>
      {teams === undefined || people === undefined ? (
        <p className="muted">{t('app.loading')}</p>
      ) : team === null ? (
        <Notice>{t('people.myTeam.noTeam')}</Notice>
      ) : (
        <section className="card stack" aria-labelledby="my-team-name">
          <h2 id="my-team-name">{team.name}</h2>
          {people.length === 0 ? (
            <EmptyState title={t('people.myTeam.empty')} />
          ) : (
            <table className="data-table">
              <caption className="visually-hidden">{t('people.myTeam.caption', { team: team.name })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('people.people.name')}</th>
                  <th scope="col">{t('people.people.role')}</th>
                </tr>
              </thead>
              <tbody>
                {people.map((person) => (
                  <tr key={person.id}>
                    <th scope="row">
                      {person.displayName}
                      {person.id === session.personId ? (
                        <span className="muted"> {t('people.people.you')}</span>
                      ) : null}
                    </th>
                    <td>{t(`roles.${person.role}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      )}
    </div>
  );
}
