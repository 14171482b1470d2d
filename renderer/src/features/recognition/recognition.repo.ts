/**
 * Recognition records: service values, acknowledgements of good work, the team wall and the quiet list.
 *
 * The rules are enforced here, not in the screens: nobody recognises themselves; supervisors recognise
 * their own team, admins anyone, employees their own team-mates only while peer recognition is on; each
 * giver has a daily limit. Private recognitions are read only by their giver and recipient; the team wall
 * shows public ones to the recipient's team and to admins. Only admins change values and rules.
 */
import type { ZodError } from 'zod';
import { fail, succeed, type Outcome, type Problem } from '../../../../shared/domain/outcome';
import {
  canRecognise,
  DEFAULT_RECOGNITION_RULES,
  isDefaultServiceValueId,
  isOnWallFor,
  isWithinDailyLimit,
  mayGiveRecognition,
  quietPeople,
  recognitionInputSchema,
  recognitionRulesSchema,
  serviceValueInputSchema,
  type RecognitionInput,
  type RecognitionRules,
  type ServiceValueInput,
} from '../../../../shared/domain/recognition';
import { startOfDay } from '../../../../shared/domain/review-schedule';
import type { Role } from '../../../../shared/domain/roles';
import type { TeamScope } from '../../../../shared/domain/team-scope';
import { AccessDeniedError, requireSession, type Session } from '../../auth/session';
import {
  getDatabase,
  storageOutcome,
  type PersonRow,
  type RecognitionRow,
  type ServiceValueRow,
  type ShiftwellDatabase,
} from '../../db';

/** Problem codes the recognition rules produce (each is `recognition.errors.<code>` in the locale). */
const KNOWN_INPUT_CODES = new Set([
  'recipient-required',
  'values-required',
  'values-duplicate',
  'values-too-many',
  'message-required',
  'message-too-long',
  'value-label-required',
  'value-label-too-long',
  'value-description-too-long',
  'daily-limit-range',
  'quiet-weeks-range',
]);

function problemsFrom(error: ZodError): Problem[] {
  return error.issues.map((issue) => ({
    where: String(issue.path[0] ?? 'form'),
    message: `recognition.errors.${KNOWN_INPUT_CODES.has(issue.message) ? issue.message : 'invalid'}`,
  }));
}

function failWith<T>(problems: readonly Problem[]): Outcome<T> {
  return { ok: false, problems };
}

// ---------------------------------------------------------------------------------------------------------
// Rules

async function readRules(db: ShiftwellDatabase): Promise<RecognitionRules> {
  const row = await db.recognitionSettings.get('recognition');
  if (!row) return DEFAULT_RECOGNITION_RULES;
  return {
    allowPeerRecognition: row.allowPeerRecognition,
    dailyLimit: row.dailyLimit,
    quietWeeks: row.quietWeeks,
  };
}

/** The recognition rules in force: peer recognition, daily limit and quiet period (defaults until set). */
export async function getRecognitionSettings(session: Session): Promise<RecognitionRules> {
  requireSession(session);
  return readRules(getDatabase());
}

/** Change the recognition rules. Admins only; limit 1–20 a day, quiet period 1–26 weeks. */
export async function updateRecognitionSettings(
  session: Session,
  input: RecognitionRules,
): Promise<Outcome<RecognitionRules>> {
  requireSession(session, ['admin']);
  const parsed = recognitionRulesSchema.safeParse(input);
  if (!parsed.success) return failWith(problemsFrom(parsed.error));
  try {
    await getDatabase().recognitionSettings.put({ key: 'recognition', ...parsed.data });
  } catch (error) {
    return storageOutcome(error);
  }
  return succeed(parsed.data);
}

// ---------------------------------------------------------------------------------------------------------
// Service values

/** A service value as the screens show it. */
export interface ServiceValue {
  readonly id: string;
  readonly label: string;
  readonly description: string;
  readonly isArchived: boolean;
}

