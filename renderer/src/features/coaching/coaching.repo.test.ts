import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentPack } from '../../../../shared/content/pack-schema';
import { localDay } from '../../../../shared/domain/check-in';
import type { CoachingNoteInput } from '../../../../shared/domain/one-on-one';
import { AccessDeniedError, type Session } from '../../auth/session';
import type { ModuleRow, ShiftwellDatabase } from '../../db';
import { useFreshDatabase } from '../../test/database';
import { createTeam, setUpOrganisation, addAndSignIn } from '../profiles/test-api';
import { assignModule } from '../training';
import {
  acknowledgeCoachingNote,
  closeCoachingNote,
  createCoachingNote,
  getCompletionMatrix,
  listCoachees,
  listLinkableModules,
  listMyCoachingNotes,
  listOneOnOnes,
  listOneOnOneSchedule,
  listTeamCoachingNotes,
  recordOneOnOne,
  setCadence,
} from './coaching.repo';

// Modules are seeded per test below; the bundled packs are left out so each fresh database stays small.
vi.mock('../training/bundled-modules', () => ({ loadBundledPacks: () => Promise.resolve([]) }));

/** Local time `days` calendar days after Monday 2 March 2026 at `hour` (immune to clock changes). */
function dayAt(days: number, hour = 10): number {
  return new Date(2026, 2, 2 + days, hour, 0).getTime();
}

function moduleRow(id: string, title: string, audience: ModuleRow['audience']): ModuleRow {
  const pack: ContentPack = {
    manifest: {
      schemaVersion: 1,
      id,
      version: '1.0.0',
      language: 'en',
      title,
      summary: 'A test module.',
      audience,
      estimatedMinutes: 5,
      passMark: 50,
      stressors: [],
      steps: [{ type: 'lesson', id: 'intro', title: 'Intro', file: 'lessons/intro.md' }],
    },
    lessons: { 'lessons/intro.md': 'Text.' },
  };
  return { id, version: '1.0.0', title, audience, source: 'bundled', installedAt: 0, pack };
}

let db: ShiftwellDatabase;
let admin: Session;
let billingId: string;
let sam: Session; // supervisor, Billing
let bea: Session; // employee, Billing
let kim: Session; // employee, Billing
let rory: Session; // employee, Returns
let rhea: Session; // supervisor, Returns

function person(name: string, role: 'employee' | 'supervisor', team: string): Promise<Session> {
  return addAndSignIn(admin, name, role, team);
}

beforeEach(async () => {
  db = useFreshDatabase();
  await db.modules.bulkPut([
    moduleRow('holds', 'Explaining holds', 'everyone'),
    moduleRow('empathy', 'Empathy on hard calls', 'everyone'),
    moduleRow('leading', 'Leading a team', 'supervisors'),
  ]);
  const setUp = await setUpOrganisation({
    organisationName: 'Org',
    adminName: 'Ada',
    secretKind: 'pin',
    secret: '480917',
  });
  if (!setUp.ok) throw new Error('setup');
  admin = setUp.value;
  const billing = await createTeam(admin, 'Billing');
  const returns = await createTeam(admin, 'Returns');
  if (!billing.ok || !returns.ok) throw new Error('team');
  billingId = billing.value;
  sam = await person('Sam', 'supervisor', billingId);
  bea = await person('Bea', 'employee', billingId);
  kim = await person('Kim', 'employee', billingId);
  rory = await person('Rory', 'employee', returns.value);
  rhea = await person('Rhea', 'supervisor', returns.value);
});

const NOW = dayAt(0);

function noteFor(personId: string, overrides: Partial<CoachingNoteInput> = {}): CoachingNoteInput {
  return {
    personId,
    situation: 'Refund call at 10:40.',
    behaviour: 'The caller was put on hold twice without being told why.',
    impact: 'The caller asked for a manager.',
    nextStep: 'Say why and for how long before placing a hold.',
    moduleId: null,
    followUpDate: localDay(dayAt(14)),
    ...overrides,
  };
}

async function writeNote(author: Session, personId: string, overrides: Partial<CoachingNoteInput> = {}) {
  const outcome = await createCoachingNote(author, noteFor(personId, overrides), NOW);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
  return outcome.value;
}

