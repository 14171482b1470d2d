/**
 * Coaching notes, follow-ups, one-to-ones and the team's training completion.
 *
 * The rules are enforced here, not in the screens:
 * - Only supervisors and admins write coaching notes and one-to-one records, and set cadences. A
 *   supervisor does so only for the people in their own team (never themselves); an admin for anyone.
 * - A person reads their own coaching notes and one-to-one records, and acknowledges or replies to their
 *   own notes only. Nobody else's notes are ever returned to an employee.
 * - A supervisor sees and closes the notes written in their own team; admins see and close all of them.
 */
import type { ZodError } from 'zod';
import { fail, succeed, type Outcome, type Problem } from '../../../../shared/domain/outcome';
import {
  coachingNoteInputSchema,
  coachingReplySchema,
  DEFAULT_CADENCE_WEEKS,
  dueStatus,
  endOfLocalDay,
  followUpDateProblem,
  heldOnProblem,
  isCadenceWeeks,
  nextOneOnOneDue,
  oneOnOneInputSchema,
  oneOnOneStatus,
  parseLocalDate,
  type CadenceWeeks,
  type CoachingNoteInput,
  type DueStatus,
  type OneOnOneInput,
} from '../../../../shared/domain/one-on-one';
import type { Role } from '../../../../shared/domain/roles';
import type { TeamScope } from '../../../../shared/domain/team-scope';
import { AccessDeniedError, requireSession, type Session } from '../../auth/session';
import {
  getDatabase,
  storageOutcome,
  type CoachingNoteRow,
  type ModuleRow,
  type OneOnOneRow,
  type PersonRow,
} from '../../db';
import { assignModule, listTeamTraining, removeAssignment } from '../training';

/** Problem codes the coaching rules produce (each is `coaching.errors.<code>` in the locale). */
const KNOWN_INPUT_CODES = new Set([
  'person-required',
  'field-required',
  'field-too-long',
  'follow-up-invalid',
  'follow-up-past',
  'held-on-invalid',
  'held-on-future',
]);

function problemsFrom(error: ZodError): Problem[] {
  return error.issues.map((issue) => ({
    where: String(issue.path[0] ?? 'form'),
    message: `coaching.errors.${KNOWN_INPUT_CODES.has(issue.message) ? issue.message : 'invalid'}`,
  }));
}

function failWith<T>(problems: readonly Problem[]): Outcome<T> {
  return { ok: false, problems };
}

const LEADERS: readonly Role[] = ['supervisor', 'admin'];

/**
 * The people a supervisor or admin leads: active people in the supervisor's team, or every active person
 * in a team for an admin (in `scope`'s team only, when given) — never the caller themselves.
 */
function ledBy(session: Session, people: readonly PersonRow[], scope: TeamScope = {}): PersonRow[] {
  return people.filter(
    (person) =>
      person.archivedAt === null &&
      person.id !== session.personId &&
      person.teamId !== null &&
      (session.role === 'admin' || person.teamId === session.teamId) &&
      (scope.teamId === undefined || person.teamId === scope.teamId),
  );
}

/** The people a leader's list may cover: one team's (read through the index) or everyone's. */
async function candidatesFor(session: Session, scope: TeamScope): Promise<PersonRow[]> {
  const db = getDatabase();
  const teamId = scope.teamId ?? (session.role === 'admin' ? undefined : session.teamId);
  if (teamId === undefined) return db.people.toArray();
  if (teamId === null) return [];
  return db.people.where('teamId').equals(teamId).toArray();
}

/** Refuse unless the caller leads `person` (admins lead everyone; supervisors their own team). */
function assertLeads(session: Session, person: Pick<PersonRow, 'teamId'>): void {
  if (session.role === 'admin') return;
  if (session.role !== 'supervisor' || session.teamId === null || person.teamId !== session.teamId)
    throw new AccessDeniedError('Supervisors coach only their own team.');
}

/** Refuse unless the caller may see or close notes and records kept for `teamId`. */
function assertOversees(session: Session, teamId: string | null): void {
  if (session.role === 'admin') return;
  if (session.role !== 'supervisor' || session.teamId === null || teamId !== session.teamId)
    throw new AccessDeniedError('Supervisors see only their own team.');
}

function byName(a: { readonly displayName: string }, b: { readonly displayName: string }): number {
  return a.displayName.localeCompare(b.displayName);
}

// ---------------------------------------------------------------------------------------------------------
// Choices for the forms

