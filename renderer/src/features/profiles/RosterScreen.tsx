import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session } from '../../auth/session';
import { Button, EmptyState, TextField } from '../../ui';
import { Brand } from './Brand';
import { listRoster, type RosterEntry } from './roster.repo';
import { SignInForm } from './SignInForm';

/** Show a filter box once the roster is longer than this. */
const FILTER_FROM = 8;

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
}: {
  readonly organisationName: string;
  readonly onSignedIn: (session: Session, mustChangeSecret: boolean) => void;
  /** Called once the names are on screen (the app then fetches what signing in needs). */
  readonly onShown?: () => void;
}) {
  const { t } = useTranslation();
  const roster = useLiveQuery(() => listRoster(), []);
  const isShown = roster !== undefined;
  useEffect(() => {
    if (isShown) onShown?.();
  }, [isShown, onShown]);
  const [filter, setFilter] = useState('');
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const selected = roster?.find((entry) => entry.personId === selectedId) ?? null;

  const visible = useMemo(() => {
    const needle = filter.trim().toLocaleLowerCase();
    return (roster ?? []).filter(
      (entry) => needle === '' || entry.displayName.toLocaleLowerCase().includes(needle),
    );
  }, [roster, filter]);

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
            <Button variant="ghost" onClick={() => setSelectedId(null)}>
              {t('signIn.back')}
            </Button>
          </SignInForm>
        ) : (
          <div className="stack">
            <div>
              <h1>{t('signIn.title')}</h1>
              <p className="muted">{t('signIn.subtitle')}</p>
            </div>
            {roster && roster.length > FILTER_FROM ? (
              <TextField
                label={t('signIn.filter')}
                type="search"
                value={filter}
                onChange={(event) => setFilter(event.target.value)}
                autoFocus
              />
            ) : null}
            {roster === undefined ? (
              <p className="muted">{t('app.loading')}</p>
            ) : visible.length === 0 ? (
              <EmptyState
                title={roster.length === 0 ? t('signIn.emptyRoster') : t('signIn.noMatches', { filter })}
              />
            ) : (
              <ul className="roster" aria-label={t('signIn.title')}>
                {visible.map((entry) => (
                  <li key={entry.personId}>
                    <RosterButton entry={entry} onSelect={() => setSelectedId(entry.personId)} />
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
      </div>
    </main>
  );
}

function RosterButton({ entry, onSelect }: { readonly entry: RosterEntry; readonly onSelect: () => void }) {
  const { t } = useTranslation();
  return (
    <button type="button" className="roster__person" onClick={onSelect}>
      <span className="row">
        <span className="avatar" aria-hidden="true">
          {initials(entry.displayName)}
        </span>
        <span className="stack" style={{ gap: 0 }}>
          <span className="roster__name">{entry.displayName}</span>
          <span className="roster__team">{entry.teamName ?? t(`roles.${entry.role}`)}</span>
          {entry.isDisabled ? <span className="roster__status">{t('signIn.disabled')}</span> : null}
        </span>
      </span>
    </button>
  );
}
