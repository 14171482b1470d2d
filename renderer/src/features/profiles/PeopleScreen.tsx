import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { assertNever } from '../../../../shared/domain/assert-never';
import type { Session } from '../../auth/session';
import { Notice } from '../../ui';
import { MyTeamView } from './MyTeamView';
import { PeopleSection } from './PeopleSection';
import { listTeams } from './people.repo';
import { TeamsSection } from './TeamsSection';
import './people.css';

/**
 * People & teams for an admin, "My team" for a supervisor.
 *
 * Employees never reach it from the navigation; if they do, they get an explanation rather than a query
 * the repository would refuse.
 */
export function PeopleScreen({ session }: { readonly session: Session }) {
  const { t } = useTranslation();
  switch (session.role) {
    case 'admin':
      return <ManagePeopleView session={session} />;
    case 'supervisor':
      return <MyTeamView session={session} />;
    case 'employee':
      return (
        <div className="stack people-page">
          <h1>{t('people.title')}</h1>
          <Notice>{t('people.notForYou')}</Notice>
        </div>
      );
    default:
      return assertNever(session.role);
  }
}

function ManagePeopleView({ session }: { readonly session: Session }) {
  const { t } = useTranslation();
  const teams = useLiveQuery(() => listTeams(session), [session]);

  return (
    <div className="stack people-page">
      <h1>{t('people.title')}</h1>
      {teams === undefined ? (
        <p className="muted">{t('app.loading')}</p>
      ) : (
        <>
          <TeamsSection session={session} teams={teams} />
          <PeopleSection session={session} teams={teams} />
        </>
      )}
    </div>
  );
}