/** Someone the caller may coach and hold one-to-ones with. */
export interface CoacheeSummary {
  readonly personId: string;
  readonly displayName: string;
  readonly role: Role;
  readonly teamId: string | null;
  readonly teamName: string | null;
}

/**
 * The people the caller leads, by name: a supervisor's own team, or everyone in a team for an admin (only
 * `scope`'s team, when given).
 */
export async function listCoachees(session: Session, scope: TeamScope = {}): Promise<CoacheeSummary[]> {
  requireSession(session, LEADERS);
  if (scope.teamId !== undefined) assertOversees(session, scope.teamId);
  const db = getDatabase();
  return db.transaction('r', [db.people, db.teams], async () => {
    const [people, teams] = await Promise.all([candidatesFor(session, scope), db.teams.toArray()]);
    const teamName = new Map(teams.map((team) => [team.id, team.name]));
    return ledBy(session, people, scope)
      .sort(byName)
      .map((person) => ({
        personId: person.id,
        displayName: person.displayName,
        role: person.role,
        teamId: person.teamId,
        teamName: person.teamId === null ? null : (teamName.get(person.teamId) ?? null),
      }));
  });
}

/** A module a coaching note may link to. */
export interface LinkableModule {
  readonly moduleId: string;
  readonly title: string;
  readonly audience: ModuleRow['audience'];
}

/** The installed modules, by title, for linking to a coaching note. Supervisors and admins only. */
export async function listLinkableModules(session: Session): Promise<LinkableModule[]> {
  requireSession(session, LEADERS);
  const modules = await getDatabase().modules.toArray();
  return modules
    .map((module) => ({ moduleId: module.id, title: module.title, audience: module.audience }))
    .sort((a, b) => a.title.localeCompare(b.title));
}

// ---------------------------------------------------------------------------------------------------------
// Coaching notes

/** A coaching note as the screens show it. */
export interface CoachingNote {
  readonly id: string;
  readonly personId: string;
  readonly personName: string;
  readonly authorName: string;
  readonly situation: string;
  readonly behaviour: string;
  readonly impact: string;
  readonly nextStep: string;
  readonly moduleId: string | null;
  readonly moduleTitle: string | null;
  readonly assignmentId: string | null;
  readonly followUpAt: number;
  /** Where the follow-up stands today (only meaningful while the note is open). */
  readonly followUpStatus: DueStatus;
  readonly createdAt: number;
  readonly acknowledgedAt: number | null;
  readonly reply: string | null;
  readonly repliedAt: number | null;
  readonly isOpen: boolean;
  readonly closedAt: number | null;
  readonly closingNote: string | null;
}

function toCoachingNote(
  row: CoachingNoteRow,
  names: ReadonlyMap<string, string>,
  moduleTitles: ReadonlyMap<string, string>,
  now: number,
): CoachingNote {
  return {
    id: row.id,
    personId: row.personId,
    personName: names.get(row.personId) ?? '',
    authorName: names.get(row.authorId) ?? '',
    situation: row.situation,
    behaviour: row.behaviour,
    impact: row.impact,
    nextStep: row.nextStep,
    moduleId: row.moduleId,
    moduleTitle: row.moduleId === null ? null : (moduleTitles.get(row.moduleId) ?? row.moduleId),
    assignmentId: row.assignmentId,
    followUpAt: row.followUpAt,
    followUpStatus: dueStatus(row.followUpAt, now),
    createdAt: row.createdAt,
    acknowledgedAt: row.acknowledgedAt,
    reply: row.reply,
    repliedAt: row.repliedAt,
    isOpen: row.status === 'open',
    closedAt: row.closedAt,
    closingNote: row.closingNote,
  };
}

async function readNotes(rows: () => Promise<CoachingNoteRow[]>, now: number): Promise<CoachingNote[]> {
  const db = getDatabase();
  return db.transaction('r', [db.coachingNotes, db.people, db.modules], async () => {
    const [notes, modules] = await Promise.all([rows(), db.modules.toArray()]);
    const ids = [...new Set(notes.flatMap((note) => [note.personId, note.authorId]))];
    const people = await db.people.bulkGet(ids);
    const names = new Map(
      people.flatMap((person) => (person ? [[person.id, person.displayName] as const] : [])),
    );
    const titles = new Map(modules.map((module) => [module.id, module.title]));
    return notes.map((row) => toCoachingNote(row, names, titles, now));
  });
}