describe('writing coaching notes', () => {
  it('refuses employees', async () => {
    await expect(createCoachingNote(bea, noteFor(kim.personId), NOW)).rejects.toThrow(AccessDeniedError);
    await expect(listCoachees(bea)).rejects.toThrow(AccessDeniedError);
    expect(await db.coachingNotes.count()).toBe(0);
  });

  it('lets a supervisor write only for their own team, never themselves', async () => {
    await expect(createCoachingNote(sam, noteFor(rory.personId), NOW)).rejects.toThrow(AccessDeniedError);
    expect(await createCoachingNote(sam, noteFor(sam.personId), NOW)).toMatchObject({
      ok: false,
      problems: [{ where: 'personId', message: 'coaching.errors.self' }],
    });
    await writeNote(sam, bea.personId);
    expect((await listCoachees(sam)).map((entry) => entry.displayName)).toEqual(['Bea', 'Kim']);
  });

  it('lets admins write for anyone in a team', async () => {
    await writeNote(admin, rory.personId);
    await writeNote(admin, sam.personId);
    expect((await listCoachees(admin)).map((entry) => entry.displayName)).toEqual([
      'Bea',
      'Kim',
      'Rhea',
      'Rory',
      'Sam',
    ]);
  });

  it('validates the four fields and a follow-up date of today or later', async () => {
    const blank = await createCoachingNote(sam, noteFor(bea.personId, { impact: '  ' }), NOW);
    expect(blank).toEqual({
      ok: false,
      problems: [{ where: 'impact', message: 'coaching.errors.field-required' }],
    });
    const long = await createCoachingNote(sam, noteFor(bea.personId, { behaviour: 'x'.repeat(1001) }), NOW);
    expect(long).toMatchObject({
      ok: false,
      problems: [{ where: 'behaviour', message: 'coaching.errors.field-too-long' }],
    });
    const past = await createCoachingNote(
      sam,
      noteFor(bea.personId, { followUpDate: localDay(dayAt(-1)) }),
      NOW,
    );
    expect(past).toMatchObject({
      ok: false,
      problems: [{ where: 'followUpDate', message: 'coaching.errors.follow-up-past' }],
    });
    expect(
      (await createCoachingNote(sam, noteFor(bea.personId, { followUpDate: localDay(NOW) }), NOW)).ok,
    ).toBe(true);
  });

  it('does not mind judging words: the tone check is a hint, not a rule', async () => {
    await writeNote(sam, bea.personId, { behaviour: 'Was rude and lazy.' });
    expect(await db.coachingNotes.count()).toBe(1);
  });

  it('assigns a linked module to the person automatically, due on the follow-up date', async () => {
    const { noteId, assignmentId } = await writeNote(sam, bea.personId, { moduleId: 'holds' });
    expect(assignmentId).not.toBeNull();
    const assignment = await db.assignments.get(assignmentId ?? '');
    expect(assignment).toMatchObject({
      moduleId: 'holds',
      personId: bea.personId,
      teamId: null,
      assignedBy: sam.personId,
    });
    expect(localDay(assignment?.dueAt ?? 0)).toBe(localDay(dayAt(14)));
    expect(await db.coachingNotes.get(noteId)).toMatchObject({ assignmentId, moduleId: 'holds' });
    expect((await listMyCoachingNotes(bea, NOW))[0]).toMatchObject({
      moduleTitle: 'Explaining holds',
      assignmentId,
    });
  });

  it('writes neither note nor assignment when the module does not suit the person', async () => {
    const outcome = await createCoachingNote(sam, noteFor(bea.personId, { moduleId: 'leading' }), NOW);
    expect(outcome).toMatchObject({
      ok: false,
      problems: [{ where: 'moduleId', message: 'training.errors.audience' }],
    });
    const missing = await createCoachingNote(sam, noteFor(bea.personId, { moduleId: 'gone' }), NOW);
    expect(missing).toMatchObject({
      ok: false,
      problems: [{ where: 'moduleId', message: 'errors.not-found' }],
    });
    expect(await db.coachingNotes.count()).toBe(0);
    expect(await db.assignments.count()).toBe(0);
  });

  it('offers every installed module for linking, to supervisors and admins only', async () => {
    expect((await listLinkableModules(sam)).map((module) => module.title)).toEqual([
      'Empathy on hard calls',
      'Explaining holds',
      'Leading a team',
    ]);
    await expect(listLinkableModules(bea)).rejects.toThrow(AccessDeniedError);
  });
});