/** A seeded value's translated words, as the screen passes them to `ensureServiceValues`. */
export interface DefaultServiceValueText {
  readonly id: string;
  readonly label: string;
  readonly description: string;
}

function toServiceValue(row: ServiceValueRow): ServiceValue {
  return { id: row.id, label: row.label, description: row.description, isArchived: row.archivedAt !== null };
}

/** The organisation's service values in display order; archived ones only when asked for. */
export async function listServiceValues(
  session: Session,
  options: { readonly includeArchived?: boolean } = {},
): Promise<ServiceValue[]> {
  requireSession(session);
  const rows = await getDatabase().serviceValues.orderBy('order').toArray();
  return rows
    .filter((row) => options.includeArchived === true || row.archivedAt === null)
    .map(toServiceValue);
}

const seeding = new WeakMap<ShiftwellDatabase, Promise<void>>();

/**
 * Seed the service values the first time anyone opens recognition, with the words the screen translated.
 *
 * Only the seeded ids are accepted and only an empty table is filled, so this cannot be used to add or
 * change values; after seeding, admins own the text. The promise is shared per database (screens suspend
 * on it), and it writes, so it must not run inside a live query.
 */
export function ensureServiceValues(
  session: Session,
  defaults: readonly DefaultServiceValueText[],
): Promise<void> {
  requireSession(session);
  const db = getDatabase();
  const existing = seeding.get(db);
  if (existing) return existing;
  const rows: ServiceValueRow[] = [];
  for (const value of defaults) {
    const parsed = serviceValueInputSchema.safeParse({ label: value.label, description: value.description });
    if (!isDefaultServiceValueId(value.id) || !parsed.success) continue;
    if (rows.some((row) => row.id === value.id)) continue;
    rows.push({ id: value.id, ...parsed.data, order: rows.length, archivedAt: null });
  }
  const seed = db
    .transaction('rw', db.serviceValues, async () => {
      if ((await db.serviceValues.count()) === 0) await db.serviceValues.bulkAdd(rows);
    })
    .catch((error: unknown) => {
      seeding.delete(db);
      throw error;
    });
  seeding.set(db, seed);
  return seed;
}

/** Add a service value, or rename and describe one (with `id`). Admins only; labels are unique. */
export async function saveServiceValue(
  session: Session,
  input: ServiceValueInput & { readonly id?: string },
): Promise<Outcome<string>> {
  requireSession(session, ['admin']);
  const parsed = serviceValueInputSchema.safeParse({ label: input.label, description: input.description });
  if (!parsed.success) return failWith(problemsFrom(parsed.error));
  const { label, description } = parsed.data;
  const db = getDatabase();
  try {
    return await db.transaction('rw', db.serviceValues, async (): Promise<Outcome<string>> => {
      const all = await db.serviceValues.toArray();
      const isTaken = all.some(
        (row) =>
          row.id !== input.id && row.archivedAt === null && row.label.toLowerCase() === label.toLowerCase(),
      );
      if (isTaken) return fail('label', 'recognition.errors.value-label-taken');
      if (input.id !== undefined) {
        const current = all.find((row) => row.id === input.id);
        if (!current) return fail('form', 'errors.not-found');
        await db.serviceValues.put({ ...current, label, description });
        return succeed(current.id);
      }
      const id = crypto.randomUUID();
      const order = all.reduce((max, row) => Math.max(max, row.order + 1), 0);
      await db.serviceValues.add({ id, label, description, order, archivedAt: null });
      return succeed(id);
    });
  } catch (error) {
    return storageOutcome(error);
  }
}

/**
 * Archive a service value: it is no longer offered, but past recognitions keep showing it. Admins only.
 *
 * The last active value cannot be archived, or nobody could recognise anyone.
 */