/** What writing a coaching note created: the note and, when a module was linked, its assignment. */
export interface CreatedCoachingNote {
  readonly noteId: string;
  readonly assignmentId: string | null;
}

/**
 * Write a coaching note for someone the caller leads.
 *
 * When a module is linked, it is assigned to that person in the same flow, due on the follow-up date, and
 * the note keeps the assignment's id. The assignment is written by the training repository (which checks
 * its own rules) before the note; if the note then cannot be saved, the assignment is withdrawn again.
 */
export async function createCoachingNote(
  session: Session,
  input: CoachingNoteInput,
  now = Date.now(),
): Promise<Outcome<CreatedCoachingNote>> {
  requireSession(session, LEADERS);
  const parsed = coachingNoteInputSchema.safeParse(input);
  if (!parsed.success) return failWith(problemsFrom(parsed.error));
  const note = parsed.data;
  const dateProblem = followUpDateProblem(note.followUpDate, now);
  if (dateProblem) return fail('followUpDate', `coaching.errors.${dateProblem}`);
  const db = getDatabase();
  const person = await db.people.get(note.personId);
  if (!person || person.archivedAt !== null) return fail('personId', 'errors.not-found');
  if (person.id === session.personId) return fail('personId', 'coaching.errors.self');
  assertLeads(session, person);

  let assignmentId: string | null = null;
  if (note.moduleId !== null) {
    // The training repository checks the module exists and suits the person's role.
    const assigned = await assignModule(
      session,
      {
        moduleId: note.moduleId,
        target: { kind: 'person', personId: person.id },
        dueDate: note.followUpDate,
      },
      now,
    );
    if (!assigned.ok)
      return failWith(
        assigned.problems.map((problem) => ({
          ...problem,
          where:
            problem.where === 'dueDate'
              ? 'followUpDate'
              : problem.where === 'storage'
                ? 'storage'
                : 'moduleId',
        })),
      );
    assignmentId = assigned.value;
  }

  const followUpDay = parseLocalDate(note.followUpDate) ?? now;
  const row: CoachingNoteRow = {
    id: crypto.randomUUID(),
    personId: person.id,
    authorId: session.personId,
    teamId: person.teamId,
    situation: note.situation,
    behaviour: note.behaviour,
    impact: note.impact,
    nextStep: note.nextStep,
    moduleId: note.moduleId,
    assignmentId,
    followUpAt: endOfLocalDay(followUpDay),
    createdAt: now,
    acknowledgedAt: null,
    reply: null,
    repliedAt: null,
    status: 'open',
    closedAt: null,
    closingNote: null,
  };
  try {
    await db.coachingNotes.add(row);
  } catch (error) {
    if (assignmentId !== null) await removeAssignment(session, assignmentId);
    return storageOutcome(error);
  }
  return succeed({ noteId: row.id, assignmentId });
}

/** The signed-in person's own coaching notes, newest first. */
export async function listMyCoachingNotes(session: Session, now = Date.now()): Promise<CoachingNote[]> {
  requireSession(session);
  const db = getDatabase();
  const notes = await readNotes(
    () => db.coachingNotes.where('personId').equals(session.personId).toArray(),
    now,
  );
  return notes.sort((a, b) => b.createdAt - a.createdAt);
}

/** Acknowledge one of your own coaching notes, with an optional reply (at most 1000 characters). */
export async function acknowledgeCoachingNote(
  session: Session,
  noteId: string,
  reply?: string | null,
  now = Date.now(),
): Promise<Outcome<string>> {
  requireSession(session);
  const parsed = coachingReplySchema.safeParse(reply);
  if (!parsed.success)
    return failWith(problemsFrom(parsed.error).map((problem) => ({ ...problem, where: 'reply' })));
  const db = getDatabase();
  const note = await db.coachingNotes.get(noteId);
  if (!note) return fail('form', 'errors.not-found');
  if (note.personId !== session.personId)
    throw new AccessDeniedError('Only the person a note is about may acknowledge it.');
  if (note.acknowledgedAt !== null) return fail('form', 'coaching.errors.already-acknowledged');
  try {
    await db.coachingNotes.update(noteId, {
      acknowledgedAt: now,
      reply: parsed.data,
      repliedAt: parsed.data === null ? null : now,
    });
  } catch (error) {
    return storageOutcome(error);
  }
  return succeed(noteId);
}

