import { zipSync, strToU8 } from 'fflate';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentPack, Manifest } from '../../../../shared/content/pack-schema';
import { AccessDeniedError, type Session } from '../../auth/session';
import type { ShiftwellDatabase } from '../../db';
import { useFreshDatabase } from '../../test/database';
import { createTeam, setUpOrganisation, signIn, addAndSignIn } from '../profiles/test-api';
import { importPack } from './pack-import.repo';
import { buildTrainingExport } from './training-export.repo';
import {
  answerReview,
  answerStep,
  assignModule,
  ensureBundledModules,
  finishAttempt,
  getPlayerState,
  listCatalogue,
  listDueReview,
  listTeamTraining,
  moveToStep,
  resetBundledModuleSync,
  startAttempt,
} from './training.repo';

const DAY = 24 * 60 * 60 * 1000;

function manifest(id: string, overrides: Partial<Manifest> = {}): Manifest {
  return {
    schemaVersion: 1,
    id,
    version: '1.0.0',
    language: 'en',
    title: `Module ${id}`,
    summary: 'A test module.',
    audience: 'everyone',
    estimatedMinutes: 5,
    passMark: 50,
    stressors: [],
    steps: [
      { type: 'lesson', id: 'intro', title: 'Intro', file: 'lessons/intro.md' },
      {
        type: 'single-choice',
        id: 'q1',
        prompt: 'Pick b',
        correct: 'b',
        options: [
          { id: 'a', text: 'A', explanation: 'No.' },
          { id: 'b', text: 'B', explanation: 'Yes.' },
        ],
      },
      {
        type: 'ordering',
        id: 'q2',
        prompt: 'Order',
        explanation: 'One, two, three.',
        entries: [
          { id: 'one', text: 'One' },
          { id: 'two', text: 'Two' },
          { id: 'three', text: 'Three' },
        ],
      },
      { type: 'reflection', id: 'think', prompt: 'What will you try?' },
    ],
    ...overrides,
  };
}

const bundled: ContentPack[] = [
  { manifest: manifest('basics'), lessons: { 'lessons/intro.md': '## Hello\n\nText.' } },
  {
    manifest: manifest('leading', { audience: 'supervisors', title: 'Leading' }),
    lessons: { 'lessons/intro.md': 'Text.' },
  },
];

vi.mock('./bundled-modules', () => ({ loadBundledPacks: () => Promise.resolve(bundled) }));

let db: ShiftwellDatabase;
let admin: Session;
let supervisor: Session;
let employee: Session;
let otherEmployee: Session;
let teamId: string;

function person(name: string, role: 'employee' | 'supervisor', team: string): Promise<Session> {
  return addAndSignIn(admin, name, role, team);
}

beforeEach(async () => {
  db = useFreshDatabase();
  resetBundledModuleSync();
  await ensureBundledModules();
  const setUp = await setUpOrganisation({
    organisationName: 'Org',
    adminName: 'Ada',
    secretKind: 'pin',
    secret: '480917',
  });
  if (!setUp.ok) throw new Error('setup');
  admin = setUp.value;
  const team = await createTeam(admin, 'Billing');
  const other = await createTeam(admin, 'Returns');
  if (!team.ok || !other.ok) throw new Error('team');
  teamId = team.value;
  supervisor = await person('Sam', 'supervisor', teamId);
  employee = await person('Bea', 'employee', teamId);
  otherEmployee = await person('Rory', 'employee', other.value);
});

async function takeModule(session: Session, moduleId: string, answers: { q1: string; q2: string[] }) {
  await startAttempt(session, moduleId);
  await answerStep(session, moduleId, 'q1', { type: 'single-choice', optionId: answers.q1 });
  await answerStep(session, moduleId, 'q2', { type: 'ordering', entryIds: answers.q2 });
  const done = await finishAttempt(session, moduleId);
  if (!done.ok) throw new Error('finish');
  return done.value;
}