export async function archiveServiceValue(session: Session, valueId: string): Promise<Outcome<string>> {
  requireSession(session, ['admin']);
  const db = getDatabase();
  try {
    return await db.transaction('rw', db.serviceValues, async (): Promise<Outcome<string>> => {
      const all = await db.serviceValues.toArray();
      const current = all.find((row) => row.id === valueId);
      if (!current) return fail('form', 'errors.not-found');
      if (current.archivedAt !== null) return succeed(valueId);
      if (all.filter((row) => row.archivedAt === null).length <= 1)
        return fail('form', 'recognition.errors.last-value');
      await db.serviceValues.put({ ...current, archivedAt: Date.now() });
      return succeed(valueId);
    });
  } catch (error) {
    return storageOutcome(error);
  }
}

/** Offer an archived service value again. Admins only; its label must not clash with an active one. */
export async function restoreServiceValue(session: Session, valueId: string): Promise<Outcome<string>> {
  requireSession(session, ['admin']);
  const db = getDatabase();
  try {
    return await db.transaction('rw', db.serviceValues, async (): Promise<Outcome<string>> => {
      const all = await db.serviceValues.toArray();
      const current = all.find((row) => row.id === valueId);
      if (!current) return fail('form', 'errors.not-found');
      const isTaken = all.some(
        (row) =>
          row.id !== valueId &&
          row.archivedAt === null &&
          row.label.toLowerCase() === current.label.toLowerCase(),
      );
      if (isTaken) return fail('form', 'recognition.errors.value-label-taken');
      await db.serviceValues.put({ ...current, archivedAt: null });
      return succeed(valueId);
    });
  } catch (error) {
    return storageOutcome(error);
  }
}

// ---------------------------------------------------------------------------------------------------------
// Giving recognition

/** Someone the signed-in person may recognise. */
export interface Recipient {
  readonly personId: string;
  readonly displayName: string;
  readonly teamName: string | null;
}

function decide(session: Session, rules: RecognitionRules, recipient: Pick<PersonRow, 'id' | 'teamId'>) {
  return canRecognise({
    giverId: session.personId,
    giverRole: session.role,
    giverTeamId: session.teamId,
    recipientId: recipient.id,
    recipientTeamId: recipient.teamId,
    allowPeer: rules.allowPeerRecognition,
  });
}

/** Whose recipients to list: one team's, or (`null`) the people in no team. Admins only may choose. */
export interface RecipientScope {
  readonly teamId?: string | null;
}

/**
 * The people the signed-in person may recognise now, by name (never themselves). An admin may narrow
 * the list to one team, or to the people in no team; anyone else asking for another team is refused.
 */
export async function listRecipients(session: Session, scope: RecipientScope = {}): Promise<Recipient[]> {
  requireSession(session);
  if (scope.teamId !== undefined && session.role !== 'admin' && scope.teamId !== session.teamId)
    throw new AccessDeniedError('Only admins choose whose team to list.');
  const db = getDatabase();
  return db.transaction('r', [db.people, db.teams, db.recognitionSettings], async () => {
    const rules = await readRules(db);
    if (!mayGiveRecognition(session.role, rules.allowPeerRecognition)) return [];
    const teamId =
      scope.teamId === undefined ? (session.role === 'admin' ? undefined : session.teamId) : scope.teamId;
    const candidates =
      teamId === undefined
        ? await db.people.toArray()
        : teamId === null
          ? (await db.people.toArray()).filter((person) => person.teamId === null)
          : await db.people.where('teamId').equals(teamId).toArray();
    const teams = new Map((await db.teams.toArray()).map((team) => [team.id, team.name]));
    return candidates
      .filter((person) => person.archivedAt === null && decide(session, rules, person) === 'allowed')
      .sort((a, b) => a.displayName.localeCompare(b.displayName))
      .map((person) => ({
        personId: person.id,
        displayName: person.displayName,
        teamName: person.teamId ? (teams.get(person.teamId) ?? null) : null,
      }));
  });
}

/** Whether the signed-in person may give recognition, and how much of today's allowance is left. */
export interface GivingAllowance {
  readonly mayGive: boolean;
  readonly givenToday: number;
  readonly dailyLimit: number;
  readonly remaining: number;
}