/**
 * The coaching notes the caller oversees: a supervisor's own team, or every team for an admin (only
 * `scope`'s team, when given).
 *
 * Open notes come first, the most pressing follow-up first; closed ones follow, most recently closed first.
 */
export async function listTeamCoachingNotes(
  session: Session,
  now = Date.now(),
  scope: TeamScope = {},
): Promise<CoachingNote[]> {
  requireSession(session, LEADERS);
  if (scope.teamId !== undefined) assertOversees(session, scope.teamId);
  const db = getDatabase();
  const teamId = scope.teamId ?? (session.role === 'admin' ? undefined : session.teamId);
  const notes = await readNotes(() => {
    if (teamId === undefined) return db.coachingNotes.toArray();
    if (teamId === null) return Promise.resolve([]);
    return db.coachingNotes.where('teamId').equals(teamId).toArray();
  }, now);
  return notes.sort((a, b) => {
    if (a.isOpen !== b.isOpen) return a.isOpen ? -1 : 1;
    if (a.isOpen) return a.followUpAt - b.followUpAt || a.createdAt - b.createdAt;
    return (b.closedAt ?? 0) - (a.closedAt ?? 0);
  });
}

/** Close a follow-up, with an optional closing note. The note's team supervisor or an admin. */
export async function closeCoachingNote(
  session: Session,
  noteId: string,
  closingNote?: string | null,
  now = Date.now(),
): Promise<Outcome<string>> {
  requireSession(session, LEADERS);
  const parsed = coachingReplySchema.safeParse(closingNote);
  if (!parsed.success)
    return failWith(problemsFrom(parsed.error).map((problem) => ({ ...problem, where: 'closingNote' })));
  const db = getDatabase();
  const note = await db.coachingNotes.get(noteId);
  if (!note) return fail('form', 'errors.not-found');
  assertOversees(session, note.teamId);
  if (note.status === 'closed') return fail('form', 'coaching.errors.already-closed');
  try {
    await db.coachingNotes.update(noteId, { status: 'closed', closedAt: now, closingNote: parsed.data });
  } catch (error) {
    return storageOutcome(error);
  }
  return succeed(noteId);
}

// ---------------------------------------------------------------------------------------------------------
// One-to-ones

/** Set how often someone the caller leads has a one-to-one: every 1, 2, 4 or 6 weeks. */
export async function setCadence(
  session: Session,
  personId: string,
  weeks: number,
  now = Date.now(),
): Promise<Outcome<CadenceWeeks>> {
  requireSession(session, LEADERS);
  if (!isCadenceWeeks(weeks)) return fail('everyWeeks', 'coaching.errors.cadence-invalid');
  const db = getDatabase();
  const person = await db.people.get(personId);
  if (!person || person.archivedAt !== null) return fail('personId', 'errors.not-found');
  if (person.id === session.personId) return fail('personId', 'coaching.errors.self');
  assertLeads(session, person);
  try {
    await db.oneOnOneCadences.put({ personId, everyWeeks: weeks, setBy: session.personId, updatedAt: now });
  } catch (error) {
    return storageOutcome(error);
  }
  return succeed(weeks);
}

/** One line of the one-to-one schedule. */
export interface OneOnOneScheduleEntry {
  readonly personId: string;
  readonly displayName: string;
  readonly teamName: string | null;
  readonly everyWeeks: CadenceWeeks;
  /** Whether the cadence is the default because nobody has set one. */
  readonly isDefaultCadence: boolean;
  readonly lastHeldAt: number | null;
  readonly nextDueAt: number;
  readonly status: DueStatus;
}

/**
 * The people the caller leads (only `scope`'s team, when given) with their one-to-one cadence, last
 * one-to-one, next due date and status, the most pressing first. With no one-to-one yet, the next is due now.
 */
