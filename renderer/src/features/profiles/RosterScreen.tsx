import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session } from '../../auth/session';
import { Button, EmptyState, ShowMore, TextField } from '../../ui';
import { Brand } from './Brand';
import { listRoster, type RosterEntry, type RosterPage } from './roster.repo';
import { SignInForm } from './SignInForm';

/** Show a filter box once the roster is longer than this. */
const FILTER_FROM = 8;

/** How many names the roster shows at a time (the search box finds anyone; "Show more" adds a page). */
export const ROSTER_PAGE_SIZE = 24;

function initials(name: string): string {
  return name
    .split(' ')
    .map((part) => part.charAt(0))
    .slice(0, 2)
    .join('')
    .toUpperCase();
}

/** The sign-in roster: pick your name, then enter your PIN or passphrase. */
export function RosterScreen({
  organisationName,
  onSignedIn,
  onShown,
  firstPage,
}: {
  readonly organisationName: string;
  readonly onSignedIn: (session: Session, mustChangeSecret: boolean) => void;
  /** Called once the names are on screen (the app then fetches what signing in needs). */
  readonly onShown?: () => void;
  /** The first page (no search), already read: shown at once, then kept current by the live query. */
  readonly firstPage?: RosterPage;
}) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState('');
  const [limit, setLimit] = useState(ROSTER_PAGE_SIZE);
  const roster = useLiveQuery(() => listRoster({ search: filter, limit }), [filter, limit], firstPage);
  const isShown = roster !== undefined;
  useEffect(() => {
    if (isShown) onShown?.();
  }, [isShown, onShown]);
  const [selected, setSelected] = useState<RosterEntry | null>(null);
  const visible = roster?.entries ?? [];

  return (
    <main className="centered-page">
      <div className={`card centered-page__card${selected ? '' : ' centered-page__card--wide'}`}>
        <Brand organisationName={organisationName} />
        {selected ? (
          <SignInForm
            key={selected.personId}
            personId={selected.personId}
            displayName={selected.displayName}
            secretKind={selected.secretKind}
            submitLabel={t('signIn.submit')}
            onSignedIn={onSignedIn}
          >
            <Button variant="ghost" onClick={() => setSelected(null)}>
              {t('signIn.back')}
            </Button>
          </SignInForm>
        ) : (
          <div className="stack">
            <div>
              <h1>{t('signIn.title')}</h1>
              <p className="muted">{t('signIn.subtitle')}</p>
            </div>
            {roster && roster.total > FILTER_FROM ? (
              <TextField
                label={t('signIn.filter')}
                description={t('signIn.filterHint', { count: roster.total })}
                type="search"
                value={filter}
                onChange={(event) => {
                  setFilter(event.target.value);
                  setLimit(ROSTER_PAGE_SIZE);
                }}
                autoFocus
              />
            ) : null}
            {roster === undefined ? (
              <p className="muted">{t('app.loading')}</p>
            ) : visible.length === 0 ? (
              <EmptyState
                title={roster.total === 0 ? t('signIn.emptyRoster') : t('signIn.noMatches', { filter })}
              />
            ) : (
              <>
                <ul className="roster" aria-label={t('signIn.title')}>
                  {visible.map((entry) => (
                    <li key={entry.personId}>
                      <RosterButton
                        entry={entry}
                        detail={entry.teamName ?? t(`roles.${entry.role}`)}
                        disabledLabel={t('signIn.disabled')}
                        onSelect={() => setSelected(entry)}
                      />
                    </li>
                  ))}
                </ul>
                {roster.matching > ROSTER_PAGE_SIZE ? (
                  <ShowMore
                    summary={t('signIn.showing', { shown: visible.length, count: roster.matching })}
                    moreLabel={t('signIn.showMore')}
                    hasMore={visible.length < roster.matching}
                    onMore={() => setLimit((current) => current + ROSTER_PAGE_SIZE)}
                  />
                ) : null}
              </>
            )}
          </div>
        )}
      </div>
    </main>
  );
}

/** One name on the roster (its strings come from the list: no translation hook per name). */
function RosterButton({
  entry,
  detail,
  disabledLabel,
  onSelect,
}: {
  readonly entry: RosterEntry;
  /** The team, or the role for someone without one. */
  readonly detail: string;
  readonly disabledLabel: string;
  readonly onSelect: () => void;
}) {
  return (
    <button type="button" className="roster__person" onClick={onSelect}>
      <span className="row">
        <span className="avatar" aria-hidden="true">
          {initials(entry.displayName)}
        </span>
        <span className="stack" style={{ gap: 0 }}>
          <span className="roster__name">{entry.displayName}</span>
          <span className="roster__team">{detail}</span>
          {entry.isDisabled ? <span className="roster__status">{disabledLabel}</span> : null}
        </span>
      </span>
    </button>
  );
}