describe('reading, acknowledging and closing notes', () => {
  it('shows a person only their own notes', async () => {
    await writeNote(sam, bea.personId);
    await writeNote(sam, kim.personId, { situation: 'About Kim.' });
    expect((await listMyCoachingNotes(bea, NOW)).map((note) => note.personName)).toEqual(['Bea']);
    expect(await listMyCoachingNotes(rory, NOW)).toEqual([]);
    await expect(listTeamCoachingNotes(bea, NOW)).rejects.toThrow(AccessDeniedError);
  });

  it('shows a supervisor their own team’s notes and admins all of them', async () => {
    await writeNote(sam, bea.personId);
    await writeNote(admin, rory.personId);
    expect((await listTeamCoachingNotes(sam, NOW)).map((note) => note.personName)).toEqual(['Bea']);
    expect((await listTeamCoachingNotes(rhea, NOW)).map((note) => note.personName)).toEqual(['Rory']);
    expect((await listTeamCoachingNotes(admin, NOW)).map((note) => note.personName).sort()).toEqual([
      'Bea',
      'Rory',
    ]);
  });

  it('lets only the person a note is about acknowledge it, once, with an optional reply', async () => {
    const { noteId } = await writeNote(sam, bea.personId);
    await expect(acknowledgeCoachingNote(kim, noteId, 'Not mine')).rejects.toThrow(AccessDeniedError);
    await expect(acknowledgeCoachingNote(sam, noteId)).rejects.toThrow(AccessDeniedError);
    expect((await acknowledgeCoachingNote(bea, noteId, '  I will explain holds first.  ', dayAt(1))).ok).toBe(
      true,
    );
    expect(await acknowledgeCoachingNote(bea, noteId, 'Again', dayAt(2))).toMatchObject({
      ok: false,
      problems: [{ message: 'coaching.errors.already-acknowledged' }],
    });
    const [seen] = await listTeamCoachingNotes(sam, dayAt(2));
    expect(seen).toMatchObject({
      acknowledgedAt: dayAt(1),
      reply: 'I will explain holds first.',
      repliedAt: dayAt(1),
    });
  });

  it('acknowledges without a reply, and refuses a reply over 1000 characters', async () => {
    const { noteId } = await writeNote(sam, bea.personId);
    expect(await acknowledgeCoachingNote(bea, noteId, 'x'.repeat(1001))).toMatchObject({
      ok: false,
      problems: [{ where: 'reply', message: 'coaching.errors.field-too-long' }],
    });
    expect((await acknowledgeCoachingNote(bea, noteId, '   ', dayAt(1))).ok).toBe(true);
    expect((await listMyCoachingNotes(bea))[0]).toMatchObject({
      acknowledgedAt: dayAt(1),
      reply: null,
      repliedAt: null,
    });
  });

  it('flags follow-ups as due soon or overdue and lists open ones first', async () => {
    const later = await writeNote(sam, bea.personId, { followUpDate: localDay(dayAt(20)) });
    const sooner = await writeNote(sam, kim.personId, { followUpDate: localDay(dayAt(5)) });
    const closed = await writeNote(sam, bea.personId, { followUpDate: localDay(dayAt(1)) });
    await closeCoachingNote(sam, closed.noteId, null, dayAt(1));
    const notes = await listTeamCoachingNotes(sam, dayAt(3));
    expect(notes.map((note) => [note.id, note.isOpen, note.followUpStatus])).toEqual([
      [sooner.noteId, true, 'due-soon'],
      [later.noteId, true, 'scheduled'],
      [closed.noteId, false, 'overdue'],
    ]);
    expect((await listTeamCoachingNotes(sam, dayAt(6)))[0]?.followUpStatus).toBe('overdue');
  });

  it('lets the team’s supervisor or an admin close a follow-up with an optional closing note', async () => {
    const first = await writeNote(sam, bea.personId);
    const second = await writeNote(sam, kim.personId);
    await expect(closeCoachingNote(bea, first.noteId)).rejects.toThrow(AccessDeniedError);
    await expect(closeCoachingNote(rhea, first.noteId)).rejects.toThrow(AccessDeniedError);
    expect(
      (await closeCoachingNote(sam, first.noteId, ' Holds explained on every call since. ', dayAt(7))).ok,
    ).toBe(true);
    expect((await closeCoachingNote(admin, second.noteId, undefined, dayAt(8))).ok).toBe(true);
    expect(await closeCoachingNote(sam, first.noteId)).toMatchObject({
      ok: false,
      problems: [{ message: 'coaching.errors.already-closed' }],
    });
    expect((await listMyCoachingNotes(bea))[0]).toMatchObject({
      isOpen: false,
      closedAt: dayAt(7),
      closingNote: 'Holds explained on every call since.',
    });
    expect((await listMyCoachingNotes(kim))[0]).toMatchObject({ isOpen: false, closingNote: null });
  });
});