export async function listOneOnOneSchedule(
  session: Session,
  now = Date.now(),
  scope: TeamScope = {},
): Promise<OneOnOneScheduleEntry[]> {
  requireSession(session, LEADERS);
  if (scope.teamId !== undefined) assertOversees(session, scope.teamId);
  const db = getDatabase();
  return db.transaction('r', [db.people, db.teams, db.oneOnOnes, db.oneOnOneCadences], async () => {
    const [people, teams] = await Promise.all([candidatesFor(session, scope), db.teams.toArray()]);
    const members = ledBy(session, people, scope);
    const cadences = (await db.oneOnOneCadences.bulkGet(members.map((person) => person.id))).flatMap((row) =>
      row ? [row] : [],
    );
    const held = await db.oneOnOnes
      .where('personId')
      .anyOf(members.map((person) => person.id))
      .toArray();
    const teamName = new Map(teams.map((team) => [team.id, team.name]));
    const cadenceOf = new Map(cadences.map((row) => [row.personId, row.everyWeeks]));
    const lastHeld = new Map<string, number>();
    for (const row of held) lastHeld.set(row.personId, Math.max(row.heldAt, lastHeld.get(row.personId) ?? 0));
    return members
      .map((person): OneOnOneScheduleEntry => {
        const stored = cadenceOf.get(person.id);
        const everyWeeks = stored !== undefined && isCadenceWeeks(stored) ? stored : DEFAULT_CADENCE_WEEKS;
        const lastHeldAt = lastHeld.get(person.id) ?? null;
        const nextDueAt = nextOneOnOneDue(lastHeldAt, everyWeeks, now);
        return {
          personId: person.id,
          displayName: person.displayName,
          teamName: person.teamId === null ? null : (teamName.get(person.teamId) ?? null),
          everyWeeks,
          isDefaultCadence: stored === undefined,
          lastHeldAt,
          nextDueAt,
          status: oneOnOneStatus(nextDueAt, now),
        };
      })
      .sort((a, b) => a.nextDueAt - b.nextDueAt || byName(a, b));
  });
}

/** Record a one-to-one held today or earlier with someone the caller leads. */
export async function recordOneOnOne(
  session: Session,
  input: OneOnOneInput,
  now = Date.now(),
): Promise<Outcome<string>> {
  requireSession(session, LEADERS);
  const parsed = oneOnOneInputSchema.safeParse(input);
  if (!parsed.success) return failWith(problemsFrom(parsed.error));
  const record = parsed.data;
  const dateProblem = heldOnProblem(record.heldOn, now);
  if (dateProblem) return fail('heldOn', `coaching.errors.${dateProblem}`);
  const db = getDatabase();
  const person = await db.people.get(record.personId);
  if (!person || person.archivedAt !== null) return fail('personId', 'errors.not-found');
  if (person.id === session.personId) return fail('personId', 'coaching.errors.self');
  assertLeads(session, person);
  const row: OneOnOneRow = {
    id: crypto.randomUUID(),
    personId: person.id,
    supervisorId: session.personId,
    teamId: person.teamId,
    heldAt: parseLocalDate(record.heldOn) ?? now,
    wentWell: record.wentWell,
    toImprove: record.toImprove,
    agreedActions: record.agreedActions,
    createdAt: now,
  };
  try {
    await db.oneOnOnes.add(row);
  } catch (error) {
    return storageOutcome(error);
  }
  return succeed(row.id);
}

/** A one-to-one record as the screens show it. */
export interface OneOnOneRecord {
  readonly id: string;
  readonly personId: string;
  readonly personName: string;
  readonly supervisorName: string;
  readonly heldAt: number;
  readonly wentWell: string;
  readonly toImprove: string;
  readonly agreedActions: string;
}

/**
 * A person's one-to-one records, most recent first.
 *
 * The person sees all of their own (read-only). A supervisor sees the records kept in their own team for
 * someone currently in it; an admin sees every record.
 */
export async function listOneOnOnes(session: Session, personId: string): Promise<OneOnOneRecord[]> {
  requireSession(session);
  const db = getDatabase();
  return db.transaction('r', [db.oneOnOnes, db.people], async () => {
    const isOwn = personId === session.personId;
    if (!isOwn) {
      requireSession(session, LEADERS);
      const person = await db.people.get(personId);
      if (!person) return [];
      assertLeads(session, person);
    }
    const rows = await db.oneOnOnes.where('personId').equals(personId).toArray();
    const people = await db.people.bulkGet([
      ...new Set(rows.flatMap((row) => [row.personId, row.supervisorId])),
    ]);
    const names = new Map(
      people.flatMap((person) => (person ? [[person.id, person.displayName] as const] : [])),
    );
    return rows
      .filter((row) => isOwn || session.role === 'admin' || row.teamId === session.teamId)
      .sort((a, b) => b.heldAt - a.heldAt || b.createdAt - a.createdAt)
      .map((row) => ({
        id: row.id,
        personId: row.personId,
        personName: names.get(row.personId) ?? '',
        supervisorName: names.get(row.supervisorId) ?? '',
        heldAt: row.heldAt,
        wentWell: row.wentWell,
        toImprove: row.toImprove,
        agreedActions: row.agreedActions,
      }));
  });
}