function countGivenSinceMidnight(db: ShiftwellDatabase, giverId: string, now: number): Promise<number> {
  return db.recognitions
    .where('[giverId+createdAt]')
    .between([giverId, startOfDay(now)], [giverId, Infinity], true, true)
    .count();
}

/** The signed-in person's giving allowance for today (the daily limit counts from local midnight). */
export async function getGivingAllowance(session: Session, now = Date.now()): Promise<GivingAllowance> {
  requireSession(session);
  const db = getDatabase();
  return db.transaction('r', [db.recognitions, db.recognitionSettings], async () => {
    const rules = await readRules(db);
    const givenToday = await countGivenSinceMidnight(db, session.personId, now);
    return {
      mayGive: mayGiveRecognition(session.role, rules.allowPeerRecognition),
      givenToday,
      dailyLimit: rules.dailyLimit,
      remaining: Math.max(0, rules.dailyLimit - givenToday),
    };
  });
}

/** A training module a recognition can point to. */
export interface LinkableModule {
  readonly moduleId: string;
  readonly title: string;
}

function canSeeModuleAudience(role: Role, audience: 'everyone' | 'supervisors'): boolean {
  return audience === 'everyone' || role !== 'employee';
}

/** Installed modules the signed-in person may link a recognition to, by title. */
export async function listLinkableModules(session: Session): Promise<LinkableModule[]> {
  requireSession(session);
  const modules = await getDatabase().modules.toArray();
  return modules
    .filter((module) => canSeeModuleAudience(session.role, module.audience))
    .map((module) => ({ moduleId: module.id, title: module.title }))
    .sort((a, b) => a.title.localeCompare(b.title));
}

/**
 * Recognise someone's good work.
 *
 * Checks everything again, whatever the form allowed: the recipient is active and may be recognised by
 * the caller, every value exists and is not archived, the linked module is installed, and the caller has
 * not reached today's limit. The count and the write share one transaction, so two quick submits cannot
 * both slip under the limit.
 */
export async function giveRecognition(
  session: Session,
  input: RecognitionInput,
  now = Date.now(),
): Promise<Outcome<RecognitionRow>> {
  requireSession(session);
  const parsed = recognitionInputSchema.safeParse(input);
  if (!parsed.success) return failWith(problemsFrom(parsed.error));
  const { recipientId, valueIds, message, moduleId, isPrivate } = parsed.data;
  const db = getDatabase();
  const id = crypto.randomUUID();
  try {
    return await db.transaction(
      'rw',
      [db.people, db.serviceValues, db.modules, db.recognitions, db.recognitionSettings],
      async (): Promise<Outcome<RecognitionRow>> => {
        const rules = await readRules(db);
        if (!mayGiveRecognition(session.role, rules.allowPeerRecognition))
          return fail('form', 'recognition.errors.peer-recognition-off');
        const recipient = await db.people.get(recipientId);
        if (!recipient || recipient.archivedAt !== null)
          return fail('recipientId', 'recognition.errors.recipient-unknown');
        const decision = decide(session, rules, recipient);
        if (decision !== 'allowed') return fail('recipientId', `recognition.errors.${decision}`);
        const values = await db.serviceValues.bulkGet([...valueIds]);
        if (values.some((value) => value === undefined || value.archivedAt !== null))
          return fail('valueIds', 'recognition.errors.value-unavailable');
        if (moduleId !== null && (await db.modules.get(moduleId)) === undefined)
          return fail('moduleId', 'recognition.errors.module-unknown');
        const givenToday = await countGivenSinceMidnight(db, session.personId, now);
        if (!isWithinDailyLimit(givenToday, rules.dailyLimit))
          return fail('form', 'recognition.errors.daily-limit', { count: rules.dailyLimit });
        const row: RecognitionRow = {
          id,
          giverId: session.personId,
          recipientId,
          teamId: recipient.teamId,
          valueIds,
          message,
          moduleId,
          isPrivate,
          createdAt: now,
        };
        await db.recognitions.add(row);
        return succeed(row);
      },
    );
  } catch (error) {
    return storageOutcome(error);
  }
}

