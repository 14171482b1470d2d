/**
 * What anyone at the workstation may read before signing in: the organisation's name and settings, and the
 * sign-in roster.
 *
 * Kept apart from the admin tools (organisation.repo.ts, people.repo.ts) so the first screen loads without
 * their validation code (zod).
 */
import type { Role } from '../../../../shared/domain/roles';
import type { SecretKind } from '../../../../shared/domain/secret-policy';
import { evaluateGuard, OPEN_GUARD } from '../../../../shared/domain/sign-in-guard';
import {
  endDatabaseWarmUp,
  getDatabase,
  prepareDatabase,
  type PersonRow,
  type ShiftwellDatabase,
} from '../../db';

/** What anyone at the workstation may know about the organisation. */
export interface OrganisationSummary {
  readonly name: string;
  readonly idleLockMinutes: number;
}

/** One entry on the sign-in roster. */
export interface RosterEntry {
  readonly personId: string;
  readonly displayName: string;
  readonly role: Role;
  readonly teamName: string | null;
  readonly secretKind: SecretKind;
  readonly isDisabled: boolean;
}

/**
 * Open the database ahead of the first query (at start, while the first frame renders). Reads nothing.
 *
 * `onCreated` runs once if this open creates the database (a fresh install), as soon as that is known (the
 * browser reports no database, or Dexie starts creating it), so the caller can fetch the first-run screen while
 * the tables are made.
 */
export async function openDatabase(options: { readonly onCreated?: () => void } = {}): Promise<void> {
  // Said once: as soon as the browser reports no database, or else when this open creates it.
  let isCreationSaid = false;
  const created = () => {
    if (isCreationSaid) return;
    isCreationSaid = true;
    options.onCreated?.();
  };
  let db: ShiftwellDatabase | null = null;
  try {
    db = await prepareDatabase({ onMissing: created });
    db.on('populate', created);
    await db.open();
  } finally {
    db?.on('populate').unsubscribe(created);
    endDatabaseWarmUp();
  }
}

/** Name order as `localeCompare` gives it, without building a comparison for each of ~4,500 comparisons. */
const byName = new Intl.Collator();

/** The organisation's public summary, or null before first-run setup. */
export async function getOrganisation(): Promise<OrganisationSummary | null> {
  const row = await getDatabase().organisation.get('org');
  return row ? { name: row.name, idleLockMinutes: row.idleLockMinutes } : null;
}

/** One page of the sign-in roster, and how many names there are in all and match the search. */
export interface RosterPage {
  readonly entries: readonly RosterEntry[];
  /** Everyone who can sign in here. */
  readonly total: number;
  /** Those whose name contains the search (everyone when there is no search). */
  readonly matching: number;
}

/** How much of the roster to read: the first `limit` names containing `search` (any case). */
export interface RosterQuery {
  readonly search?: string;
  readonly limit?: number;
}

/**
 * Who can sign in here, sorted by name: the first `limit` whose name contains `search`, with the counts.
 * Safe to show before anyone signs in. Only the page's people have their team, sign-in kind and lock read.
 */
export async function listRoster({ search = '', limit = Infinity }: RosterQuery = {}): Promise<RosterPage> {
  const db = getDatabase();
  const needle = search.trim().toLocaleLowerCase();
  return db.transaction('r', [db.people, db.teams, db.credentials, db.signInGuards], async () => {
    const people = (await db.people.toArray()).filter((person) => person.archivedAt === null);
    const matches = people
      .filter((person) => needle === '' || person.displayName.toLocaleLowerCase().includes(needle))
      .sort((a, b) => byName.compare(a.displayName, b.displayName));
    const shown = matches.slice(0, Math.max(0, limit));
    return {
      entries: await toRosterEntries(shown),
      total: people.length,
      matching: matches.length,
    };
  });
}

/** What the first screen shows: the organisation (null before setup) and, once set up, the roster's first page. */
export interface StartScreen {
  readonly organisation: OrganisationSummary | null;
  readonly roster: RosterPage | null;
}

/** The first screen before setup: no organisation, and so no roster. */
const NOT_SET_UP: StartScreen = { organisation: null, roster: null };

/**
 * Open the database and read the first screen's data (`readStartScreen`). `onCreated` is as for
 * `openDatabase`.
 *
 * On a fresh install, `start` is answered as soon as the database is known to be new, before its tables are
 * made: there is nothing in it to read, so the setup screen need not wait for them. `opened` settles when
 * the database is open (or failed to open); the setup screen's own writes wait for it, as Dexie queues them.
 */
export function openForStartScreen(options: {
  readonly rosterLimit: number;
  readonly onCreated?: () => void;
}): { readonly opened: Promise<void>; readonly start: Promise<StartScreen> } {
  let answerNew: (screen: StartScreen) => void = () => undefined;
  const isNew = new Promise<StartScreen>((resolve) => {
    answerNew = resolve;
  });
  const opened = openDatabase({
    onCreated: () => {
      answerNew(NOT_SET_UP);
      options.onCreated?.();
    },
  });
  const read = opened.then(() => readStartScreen(options.rosterLimit));
  return { opened, start: Promise.race([isNew, read]) };
}

/**
 * The first screen's data, read in one transaction: the app reads it while its code is still starting, so
 * the roster's names are there at its first render instead of one query after the organisation's.
 */
export async function readStartScreen(rosterLimit: number): Promise<StartScreen> {
  const db = getDatabase();
  return db.transaction(
    'r',
    [db.organisation, db.people, db.teams, db.credentials, db.signInGuards],
    async () => {
      const [organisation, roster] = await Promise.all([
        getOrganisation(),
        listRoster({ limit: rosterLimit }),
      ]);
      return { organisation, roster: organisation ? roster : null };
    },
  );
}

/** One person's roster entry (for the lock screen), or null when they can no longer sign in here. */
export async function getRosterEntry(personId: string): Promise<RosterEntry | null> {
  const db = getDatabase();
  return db.transaction('r', [db.people, db.teams, db.credentials, db.signInGuards], async () => {
    const person = await db.people.get(personId);
    if (!person || person.archivedAt !== null) return null;
    return (await toRosterEntries([person]))[0] ?? null;
  });
}

async function toRosterEntries(people: readonly PersonRow[]): Promise<RosterEntry[]> {
  const db = getDatabase();
  const ids = people.map((person) => person.id);
  const teamIds = [...new Set(people.flatMap((person) => (person.teamId ? [person.teamId] : [])))];
  const [teams, credentials, guards] = await Promise.all([
    db.teams.bulkGet(teamIds),
    db.credentials.bulkGet(ids),
    db.signInGuards.bulkGet(ids),
  ]);
  const teamName = new Map(teams.flatMap((team) => (team ? [[team.id, team.name] as const] : [])));
  const now = Date.now();
  return people.map((person, index) => ({
    personId: person.id,
    displayName: person.displayName,
    role: person.role,
    teamName: person.teamId ? (teamName.get(person.teamId) ?? null) : null,
    secretKind: credentials[index]?.kind ?? 'pin',
    isDisabled: evaluateGuard(guards[index] ?? OPEN_GUARD, now).kind === 'disabled',
  }));
}