describe('one-to-ones', () => {
  function oneOnOne(personId: string, heldOn: string) {
    return {
      personId,
      heldOn,
      wentWell: 'Calm on escalations.',
      toImprove: 'Wrap-up notes.',
      agreedActions: 'Shadow Kim.',
    };
  }

  it('is due now for someone who has had none, with the default four-week cadence', async () => {
    const schedule = await listOneOnOneSchedule(sam, NOW);
    expect(
      schedule.map((entry) => [
        entry.displayName,
        entry.everyWeeks,
        entry.isDefaultCadence,
        entry.lastHeldAt,
        entry.nextDueAt,
        entry.status,
      ]),
    ).toEqual([
      ['Bea', 4, true, null, NOW, 'due-soon'],
      ['Kim', 4, true, null, NOW, 'due-soon'],
    ]);
  });

  it('puts the next one the cadence after the last, and flags it overdue once that day has passed', async () => {
    expect((await setCadence(sam, bea.personId, 2, NOW)).ok).toBe(true);
    expect((await recordOneOnOne(sam, oneOnOne(bea.personId, localDay(NOW)), NOW)).ok).toBe(true);
    const onTime = await listOneOnOneSchedule(sam, dayAt(3));
    expect(onTime.find((entry) => entry.displayName === 'Bea')).toMatchObject({
      everyWeeks: 2,
      isDefaultCadence: false,
      lastHeldAt: new Date(2026, 2, 2).getTime(),
      status: 'scheduled',
    });
    expect(localDay(onTime.find((entry) => entry.displayName === 'Bea')?.nextDueAt ?? 0)).toBe(
      localDay(dayAt(14)),
    );
    expect(onTime.map((entry) => entry.displayName)).toEqual(['Kim', 'Bea']);
    expect(
      (await listOneOnOneSchedule(sam, dayAt(12))).find((entry) => entry.displayName === 'Bea')?.status,
    ).toBe('due-soon');
    expect(
      (await listOneOnOneSchedule(sam, dayAt(15))).find((entry) => entry.displayName === 'Bea')?.status,
    ).toBe('overdue');
  });

  it('allows only the cadences on offer, for people the caller leads', async () => {
    expect(await setCadence(sam, bea.personId, 3)).toMatchObject({
      ok: false,
      problems: [{ where: 'everyWeeks' }],
    });
    await expect(setCadence(sam, rory.personId, 2)).rejects.toThrow(AccessDeniedError);
    await expect(setCadence(bea, kim.personId, 2)).rejects.toThrow(AccessDeniedError);
    expect((await setCadence(admin, rory.personId, 6)).ok).toBe(true);
  });

  it('requires all three parts and a date no later than today', async () => {
    const blank = await recordOneOnOne(
      sam,
      { ...oneOnOne(bea.personId, localDay(NOW)), toImprove: ' ' },
      NOW,
    );
    expect(blank).toMatchObject({
      ok: false,
      problems: [{ where: 'toImprove', message: 'coaching.errors.field-required' }],
    });
    const future = await recordOneOnOne(sam, oneOnOne(bea.personId, localDay(dayAt(1))), NOW);
    expect(future).toMatchObject({
      ok: false,
      problems: [{ where: 'heldOn', message: 'coaching.errors.held-on-future' }],
    });
    const long = await recordOneOnOne(
      sam,
      { ...oneOnOne(bea.personId, localDay(NOW)), agreedActions: 'x'.repeat(2001) },
      NOW,
    );
    expect(long).toMatchObject({
      ok: false,
      problems: [{ where: 'agreedActions', message: 'coaching.errors.field-too-long' }],
    });
  });

  it('lets the person read their own records, their supervisor and admins read them, and nobody else', async () => {
    await recordOneOnOne(sam, oneOnOne(bea.personId, localDay(dayAt(-14))), NOW);
    await recordOneOnOne(sam, oneOnOne(bea.personId, localDay(NOW)), NOW);
    await expect(recordOneOnOne(bea, oneOnOne(kim.personId, localDay(NOW)), NOW)).rejects.toThrow(
      AccessDeniedError,
    );
    await expect(recordOneOnOne(rhea, oneOnOne(bea.personId, localDay(NOW)), NOW)).rejects.toThrow(
      AccessDeniedError,
    );
    const own = await listOneOnOnes(bea, bea.personId);
    expect(own.map((record) => localDay(record.heldAt))).toEqual([localDay(NOW), localDay(dayAt(-14))]);
    expect(own[0]).toMatchObject({ supervisorName: 'Sam', agreedActions: 'Shadow Kim.' });
    expect(await listOneOnOnes(sam, bea.personId)).toHaveLength(2);
    expect(await listOneOnOnes(admin, bea.personId)).toHaveLength(2);
    await expect(listOneOnOnes(kim, bea.personId)).rejects.toThrow(AccessDeniedError);
    await expect(listOneOnOnes(rhea, bea.personId)).rejects.toThrow(AccessDeniedError);
    expect(await listOneOnOnes(kim, kim.personId)).toEqual([]);
  });

  it('shows admins everyone in a team and refuses employees the schedule', async () => {
    expect((await listOneOnOneSchedule(admin, NOW)).map((entry) => entry.displayName).sort()).toEqual([
      'Bea',
      'Kim',
      'Rhea',
      'Rory',
      'Sam',
    ]);
    await expect(listOneOnOneSchedule(bea, NOW)).rejects.toThrow(AccessDeniedError);
  });

  it('narrows every leader list to one team when asked, and refuses a supervisor another team', async () => {
    const billing = { teamId: billingId };
    const names = (entries: readonly { readonly displayName: string }[]) =>
      entries.map((entry) => entry.displayName).sort();
    expect(names(await listOneOnOneSchedule(admin, NOW, billing))).toEqual(['Bea', 'Kim', 'Sam']);
    expect(names(await listCoachees(admin, billing))).toEqual(['Bea', 'Kim', 'Sam']);
    expect(names((await getCompletionMatrix(admin, NOW, billing)).rows)).toEqual(['Bea', 'Kim', 'Sam']);
    await writeNote(rhea, rory.personId);
    await writeNote(sam, bea.personId);
    expect((await listTeamCoachingNotes(admin, NOW, billing)).map((entry) => entry.personName)).toEqual([
      'Bea',
    ]);
    // A supervisor's own team is what they see anyway; any other is refused.
    expect(names(await listOneOnOneSchedule(sam, NOW, billing))).toEqual(['Bea', 'Kim']);
    await expect(listOneOnOneSchedule(rhea, NOW, billing)).rejects.toThrow(AccessDeniedError);
    await expect(listTeamCoachingNotes(rhea, NOW, billing)).rejects.toThrow(AccessDeniedError);
    await expect(getCompletionMatrix(rhea, NOW, billing)).rejects.toThrow(AccessDeniedError);
    await expect(listCoachees(rhea, billing)).rejects.toThrow(AccessDeniedError);
  });
});