// ---------------------------------------------------------------------------------------------------------
// Training completion matrix

/** Where one person stands on one module in the matrix. */
export type CompletionCellStatus = 'not-assigned' | 'not-started' | 'in-progress' | 'failed' | 'passed';

/** One cell of the completion matrix. */
export interface CompletionCell {
  readonly moduleId: string;
  readonly status: CompletionCellStatus;
  readonly scorePercent: number | null;
  /** The earliest due date among the assignments covering this person, if any. */
  readonly dueAt: number | null;
  readonly isOverdue: boolean;
}

/** One person's row in the completion matrix, with a cell for every column, in column order. */
export interface CompletionMatrixRow {
  readonly personId: string;
  readonly displayName: string;
  readonly teamName: string | null;
  readonly cells: readonly CompletionCell[];
}

/** People × modules: who has passed, started or not started what was assigned to them. */
export interface CompletionMatrix {
  readonly modules: readonly { readonly moduleId: string; readonly title: string }[];
  readonly rows: readonly CompletionMatrixRow[];
}

const STATUS_RANK: Readonly<Record<CompletionCellStatus, number>> = {
  'not-assigned': 0,
  'not-started': 1,
  failed: 2,
  'in-progress': 3,
  passed: 4,
};

/** One person's cell when several assignments cover the same module: best status, earliest due date. */
function mergeCells(a: CompletionCell, b: CompletionCell): CompletionCell {
  const best = STATUS_RANK[b.status] > STATUS_RANK[a.status] ? b : a;
  const isPassed = best.status === 'passed';
  return {
    moduleId: a.moduleId,
    status: best.status,
    scorePercent: best.scorePercent,
    dueAt: a.dueAt === null || b.dueAt === null ? (a.dueAt ?? b.dueAt) : Math.min(a.dueAt, b.dueAt),
    isOverdue: !isPassed && (a.isOverdue || b.isOverdue),
  };
}

/**
 * The team training-completion matrix: rows are the people the caller leads (only `scope`'s team, when
 * given), columns every module assigned to their team or to one of them (every assignment for an admin).
 *
 * Statuses come from the training feature's `listTeamTraining`, so they read the same as on Team training.
 * A person covered by several assignments of one module shows their best status and the earliest due date.
 */
export async function getCompletionMatrix(
  session: Session,
  now = Date.now(),
  scope: TeamScope = {},
): Promise<CompletionMatrix> {
  requireSession(session, LEADERS);
  if (scope.teamId !== undefined) assertOversees(session, scope.teamId);
  const assignments = await listTeamTraining(session, now, scope);
  const db = getDatabase();
  const [people, teams] = await db.transaction('r', [db.people, db.teams], () =>
    Promise.all([candidatesFor(session, scope), db.teams.toArray()]),
  );
  const teamName = new Map(teams.map((team) => [team.id, team.name]));
  const titles = new Map<string, string>();
  const cells = new Map<string, CompletionCell>();
  for (const assignment of assignments) {
    titles.set(assignment.moduleId, assignment.moduleTitle);
    for (const member of assignment.members) {
      const key = `${member.personId}\u0000${assignment.moduleId}`;
      const previous = cells.get(key);
      const current: CompletionCell = {
        moduleId: assignment.moduleId,
        status: member.status,
        scorePercent: member.scorePercent,
        dueAt: assignment.dueAt,
        isOverdue: member.isOverdue,
      };
      cells.set(key, previous ? mergeCells(previous, current) : current);
    }
  }
  const modules = [...titles]
    .map(([moduleId, title]) => ({ moduleId, title }))
    .sort((a, b) => a.title.localeCompare(b.title));
  const rows = ledBy(session, people, scope)
    .sort(byName)
    .map((person) => ({
      personId: person.id,
      displayName: person.displayName,
      teamName: person.teamId === null ? null : (teamName.get(person.teamId) ?? null),
      cells: modules.map(
        ({ moduleId }): CompletionCell =>
          cells.get(`${person.id}\u0000${moduleId}`) ?? {
            moduleId,
            status: 'not-assigned',
            scorePercent: null,
            dueAt: null,
            isOverdue: false,
          },
      ),
    }));
  return { modules, rows };
}