describe('training catalogue and player', () => {
  it('shows employees only modules meant for everyone, and supervisors all of them', async () => {
    expect((await listCatalogue(employee)).map((entry) => entry.moduleId)).toEqual(['basics']);
    expect((await listCatalogue(supervisor)).map((entry) => entry.moduleId).sort()).toEqual([
      'basics',
      'leading',
    ]);
    expect(await getPlayerState(employee, 'leading')).toBeNull();
  });

  it('resumes at the exact step with the answers given, after signing out and back in', async () => {
    await startAttempt(employee, 'basics');
    await answerStep(employee, 'basics', 'q1', { type: 'single-choice', optionId: 'a' });
    await moveToStep(employee, 'basics', 2);
    const again = await signIn(employee.personId, '730142');
    if (!again.ok) throw new Error('sign-in');
    const state = await getPlayerState(again.session, 'basics');
    expect(state?.progress).toMatchObject({ stepIndex: 2, attempt: 1 });
    expect(state?.progress?.answers.q1).toMatchObject({ isCorrect: false });
    expect((await listCatalogue(again.session))[0]).toMatchObject({ status: 'in-progress', stepIndex: 2 });
  });

  it('keeps the first answer to a question within an attempt', async () => {
    await startAttempt(employee, 'basics');
    await answerStep(employee, 'basics', 'q1', { type: 'single-choice', optionId: 'a' });
    const second = await answerStep(employee, 'basics', 'q1', { type: 'single-choice', optionId: 'b' });
    expect(second).toMatchObject({ ok: true, value: { isCorrect: false } });
  });

  it('records a failed attempt with its score and version, and a retry as attempt 2', async () => {
    const failed = await takeModule(employee, 'basics', { q1: 'a', q2: ['two', 'one', 'three'] });
    expect(failed).toMatchObject({ passed: false, scorePercent: 0, moduleVersion: '1.0.0', attempt: 1 });
    expect((await listCatalogue(employee))[0]?.status).toBe('failed');
    const passed = await takeModule(employee, 'basics', { q1: 'b', q2: ['one', 'two', 'three'] });
    expect(passed).toMatchObject({ passed: true, scorePercent: 100, attempt: 2 });
    expect(await db.progress.count()).toBe(0);
  });

  it('brings missed questions back in tomorrow’s review and moves them up a box when right', async () => {
    await takeModule(employee, 'basics', { q1: 'a', q2: ['one', 'two', 'three'] });
    expect(await listDueReview(employee)).toEqual([]);
    const tomorrow = Date.now() + DAY + 1;
    const due = await listDueReview(employee, tomorrow);
    expect(due.map((card) => card.step.id)).toEqual(['q1']);
    vi.useFakeTimers({ now: tomorrow, toFake: ['Date'] });
    try {
      const answered = await answerReview(employee, 'basics', 'q1', { type: 'single-choice', optionId: 'b' });
      expect(answered).toMatchObject({ ok: true, value: { isCorrect: true, box: 2 } });
    } finally {
      vi.useRealTimers();
    }
    expect(await listDueReview(employee, tomorrow)).toEqual([]);
    expect(await db.answerEvents.where('personId').equals(employee.personId).count()).toBe(3);
  });

  it('calls a module mastered after right answers in the module and in a later review', async () => {
    await takeModule(employee, 'basics', { q1: 'b', q2: ['one', 'two', 'three'] });
    expect((await listCatalogue(employee))[0]?.isMastered).toBe(false);
    const later = Date.now() + 2 * DAY + 1;
    vi.useFakeTimers({ now: later, toFake: ['Date'] });
    try {
      await answerReview(employee, 'basics', 'q1', { type: 'single-choice', optionId: 'b' });
      await answerReview(employee, 'basics', 'q2', { type: 'ordering', entryIds: ['one', 'two', 'three'] });
      expect((await listCatalogue(employee))[0]?.isMastered).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('keeps a learner’s progress and review deck to themselves', async () => {
    await startAttempt(employee, 'basics');
    await moveToStep(employee, 'basics', 1);
    expect((await getPlayerState(otherEmployee, 'basics'))?.progress).toBeNull();
  });
});

describe('assignments', () => {
  it('lets a supervisor assign to their own team only, and shows overdue on both sides', async () => {
    const today = new Date();
    const dueDate = `${String(today.getFullYear())}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
    expect(
      await assignModule(supervisor, { moduleId: 'basics', target: { kind: 'team', teamId }, dueDate }),
    ).toMatchObject({ ok: true });
    await expect(
      assignModule(supervisor, {
        moduleId: 'basics',
        target: { kind: 'person', personId: otherEmployee.personId },
        dueDate,
      }),
    ).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(
      assignModule(employee, { moduleId: 'basics', target: { kind: 'team', teamId }, dueDate }),
    ).rejects.toBeInstanceOf(AccessDeniedError);
    const later = Date.now() + DAY;
    expect((await listCatalogue(employee, later))[0]).toMatchObject({ isOverdue: true });
    const team = await listTeamTraining(supervisor, later);
    expect(team).toHaveLength(1);
    expect(team[0]?.members.find((member) => member.displayName === 'Bea')).toMatchObject({
      status: 'not-started',
      isOverdue: true,
    });
    await takeModule(employee, 'basics', { q1: 'b', q2: ['one', 'two', 'three'] });
    const after = await listTeamTraining(supervisor, later);
    expect(after[0]?.members.find((member) => member.displayName === 'Bea')).toMatchObject({
      status: 'passed',
      isOverdue: false,
    });
    expect((await listCatalogue(employee, later))[0]).toMatchObject({ isOverdue: false, status: 'passed' });
  });

  it('refuses due dates in the past', async () => {
    expect(
      await assignModule(admin, {
        moduleId: 'basics',
        target: { kind: 'team', teamId },
        dueDate: '2001-01-01',
      }),
    ).toMatchObject({
      ok: false,
      problems: [{ where: 'dueDate', message: 'training.errors.due-date-past' }],
    });
  });
});

function zipPack(pack: { manifest: unknown; lessons: Record<string, string> }): Uint8Array {
  return zipSync({
    'manifest.json': strToU8(JSON.stringify(pack.manifest, null, 2)),
    ...Object.fromEntries(Object.entries(pack.lessons).map(([path, text]) => [path, strToU8(text)])),
  });
}

describe('content packs', () => {
  it('updates a module to a newer version while completions keep the version they were earned on', async () => {
    await takeModule(employee, 'basics', { q1: 'b', q2: ['one', 'two', 'three'] });
    const newer = zipPack({
      manifest: manifest('basics', { version: '1.1.0', title: 'Basics, revised' }),
      lessons: { 'lessons/intro.md': 'New.' },
    });
    const imported = await importPack(admin, { fileName: 'basics.zip', contents: newer });
    expect(imported).toEqual({
      ok: true,
      value: { moduleId: 'basics', title: 'Basics, revised', version: '1.1.0', previousVersion: '1.0.0' },
    });
    expect((await db.completions.toArray()).map((row) => row.moduleVersion)).toEqual(['1.0.0']);
    expect((await listCatalogue(employee))[0]).toMatchObject({ version: '1.1.0', status: 'passed' });
  });

  it('rejects a bad pack whole, naming the file and field, and changes nothing', async () => {
    await listCatalogue(admin);
    const before = await db.modules.toArray();
    const bad = zipPack({ manifest: { ...manifest('fresh'), passMark: 'high' }, lessons: {} });
    const outcome = await importPack(admin, { fileName: 'fresh.zip', contents: bad });
    expect(outcome.ok).toBe(false);
    const text = outcome.ok ? '' : outcome.problems.map((p) => `${p.where} ${p.message}`).join('\n');
    expect(text).toMatch(/fresh\.zip/);
    expect(text).toMatch(/manifest\.json line \d+/);
    expect(text).toMatch(/passMark/);
    expect(text).toMatch(/lessons\/intro\.md/);
    expect(await db.modules.toArray()).toEqual(before);
  });

  it('refuses an older or equal version and lets only admins import', async () => {
    const same = zipPack({ manifest: manifest('basics'), lessons: { 'lessons/intro.md': 'Same.' } });
    expect(await importPack(admin, { fileName: 'same.zip', contents: same })).toMatchObject({
      ok: false,
      problems: [{ message: 'packs.notNewer' }],
    });
    await expect(importPack(supervisor, { fileName: 'same.zip', contents: same })).rejects.toBeInstanceOf(
      AccessDeniedError,
    );
  });
});

describe('exports', () => {
  it('exports a supervisor’s own team only, never reflections', async () => {
    await startAttempt(employee, 'basics');
    await answerStep(employee, 'basics', 'think', { type: 'reflection', text: 'My private thought' });
    await answerStep(employee, 'basics', 'q1', { type: 'single-choice', optionId: 'b' });
    await answerStep(employee, 'basics', 'q2', { type: 'ordering', entryIds: ['one', 'two', 'three'] });
    await finishAttempt(employee, 'basics');
    await takeModule(otherEmployee, 'basics', { q1: 'b', q2: ['one', 'two', 'three'] });

    const xapi = await buildTrainingExport(supervisor, 'xapi');
    if (!xapi.ok) throw new Error('export');
    expect(xapi.value.contents).not.toContain('My private thought');
    const actors = new Set(
      (JSON.parse(xapi.value.contents) as { actor: { account: { name: string } } }[]).map(
        (s) => s.actor.account.name,
      ),
    );
    expect([...actors]).toEqual([employee.personId]);

    const csv = await buildTrainingExport(admin, 'csv');
    if (!csv.ok) throw new Error('csv');
    expect(csv.value.recordCount).toBe(2);
    expect(csv.value.contents).toContain('Rory');
    await expect(buildTrainingExport(employee, 'csv')).rejects.toBeInstanceOf(AccessDeniedError);
  });
});