// ---------------------------------------------------------------------------------------------------------
// Reading recognition

/** A person named on a recognition. */
export interface RecognitionPerson {
  readonly personId: string;
  readonly displayName: string;
}

/** A recognition as the screens show it, with names, value labels and the module title resolved. */
export interface RecognitionView {
  readonly id: string;
  readonly giver: RecognitionPerson;
  readonly recipient: RecognitionPerson;
  readonly teamName: string | null;
  readonly values: readonly { readonly id: string; readonly label: string }[];
  readonly message: string;
  readonly module: { readonly moduleId: string; readonly title: string } | null;
  readonly isPrivate: boolean;
  readonly createdAt: number;
}

/** Resolve names, labels and titles for rows the caller may already see (newest first). */
async function toViews(db: ShiftwellDatabase, rows: readonly RecognitionRow[]): Promise<RecognitionView[]> {
  const personIds = [...new Set(rows.flatMap((row) => [row.giverId, row.recipientId]))];
  const moduleIds = [...new Set(rows.flatMap((row) => (row.moduleId === null ? [] : [row.moduleId])))];
  const [people, teams, values, modules] = await Promise.all([
    db.people.bulkGet(personIds),
    db.teams.toArray(),
    db.serviceValues.toArray(),
    db.modules.bulkGet(moduleIds),
  ]);
  const names = new Map(people.flatMap((person) => (person ? [[person.id, person.displayName]] : [])));
  const teamNames = new Map(teams.map((team) => [team.id, team.name]));
  const labels = new Map(values.map((value) => [value.id, value.label]));
  const titles = new Map(modules.flatMap((module) => (module ? [[module.id, module.title]] : [])));
  const person = (personId: string): RecognitionPerson => ({
    personId,
    displayName: names.get(personId) ?? '',
  });
  return [...rows]
    .sort((a, b) => b.createdAt - a.createdAt)
    .map((row) => ({
      id: row.id,
      giver: person(row.giverId),
      recipient: person(row.recipientId),
      teamName: row.teamId === null ? null : (teamNames.get(row.teamId) ?? null),
      values: row.valueIds.map((valueId) => ({ id: valueId, label: labels.get(valueId) ?? valueId })),
      message: row.message,
      module:
        row.moduleId === null
          ? null
          : { moduleId: row.moduleId, title: titles.get(row.moduleId) ?? row.moduleId },
      isPrivate: row.isPrivate,
      createdAt: row.createdAt,
    }));
}

const READ_TABLES = (db: ShiftwellDatabase) => [
  db.recognitions,
  db.people,
  db.teams,
  db.serviceValues,
  db.modules,
];

/** Everything the signed-in person has received, private ones included, newest first. */
export async function listMyRecognitions(session: Session): Promise<RecognitionView[]> {
  requireSession(session);
  const db = getDatabase();
  return db.transaction('r', READ_TABLES(db), async () =>
    toViews(db, await db.recognitions.where('recipientId').equals(session.personId).toArray()),
  );
}

/** Everything the signed-in person has given, private ones included, newest first. */
export async function listGivenRecognitions(session: Session): Promise<RecognitionView[]> {
  requireSession(session);
  const db = getDatabase();
  return db.transaction('r', READ_TABLES(db), async () =>
    toViews(db, await db.recognitions.where('giverId').equals(session.personId).toArray()),
  );
}

/** The latest recognitions the signed-in person received, for the home screen. */
export async function listRecentForHome(session: Session, limit = 3): Promise<RecognitionView[]> {
  requireSession(session);
  const db = getDatabase();
  return db.transaction('r', READ_TABLES(db), async () => {
    const rows = await db.recognitions.where('recipientId').equals(session.personId).toArray();
    const latest = rows.sort((a, b) => b.createdAt - a.createdAt).slice(0, Math.max(0, limit));
    return toViews(db, latest);
  });
}