describe('training completion matrix', () => {
  it('shows the team × assigned modules with passed, not started and overdue cells', async () => {
    await assignModule(
      sam,
      { moduleId: 'empathy', target: { kind: 'team', teamId: billingId }, dueDate: localDay(dayAt(7)) },
      NOW,
    );
    await writeNote(sam, bea.personId, { moduleId: 'holds' });
    await assignModule(
      rhea,
      { moduleId: 'holds', target: { kind: 'person', personId: rory.personId }, dueDate: localDay(dayAt(7)) },
      NOW,
    );
    await db.completions.add({
      id: 'c1',
      personId: bea.personId,
      moduleId: 'empathy',
      moduleVersion: '1.0.0',
      attempt: 1,
      correct: 4,
      total: 5,
      scorePercent: 80,
      passMark: 50,
      passed: true,
      startedAt: dayAt(1),
      completedAt: dayAt(1),
    });

    const matrix = await getCompletionMatrix(sam, dayAt(10));
    expect(matrix.modules).toEqual([
      { moduleId: 'empathy', title: 'Empathy on hard calls' },
      { moduleId: 'holds', title: 'Explaining holds' },
    ]);
    expect(
      matrix.rows.map((row) => [
        row.displayName,
        ...row.cells.map((cell) => `${cell.status}${cell.isOverdue ? '!' : ''}`),
      ]),
    ).toEqual([
      ['Bea', 'passed', 'not-started'],
      ['Kim', 'not-started!', 'not-assigned'],
    ]);
    expect(matrix.rows[0]?.cells[0]?.scorePercent).toBe(80);
    expect(matrix.rows[1]?.cells[0]?.dueAt).not.toBeNull();

    const all = await getCompletionMatrix(admin, dayAt(10));
    expect(all.rows.map((row) => row.displayName)).toEqual(['Bea', 'Kim', 'Rhea', 'Rory', 'Sam']);
    expect(all.rows.find((row) => row.displayName === 'Rory')?.cells.map((cell) => cell.status)).toEqual([
      'not-assigned',
      'not-started',
    ]);
    await expect(getCompletionMatrix(bea)).rejects.toThrow(AccessDeniedError);
  });
});