/** Most entries the team wall shows at once. */
export const TEAM_WALL_SIZE = 50;

/**
 * The team wall: public recognitions for people in a team, newest first.
 *
 * Members see their own team's wall (the default); asking for another team is refused. Admins see any
 * team's wall, or every team's with no `teamId`. Private recognitions never appear.
 */
export async function listTeamWall(
  session: Session,
  teamId?: string | null,
  limit = TEAM_WALL_SIZE,
): Promise<RecognitionView[]> {
  requireSession(session);
  const target = teamId ?? (session.role === 'admin' ? null : session.teamId);
  if (session.role !== 'admin' && target !== session.teamId)
    throw new AccessDeniedError('The team wall shows your own team only.');
  if (session.role !== 'admin' && target === null) return [];
  const db = getDatabase();
  return db.transaction('r', READ_TABLES(db), async () => {
    // Every team's wall reads newest first through the createdAt index and stops at `limit`.
    const visible =
      target === null
        ? await db.recognitions
            .orderBy('createdAt')
            .reverse()
            .filter((row) => isOnWallFor(session, row))
            .limit(Math.max(0, limit))
            .toArray()
        : (await db.recognitions.where('teamId').equals(target).toArray())
            .filter((row) => isOnWallFor(session, row))
            .sort((a, b) => b.createdAt - a.createdAt)
            .slice(0, Math.max(0, limit));
    return toViews(db, visible);
  });
}

/** Someone nobody has recognised lately. */
export interface QuietPerson {
  readonly personId: string;
  readonly displayName: string;
  readonly teamId: string | null;
  readonly teamName: string | null;
  readonly lastRecognisedAt: number | null;
}

/** The quiet list and the period it covers. */
export interface QuietList {
  readonly quietWeeks: number;
  readonly people: readonly QuietPerson[];
}

/**
 * Active people nobody has recognised in the admin's quiet period, longest-waiting first.
 *
 * Supervisors see their own team and admins everyone, or one team with `scope` (never themselves). Private
 * recognitions count:
 * the list is about whether work is noticed, and it shows dates only, never messages.
 */
export async function listQuietPeople(
  session: Session,
  now = Date.now(),
  scope: TeamScope = {},
): Promise<QuietList> {
  requireSession(session, ['supervisor', 'admin']);
  if (scope.teamId !== undefined && session.role !== 'admin' && scope.teamId !== session.teamId)
    throw new AccessDeniedError('Supervisors see only their own team.');
  const teamId = scope.teamId ?? (session.role === 'admin' ? undefined : session.teamId);
  const db = getDatabase();
  return db.transaction('r', [db.people, db.teams, db.recognitions, db.recognitionSettings], async () => {
    const rules = await readRules(db);
    const candidates =
      teamId === undefined
        ? await db.people.toArray()
        : teamId === null
          ? []
          : await db.people.where('teamId').equals(teamId).toArray();
    const people = candidates
      .filter((person) => person.archivedAt === null && person.id !== session.personId)
      .sort((a, b) => a.displayName.localeCompare(b.displayName));
    const received = await db.recognitions
      .where('recipientId')
      .anyOf(people.map((person) => person.id))
      .toArray();
    const teams = new Map((await db.teams.toArray()).map((team) => [team.id, team.name]));
    return {
      quietWeeks: rules.quietWeeks,
      people: quietPeople(people, received, now, rules.quietWeeks).map((person) => ({
        personId: person.id,
        displayName: person.displayName,
        teamId: person.teamId,
        teamName: person.teamId ? (teams.get(person.teamId) ?? null) : null,
        lastRecognisedAt: person.lastRecognisedAt,
      })),
    };
  });
}

export type { RecognitionRules } from '../../../../shared/domain/recognition';
