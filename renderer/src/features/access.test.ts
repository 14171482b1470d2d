/**
 * Who may read and change what, table by table, at the repository layer.
 *
 * One shared organisation is seeded once: the owner (an employee of team A) has data in every table, and
 * five actors call every repository function that reads or writes each table — the owner or their own
 * supervisor as the positive control, and the three actors the rules are about: another employee (a
 * team-mate of the owner, the closest an employee gets), the supervisor of another team, and an admin.
 * Every refused write is also checked to leave its table exactly as it was.
 *
 * `ACCESS` is keyed by table name and compared with the database's real table list, so a new table without
 * access rules here fails the suite. Functions that take no session are listed in `PUBLIC_READS` with why.
 */
import { localDay } from '../../../shared/domain/check-in-record';
import { checkInWeeksOf } from '../../../shared/domain/week-buckets';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { ContentPack, Manifest } from '../../../shared/content/pack-schema';
import type { CheckInInput } from '../../../shared/domain/check-in';
import { emptyTeamDashboard } from '../../../shared/domain/team-report';
import { AccessDeniedError, type Session } from '../auth/session';
import type { ShiftwellDatabase } from '../db';
import { storedRollups, useFreshDatabase } from '../test/database';
import {
  acceptPrivacyNotice,
  closeTalkRequest,
  eraseMyCheckInData,
  listModuleTitles,
  deleteSupportResource,
  getMyOpenTalkRequest,
  getTeamWellbeing,
  hasAcceptedPrivacyNotice,
  listMyCheckIns,
  listSupportResources,
  listTalkRequests,
  readMyNote,
  recordCheckIn,
  requestTalk,
  saveSupportResource,
  updateCheckInSettings,
  withdrawTalkRequest,
} from './check-ins/check-ins.repo';
import { getTeamDashboard, getTeamsOverview } from './check-ins/team-dashboard.repo';
import {
  acknowledgeCoachingNote,
  closeCoachingNote,
  createCoachingNote,
  getCompletionMatrix,
  listCoachees,
  listLinkableModules as listCoachingModules,
  listMyCoachingNotes,
  listOneOnOneSchedule,
  listOneOnOnes,
  listTeamCoachingNotes,
  recordOneOnOne,
  setCadence,
} from './coaching/coaching.repo';
import { getOwnSecretKind, signIn, signOut } from './profiles/auth.repo';
import { setIdleLockMinutes } from './profiles/organisation.repo';
import {
  createPerson,
  createTeam,
  listPeople,
  listPeoplePage,
  listTeams,
  renameTeam,
  resetSignIn,
  setPersonArchived,
  setTeamArchived,
  updatePerson,
} from './profiles/people.repo';
import {
  addAndSignIn,
  changeOwnSecret,
  setUpOrganisation,
  setUpOrganisationWithTeams,
} from './profiles/test-api';
import {
  archiveServiceValue,
  ensureServiceValues,
  getGivingAllowance,
  getRecognitionSettings,
  giveRecognition,
  listGivenRecognitions,
  listLinkableModules as listRecognitionModules,
  listMyRecognitions,
  listQuietPeople,
  listRecentForHome,
  listRecipients,
  listServiceValues,
  listTeamWall,
  restoreServiceValue,
  saveServiceValue,
  updateRecognitionSettings,
} from './recognition/recognition.repo';
import {
  applyFirstRunRestore,
  applyRestore,
  createBackup,
  getAutomaticBackupStatus,
  prepareFirstRunRestore,
  prepareRestore,
  prepareRestoreWithKey,
  runAutomaticBackupIfDue,
  turnOffAutomaticBackups,
  turnOnAutomaticBackups,
} from './backup/backup.repo';
import { deriveBackupKey } from './backup/backup-file';
import { getTeamTrainingCompletion } from './reports/reports.repo';
import { importPack, listInstalledModules } from './training/pack-import.repo';
import { buildTrainingExport } from './training/training-export.repo';
import {
  answerReview,
  answerStep,
  assignModule,
  ensureBundledModules,
  finishAttempt,
  getPlayerState,
  listAssignableModules,
  listCatalogue,
  listDueReview,
  listTeamTraining,
  moveToStep,
  removeAssignment,
  resetBundledModuleSync,
  startAttempt,
} from './training/training.repo';

import * as backupRepository from './backup/backup.repo';
import * as checkInsRepository from './check-ins/check-ins.repo';
import * as teamWeeksRepository from './check-ins/team-weeks.repo';
import * as checkInWeeksRepository from './check-ins/check-in-weeks.repo';
import * as teamDashboardRepository from './check-ins/team-dashboard.repo';
import * as coachingRepository from './coaching/coaching.repo';
import * as authRepository from './profiles/auth.repo';
import * as noteKeyRepository from './profiles/note-key.repo';
import * as organisationRepository from './profiles/organisation.repo';
import * as peopleRepository from './profiles/people.repo';
import * as rosterRepository from './profiles/roster.repo';
import * as recognitionRepository from './recognition/recognition.repo';
import * as reportsRepository from './reports/reports.repo';
import * as settingsRepository from './settings/settings.repo';
import * as packImportRepository from './training/pack-import.repo';
import * as trainingExportRepository from './training/training-export.repo';
import * as trainingRepository from './training/training.repo';

/** Every repository module, so a new exported function without an access probe fails the suite. */
const REPOSITORIES: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
  'backup.repo': backupRepository,
  'check-ins.repo': checkInsRepository,
  'team-dashboard.repo': teamDashboardRepository,
  'team-weeks.repo': teamWeeksRepository,
  'check-in-weeks.repo': checkInWeeksRepository,
  'coaching.repo': coachingRepository,
  'auth.repo': authRepository,
  'note-key.repo': noteKeyRepository,
  'organisation.repo': organisationRepository,
  'people.repo': peopleRepository,
  'roster.repo': rosterRepository,
  'recognition.repo': recognitionRepository,
  'reports.repo': reportsRepository,
  'settings.repo': settingsRepository,
  'pack-import.repo': packImportRepository,
  'training-export.repo': trainingExportRepository,
  'training.repo': trainingRepository,
};

// ---------------------------------------------------------------------------------------------------------
// Content: one module for everyone, one for supervisors only

function manifest(id: string, audience: Manifest['audience']): Manifest {
  return {
    schemaVersion: 1,
    id,
    version: '1.0.0',
    language: 'en',
    title: `Module ${id}`,
    summary: 'A test module.',
    audience,
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
    ],
  };
}

const bundled: ContentPack[] = [
  { manifest: manifest('basics', 'everyone'), lessons: { 'lessons/intro.md': 'Text.' } },
  { manifest: manifest('leading', 'supervisors'), lessons: { 'lessons/intro.md': 'Text.' } },
];
vi.mock('./training/bundled-modules', () => ({ loadBundledPacks: () => Promise.resolve(bundled) }));

// ---------------------------------------------------------------------------------------------------------
// The seeded organisation

const OWNER_PIN = '602847';
const NOTE_TEXT = 'MARKER-note: the customer shouted at me';
const PUBLIC_PRAISE = 'MARKER-public-praise for Beatrix';
const PRIVATE_PRAISE = 'MARKER-private-praise for Beatrix';
const COACHING_TEXT = 'MARKER-coaching situation';
const ONE_ON_ONE_TEXT = 'MARKER-one-to-one went well';
const SUPPORT_TITLE = 'MARKER-support line';
const DAY = 24 * 60 * 60 * 1000;

/** Today plus `days`, as YYYY-MM-DD. */
function isoDate(days: number): string {
  const date = new Date(Date.now() + days * DAY);
  return `${String(date.getFullYear())}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/** The five actors whose access is checked. */
const ACTORS = ['owner', 'ownSupervisor', 'employee', 'otherSupervisor', 'admin'] as const;
type Actor = (typeof ACTORS)[number];

interface World {
  readonly db: ShiftwellDatabase;
  readonly sessions: Readonly<Record<Actor, Session>>;
  readonly teamA: string;
  readonly teamB: string;
  readonly spareTeam: string;
  readonly ownerId: string;
  readonly teammateId: string;
  /** A person only ever used as the target of resets. */
  readonly spareId: string;
  readonly checkInId: string;
  /** An older check-in of the owner's, as a restore stores it (a week to a row). */
  readonly restoredCheckInId: string;
  readonly talkRequestId: string;
  readonly ownerVerifierHash: string;
  readonly ownerAcceptedAt: number | null | undefined;
}

let world: World;

function must<T>(outcome: { ok: true; value: T } | { ok: false; problems: unknown }): T {
  if (!outcome.ok) throw new Error(`Seeding failed: ${JSON.stringify(outcome.problems)}`);
  return outcome.value;
}

async function seed(db: ShiftwellDatabase): Promise<World> {
  resetBundledModuleSync();
  await ensureBundledModules();
  const { admin, teamIds } = await setUpOrganisationWithTeams('Billing', 'Returns', 'Spare');
  const [teamA = '', teamB = '', spareTeam = ''] = teamIds;
  const ownSupervisor = await addAndSignIn(admin, 'Sam Supervisor', 'supervisor', teamA);
  const first = await addAndSignIn(admin, 'Beatrix Owner', 'employee', teamA);
  // The owner chooses their own PIN, which creates their note key.
  must(await changeOwnSecret(first, { currentSecret: '730142', secretKind: 'pin', newSecret: OWNER_PIN }));
  const owner = first;
  const employee = await addAndSignIn(admin, 'Cal Teammate', 'employee', teamA);
  const otherSupervisor = await addAndSignIn(admin, 'Otto Other', 'supervisor', teamB);
  const spareId = must(
    await createPerson(admin, {
      displayName: 'Zed Spare',
      role: 'employee',
      teamId: spareTeam,
      secretKind: 'pin',
      temporarySecret: '730142',
    }),
  );

  // Check-ins: a check-in with a private note, the privacy notice, a request to talk.
  await acceptPrivacyNotice(owner);
  const checkIn = must(
    await recordCheckIn(owner, {
      moment: 'shift-end',
      ratings: {
        'emotional-labor': 4,
        'role-conflict': 2,
        'role-ambiguity': 3,
        'role-overload': 5,
        'service-climate': 2,
      },
      energy: 2,
      tags: [],
      note: NOTE_TEXT,
    }),
  );
  const talkRequestId = must(await requestTalk(owner, { consent: true }));
  must(await saveSupportResource(admin, { title: SUPPORT_TITLE, description: '', contact: '0800' }));

  // Training: an assignment, a finished attempt (completion, answers, review deck), a new attempt.
  must(
    await assignModule(ownSupervisor, {
      moduleId: 'basics',
      target: { kind: 'person', personId: owner.personId },
      dueDate: isoDate(7),
    }),
  );
  must(await startAttempt(owner, 'basics'));
  must(await answerStep(owner, 'basics', 'q1', { type: 'single-choice', optionId: 'b' }));
  must(await finishAttempt(owner, 'basics'));
  must(await startAttempt(owner, 'basics'));

  // A week of the owner's check-ins as a restore stores them.
  const restored = { ...checkIn, id: 'restored-check-in', at: checkIn.at - 30 * 86_400_000 };
  await db.checkInWeeks.bulkAdd(checkInWeeksOf([{ ...restored, day: localDay(restored.at) }]));

  // Recognition, coaching, one-to-ones.
  await ensureServiceValues(admin, [{ id: 'integrity', label: 'We listen', description: '' }]);
  for (const [message, isPrivate] of [
    [PUBLIC_PRAISE, false],
    [PRIVATE_PRAISE, true],
  ] as const) {
    must(
      await giveRecognition(ownSupervisor, {
        recipientId: owner.personId,
        valueIds: ['integrity'],
        message,
        isPrivate,
      }),
    );
  }
  must(await createCoachingNote(ownSupervisor, coachingNote(owner.personId)));
  must(
    await recordOneOnOne(ownSupervisor, {
      personId: owner.personId,
      heldOn: isoDate(0),
      wentWell: ONE_ON_ONE_TEXT,
      toImprove: 'Pace',
      agreedActions: 'Practise',
    }),
  );
  must(await setCadence(ownSupervisor, owner.personId, 2));

  const credential = await db.credentials.get(owner.personId);
  return {
    db,
    sessions: { owner, ownSupervisor, employee, otherSupervisor, admin },
    teamA,
    teamB,
    spareTeam,
    ownerId: owner.personId,
    teammateId: employee.personId,
    spareId,
    checkInId: checkIn.id,
    restoredCheckInId: restored.id,
    talkRequestId,
    ownerVerifierHash: credential?.hash ?? 'missing',
    ownerAcceptedAt: (await db.checkInPreferences.get(owner.personId))?.privacyNoticeAcceptedAt,
  };
}

const plainCheckIn: CheckInInput = {
  moment: 'shift-start',
  ratings: {
    'emotional-labor': 3,
    'role-conflict': 3,
    'role-ambiguity': 3,
    'role-overload': 3,
    'service-climate': 3,
  },
  energy: 3,
  tags: [],
};

function coachingNote(personId: string) {
  return {
    personId,
    situation: COACHING_TEXT,
    behaviour: 'Kept calm',
    impact: 'The customer stayed',
    nextStep: 'Keep going',
    moduleId: null,
    followUpDate: isoDate(7),
  };
}

// ---------------------------------------------------------------------------------------------------------
// Expectations

/** How one actor's call must turn out. */
type Check = (result: Promise<unknown>) => Promise<void>;

/** Refused outright: the repository throws AccessDeniedError. */
const denied: Check = async (result) => {
  await expect(result).rejects.toBeInstanceOf(AccessDeniedError);
};

/** Allowed: the outcome is ok. */
const succeeds: Check = async (result) => {
  expect(await result).toMatchObject({ ok: true });
};

/** Refused as an outcome with this problem (e.g. "not found" rather than revealing the row exists). */
function refused(message: string): Check {
  return async (result) => {
    expect(await result).toMatchObject({ ok: false, problems: [{ message }] });
  };
}

/** Answered, and the answer contains the marker (the owner's data is visible). */
function reveals(marker: () => string): Check {
  return async (result) => {
    expect(JSON.stringify(await result)).toContain(marker());
  };
}

/** Answered, and the answer does not contain the marker (the owner's data is hidden). */
function hides(marker: () => string): Check {
  return async (result) => {
    expect(JSON.stringify(await result)).not.toContain(marker());
  };
}

/** Answered with exactly this value. */
function equals(expected: () => unknown): Check {
  return async (result) => {
    expect(await result).toEqual(expected());
  };
}

const REFUSALS = new Set<Check>([denied]);

/** A repository call made as each actor, with what each must get. */
interface Probe {
  readonly call: string;
  /** Whether it writes: refused writes must leave the table unchanged. */
  readonly writes: boolean;
  /** Makes a fresh target (as a live, entitled session) before the table is snapshotted. */
  readonly prepare?: () => Promise<string>;
  readonly run: (session: Session, target: string) => Promise<unknown>;
  /** The three actors are required; the owner or own supervisor serves as the positive control. */
  readonly expect: Readonly<Record<'employee' | 'otherSupervisor' | 'admin', Check>> &
    Partial<Readonly<Record<'owner' | 'ownSupervisor', Check>>>;
}

function read(call: string, run: Probe['run'], expectations: Probe['expect']): Probe {
  return { call, writes: false, run, expect: expectations };
}

function write(call: string, run: Probe['run'], expectations: Probe['expect']): Probe {
  return { call, writes: true, run, expect: expectations };
}

/** A write on a fresh target made by `prepare`, so an allowed call does not change what later calls see. */
function writeOn(
  call: string,
  prepare: () => Promise<string>,
  run: Probe['run'],
  expectations: Probe['expect'],
): Probe {
  return { call, writes: true, prepare, run, expect: expectations };
}

function refusing(check: Check): Check {
  REFUSALS.add(check);
  return check;
}

const notFound = refusing(refused('errors.not-found'));
/** Answered without error, and (checked by the runner) the table is left as it was. */
const unchanged = refusing(async (result) => {
  await result;
});
const ownerId = () => world.ownerId;
/** A passphrase and its confirmation for backups. */
const BACKUP_PASSPHRASE = { passphrase: 'harbour lights at dawn', confirmation: 'harbour lights at dawn' };
/** Bytes that are not a backup file. */
const NOT_A_BACKUP = new TextEncoder().encode('not a backup at all, just some words');
/** A refusal whose reason is that the file is not a backup (the admin got past the role check). */
const notABackup: Check = async (result) => {
  expect(await result).toMatchObject({ ok: false, problems: [{ message: 'backup.errors.notABackup' }] });
};

/** A backup of the whole world as it is now, checked and ready to restore (restoring it changes nothing). */
async function identicalRestorePlan() {
  const file = must(await createBackup(world.sessions.admin, BACKUP_PASSPHRASE));
  return must(
    await prepareRestore(world.sessions.admin, {
      file: file.contents,
      passphrase: BACKUP_PASSPHRASE.passphrase,
    }),
  );
}
const ownerName = () => 'Beatrix Owner';

async function freshCoachingNote(): Promise<string> {
  return must(await createCoachingNote(world.sessions.ownSupervisor, coachingNote(world.ownerId))).noteId;
}

async function freshAssignment(): Promise<string> {
  return must(
    await assignModule(world.sessions.admin, {
      moduleId: 'basics',
      target: { kind: 'person', personId: world.ownerId },
      dueDate: isoDate(14),
    }),
  );
}

/** An open request to talk from the owner's team-mate (team A), made fresh when the last was closed. */
async function teamARequest(): Promise<string> {
  return must(await requestTalk(world.sessions.employee, { consent: true }));
}

// ---------------------------------------------------------------------------------------------------------
// The matrix: every table, the calls that touch it, and what each actor gets

const ACCESS: Readonly<Record<string, readonly Probe[]>> = {
  organisation: [
    write('setIdleLockMinutes', (s) => setIdleLockMinutes(s, 7), {
      employee: denied,
      otherSupervisor: denied,
      ownSupervisor: denied,
      admin: succeeds,
    }),
  ],
  teams: [
    read('listTeams', (s) => listTeams(s), {
      owner: hides(() => world.teamB),
      employee: hides(() => world.teamB),
      otherSupervisor: hides(() => world.teamA),
      admin: reveals(() => world.teamB),
    }),
    write('createTeam', (s) => createTeam(s, `Team ${crypto.randomUUID().slice(0, 8)}`), {
      employee: denied,
      otherSupervisor: denied,
      ownSupervisor: denied,
      admin: succeeds,
    }),
    write('renameTeam', (s) => renameTeam(s, world.teamA, 'Billing'), {
      employee: denied,
      otherSupervisor: denied,
      ownSupervisor: denied,
      admin: succeeds,
    }),
    write('setTeamArchived', (s) => setTeamArchived(s, world.spareTeam, false), {
      employee: denied,
      otherSupervisor: denied,
      ownSupervisor: denied,
      admin: succeeds,
    }),
  ],
  people: [
    read('listPeople', (s) => listPeople(s), {
      employee: denied,
      otherSupervisor: hides(ownerId),
      ownSupervisor: reveals(ownerId),
      admin: reveals(ownerId),
    }),
    read('listPeople (team A)', (s) => listPeople(s, { teamId: world.teamA }), {
      employee: denied,
      otherSupervisor: denied,
      ownSupervisor: reveals(ownerId),
      admin: reveals(ownerId),
    }),
    read(
      'listPeoplePage (searching for the owner)',
      (s) => listPeoplePage(s, { search: 'Beatrix', offset: 0, limit: 20 }),
      {
        employee: denied,
        otherSupervisor: denied,
        ownSupervisor: denied,
        admin: reveals(ownerId),
      },
    ),
    write(
      'createPerson',
      (s) =>
        createPerson(s, {
          displayName: 'New Starter',
          role: 'employee',
          teamId: world.teamA,
          secretKind: 'pin',
          temporarySecret: '730142',
        }),
      { employee: denied, otherSupervisor: denied, ownSupervisor: denied, admin: succeeds },
    ),
    write(
      'updatePerson',
      (s) =>
        updatePerson(s, world.ownerId, {
          displayName: 'Beatrix Owner',
          role: 'employee',
          teamId: world.teamA,
        }),
      { employee: denied, otherSupervisor: denied, ownSupervisor: denied, admin: succeeds },
    ),
    write('setPersonArchived', (s) => setPersonArchived(s, world.teammateId, false), {
      employee: denied,
      otherSupervisor: denied,
      ownSupervisor: denied,
      admin: succeeds,
    }),
    read('listCoachees', (s) => listCoachees(s), {
      employee: denied,
      otherSupervisor: hides(ownerId),
      ownSupervisor: reveals(ownerId),
      admin: reveals(ownerId),
    }),
    read('listCoachees (team A)', (s) => listCoachees(s, { teamId: world.teamA }), {
      employee: denied,
      otherSupervisor: denied,
      ownSupervisor: reveals(ownerId),
      admin: reveals(ownerId),
    }),
    read('listRecipients', (s) => listRecipients(s), {
      employee: equals(() => []),
      otherSupervisor: hides(ownerId),
      ownSupervisor: reveals(ownerId),
      admin: reveals(ownerId),
    }),
    read('listRecipients (team A)', (s) => listRecipients(s, { teamId: world.teamA }), {
      employee: equals(() => []),
      otherSupervisor: denied,
      ownSupervisor: reveals(ownerId),
      admin: reveals(ownerId),
    }),
  ],
  credentials: [
    write(
      'resetSignIn',
      (s) => resetSignIn(s, world.spareId, { secretKind: 'pin', temporarySecret: '730142' }),
      { employee: denied, otherSupervisor: denied, ownSupervisor: denied, admin: succeeds },
    ),
    write(
      'changeOwnSecret (with the owner’s PIN: it only ever changes the caller’s own secret)',
      (s) => changeOwnSecret(s, { currentSecret: OWNER_PIN, secretKind: 'pin', newSecret: '518273' }),
      {
        employee: refusing(refused('secret.current-wrong')),
        otherSupervisor: refusing(refused('secret.current-wrong')),
        admin: refusing(refused('secret.current-wrong')),
      },
    ),
    read('listPeople (never the verifier)', (s) => listPeople(s), {
      employee: denied,
      otherSupervisor: hides(() => world.ownerVerifierHash),
      admin: hides(() => world.ownerVerifierHash),
    }),
    read('getOwnSecretKind', (s) => getOwnSecretKind(s), {
      owner: equals(() => 'pin'),
      employee: equals(() => 'pin'),
      otherSupervisor: equals(() => 'pin'),
      admin: equals(() => 'pin'),
    }),
  ],
  signInGuards: [
    write(
      'resetSignIn (clears failed attempts)',
      (s) => resetSignIn(s, world.spareId, { secretKind: 'pin', temporarySecret: '730142' }),
      { employee: denied, otherSupervisor: denied, ownSupervisor: denied, admin: succeeds },
    ),
  ],
  modules: [
    read('listCatalogue', (s) => listCatalogue(s), {
      owner: hides(() => '"moduleId":"leading"'),
      employee: hides(() => '"moduleId":"leading"'),
      otherSupervisor: reveals(() => '"moduleId":"leading"'),
      admin: reveals(() => '"moduleId":"leading"'),
    }),
    read('getPlayerState (supervisors-only module)', (s) => getPlayerState(s, 'leading'), {
      owner: equals(() => null),
      employee: equals(() => null),
      otherSupervisor: reveals(() => '"id":"leading"'),
      admin: reveals(() => '"id":"leading"'),
    }),
    read('listInstalledModules', (s) => listInstalledModules(s), {
      employee: denied,
      otherSupervisor: denied,
      ownSupervisor: denied,
      admin: reveals(() => 'basics'),
    }),
    write('importPack', (s) => importPack(s, { fileName: 'x.zip', contents: new Uint8Array([1, 2, 3]) }), {
      employee: denied,
      otherSupervisor: denied,
      ownSupervisor: denied,
      admin: refusing(async (result) => {
        expect(await result).toMatchObject({ ok: false });
      }),
    }),
    read('listLinkableModules (recognition)', (s) => listRecognitionModules(s), {
      owner: hides(() => '"moduleId":"leading"'),
      employee: hides(() => '"moduleId":"leading"'),
      otherSupervisor: reveals(() => '"moduleId":"leading"'),
      admin: reveals(() => '"moduleId":"leading"'),
    }),
    read('listLinkableModules (coaching)', (s) => listCoachingModules(s), {
      employee: denied,
      otherSupervisor: reveals(() => '"moduleId":"leading"'),
      admin: reveals(() => '"moduleId":"leading"'),
    }),
    read('listAssignableModules', (s) => listAssignableModules(s), {
      employee: denied,
      otherSupervisor: reveals(() => '"moduleId":"basics"'),
      admin: reveals(() => '"moduleId":"basics"'),
    }),
    read('listModuleTitles', async (s) => [...(await listModuleTitles(s)).keys()], {
      owner: equals(() => ['basics']),
      employee: equals(() => ['basics']),
      otherSupervisor: equals(() => ['basics', 'leading']),
      admin: equals(() => ['basics', 'leading']),
    }),
  ],
  assignments: [
    read('listTeamTraining', (s) => listTeamTraining(s), {
      employee: denied,
      otherSupervisor: hides(ownerId),
      ownSupervisor: reveals(ownerId),
      admin: reveals(ownerId),
    }),
    read('listTeamTraining (team A)', (s) => listTeamTraining(s, Date.now(), { teamId: world.teamA }), {
      employee: denied,
      otherSupervisor: denied,
      ownSupervisor: reveals(ownerId),
      admin: reveals(ownerId),
    }),
    write(
      'assignModule',
      (s) =>
        assignModule(s, {
          moduleId: 'basics',
          target: { kind: 'person', personId: world.ownerId },
          dueDate: isoDate(30),
        }),
      { employee: denied, otherSupervisor: denied, ownSupervisor: succeeds, admin: succeeds },
    ),
    writeOn('removeAssignment', freshAssignment, (s, id) => removeAssignment(s, id), {
      employee: denied,
      otherSupervisor: denied,
      ownSupervisor: succeeds,
      admin: succeeds,
    }),
    read('getCompletionMatrix', (s) => getCompletionMatrix(s), {
      employee: denied,
      otherSupervisor: hides(ownerId),
      ownSupervisor: reveals(ownerId),
      admin: reveals(ownerId),
    }),
    read('getCompletionMatrix (team A)', (s) => getCompletionMatrix(s, Date.now(), { teamId: world.teamA }), {
      employee: denied,
      otherSupervisor: denied,
      ownSupervisor: reveals(ownerId),
      admin: reveals(ownerId),
    }),
    read('getTeamTrainingCompletion (team A)', (s) => getTeamTrainingCompletion(s, world.teamA), {
      employee: denied,
      otherSupervisor: equals(() => []),
      ownSupervisor: reveals(() => 'basics'),
      admin: reveals(() => 'basics'),
    }),
  ],
  progress: [
    read('getPlayerState', (s) => getPlayerState(s, 'basics'), {
      owner: reveals(ownerId),
      employee: hides(ownerId),
      otherSupervisor: hides(ownerId),
      admin: hides(ownerId),
    }),
    write('startAttempt (always the caller’s own)', (s) => startAttempt(s, 'basics'), {
      owner: reveals(ownerId),
      employee: hides(ownerId),
      otherSupervisor: hides(ownerId),
      admin: hides(ownerId),
    }),
    write(
      'moveToStep (moves only the caller’s own attempt)',
      async (s) => {
        await moveToStep(s, 'basics', 1);
        return (await world.db.progress.get([world.ownerId, 'basics']))?.stepIndex;
      },
      { employee: equals(() => 0), otherSupervisor: equals(() => 0), admin: equals(() => 0) },
    ),
    write(
      'answerStep (answers only in the caller’s own attempt)',
      async (s) => {
        await answerStep(s, 'basics', 'q1', { type: 'single-choice', optionId: 'a' });
        return world.db.progress.get([world.ownerId, 'basics']);
      },
      { employee: hides(() => '"q1"'), otherSupervisor: hides(() => '"q1"'), admin: hides(() => '"q1"') },
    ),
  ],
  completions: [
    read('buildTrainingExport (CSV)', (s) => buildTrainingExport(s, 'csv'), {
      employee: denied,
      otherSupervisor: hides(ownerName),
      ownSupervisor: reveals(ownerName),
      admin: reveals(ownerName),
    }),
  ],
  reviewItems: [
    read('listDueReview', (s) => listDueReview(s, Date.now() + 365 * DAY), {
      owner: reveals(() => '"q1"'),
      employee: equals(() => []),
      otherSupervisor: equals(() => []),
      admin: equals(() => []),
    }),
    write(
      'answerReview (the owner’s item)',
      (s) => answerReview(s, 'basics', 'q1', { type: 'single-choice', optionId: 'b' }),
      { employee: notFound, otherSupervisor: notFound, admin: notFound },
    ),
    write(
      'finishAttempt (finishes only the caller’s own attempt)',
      async (s) => {
        await finishAttempt(s, 'basics');
        return world.db.completions.where('personId').equals(world.ownerId).count();
      },
      { employee: equals(() => 1), otherSupervisor: equals(() => 1), admin: equals(() => 1) },
    ),
  ],
  answerEvents: [
    read('buildTrainingExport (xAPI)', (s) => buildTrainingExport(s, 'xapi'), {
      employee: denied,
      otherSupervisor: hides(ownerId),
      ownSupervisor: reveals(ownerId),
      admin: reveals(ownerId),
    }),
  ],
  checkIns: [
    read('listMyCheckIns', (s) => listMyCheckIns(s), {
      owner: reveals(() => world.checkInId),
      employee: hides(() => world.checkInId),
      otherSupervisor: hides(() => world.checkInId),
      admin: hides(() => world.checkInId),
    }),
    write('recordCheckIn (always as the caller)', (s) => recordCheckIn(s, plainCheckIn), {
      owner: reveals(ownerId),
      employee: hides(ownerId),
      otherSupervisor: hides(ownerId),
      admin: hides(ownerId),
    }),
    write(
      'eraseMyCheckInData (erases only the caller’s own)',
      async (s) => {
        await eraseMyCheckInData(s);
        return listMyCheckIns(world.sessions.owner);
      },
      {
        employee: reveals(() => world.checkInId),
        otherSupervisor: reveals(() => world.checkInId),
        admin: reveals(() => world.checkInId),
      },
    ),
  ],
  checkInNotes: [
    read('readMyNote', (s) => readMyNote(s, world.checkInId), {
      owner: equals(() => NOTE_TEXT),
      employee: equals(() => null),
      otherSupervisor: equals(() => null),
      ownSupervisor: equals(() => null),
      admin: equals(() => null),
    }),
  ],
  noteKeys: [
    write(
      'changeOwnSecret (cannot re-wrap the owner’s key, even knowing their PIN)',
      (s) => changeOwnSecret(s, { currentSecret: OWNER_PIN, secretKind: 'pin', newSecret: '518273' }),
      {
        employee: refusing(refused('secret.current-wrong')),
        otherSupervisor: refusing(refused('secret.current-wrong')),
        admin: refusing(refused('secret.current-wrong')),
      },
    ),
  ],
  checkInWeeks: [
    read('listMyCheckIns (restored weeks)', (s) => listMyCheckIns(s), {
      owner: reveals(() => world.restoredCheckInId),
      employee: hides(() => world.restoredCheckInId),
      otherSupervisor: hides(() => world.restoredCheckInId),
      admin: hides(() => world.restoredCheckInId),
    }),
    write(
      'eraseMyCheckInData (erases only the caller’s own restored weeks)',
      async (s) => {
        await eraseMyCheckInData(s);
        return listMyCheckIns(world.sessions.owner);
      },
      {
        employee: reveals(() => world.restoredCheckInId),
        otherSupervisor: reveals(() => world.restoredCheckInId),
        admin: reveals(() => world.restoredCheckInId),
      },
    ),
  ],
  teamWeeks: [
    write(
      'recordCheckIn (adds only to the caller’s own team’s rollups)',
      async (s) => {
        await recordCheckIn(s, plainCheckIn);
        return (await storedRollups(world.db)).filter(
          (row) => row.teamId !== s.teamId && row.contributorIds.includes(s.personId),
        ).length;
      },
      {
        owner: equals(() => 0),
        employee: equals(() => 0),
        otherSupervisor: equals(() => 0),
        admin: equals(() => 0),
      },
    ),
    // Every team's figures side by side: admins only, not even a team's own supervisor.
    read('getTeamsOverview', (s) => getTeamsOverview(s), {
      employee: denied,
      otherSupervisor: denied,
      ownSupervisor: denied,
      admin: async (result) => {
        const overview = (await result) as { teams: { teamId: string }[] };
        expect(overview.teams.map((team) => team.teamId)).toContain(world.teamA);
        expect(JSON.stringify(overview)).not.toContain(world.ownerId);
      },
    }),
    read('getTeamWellbeing (team A)', (s) => getTeamWellbeing(s, world.teamA), {
      employee: denied,
      otherSupervisor: equals(() => ({
        k: 0,
        overall: { kind: 'suppressed', reason: 'too-few-people' },
        weeks: [],
      })),
      ownSupervisor: async (result) => {
        expect(((await result) as { weeks: unknown[] }).weeks).not.toEqual([]);
      },
      admin: async (result) => {
        expect(((await result) as { weeks: unknown[] }).weeks).not.toEqual([]);
      },
    }),
    read('getTeamDashboard (team A)', (s) => getTeamDashboard(s, world.teamA), {
      employee: denied,
      otherSupervisor: equals(() => emptyTeamDashboard(5)),
      ownSupervisor: async (result) => {
        expect(await result).not.toEqual(emptyTeamDashboard(5));
      },
      admin: async (result) => {
        expect(await result).not.toEqual(emptyTeamDashboard(5));
      },
    }),
  ],
  talkRequests: [
    read('listTalkRequests', (s) => listTalkRequests(s), {
      employee: denied,
      otherSupervisor: hides(ownerName),
      ownSupervisor: reveals(ownerName),
      admin: reveals(ownerName),
    }),
    read('getMyOpenTalkRequest', (s) => getMyOpenTalkRequest(s), {
      owner: reveals(() => world.talkRequestId),
      employee: hides(() => world.talkRequestId),
      otherSupervisor: hides(() => world.talkRequestId),
      admin: hides(() => world.talkRequestId),
    }),
    write(
      'withdrawTalkRequest (only ever the caller’s own)',
      async (s) => {
        await withdrawTalkRequest(s);
        return getMyOpenTalkRequest(world.sessions.owner);
      },
      {
        employee: reveals(() => world.talkRequestId),
        otherSupervisor: reveals(() => world.talkRequestId),
        admin: reveals(() => world.talkRequestId),
      },
    ),
    writeOn('closeTalkRequest (a team A request)', teamARequest, (s, id) => closeTalkRequest(s, id), {
      employee: denied,
      otherSupervisor: notFound,
      ownSupervisor: succeeds,
      admin: succeeds,
    }),
    write('requestTalk (always the caller’s own)', (s) => requestTalk(s, { consent: true }), {
      owner: equals(() => ({ ok: true, value: world.talkRequestId })),
      employee: hides(() => world.talkRequestId),
      otherSupervisor: hides(() => world.talkRequestId),
      admin: hides(() => world.talkRequestId),
    }),
  ],
  supportResources: [
    read('listSupportResources', (s) => listSupportResources(s), {
      owner: reveals(() => SUPPORT_TITLE),
      employee: reveals(() => SUPPORT_TITLE),
      otherSupervisor: reveals(() => SUPPORT_TITLE),
      admin: reveals(() => SUPPORT_TITLE),
    }),
    write(
      'saveSupportResource',
      (s) => saveSupportResource(s, { title: 'Line', description: '', contact: '1' }),
      {
        employee: denied,
        otherSupervisor: denied,
        ownSupervisor: denied,
        admin: succeeds,
      },
    ),
    writeOn(
      'deleteSupportResource',
      async () =>
        must(
          await saveSupportResource(world.sessions.admin, { title: 'Temp', description: '', contact: '2' }),
        ),
      (s, id) => deleteSupportResource(s, id),
      { employee: denied, otherSupervisor: denied, ownSupervisor: denied, admin: succeeds },
    ),
  ],
  checkInSettings: [
    write('updateCheckInSettings', (s) => updateCheckInSettings(s, { kThreshold: 5, retentionMonths: 12 }), {
      employee: denied,
      otherSupervisor: denied,
      ownSupervisor: denied,
      admin: succeeds,
    }),
  ],
  checkInPreferences: [
    read('hasAcceptedPrivacyNotice (only ever the caller’s own)', (s) => hasAcceptedPrivacyNotice(s), {
      owner: equals(() => true),
      employee: equals(() => false),
      otherSupervisor: equals(() => false),
      admin: equals(() => false),
    }),
    write(
      'acceptPrivacyNotice (records only the caller’s own)',
      async (s) => {
        await acceptPrivacyNotice(s);
        return (await world.db.checkInPreferences.get(world.ownerId))?.privacyNoticeAcceptedAt;
      },
      {
        employee: equals(() => world.ownerAcceptedAt),
        otherSupervisor: equals(() => world.ownerAcceptedAt),
        admin: equals(() => world.ownerAcceptedAt),
      },
    ),
  ],
  serviceValues: [
    read('listServiceValues', (s) => listServiceValues(s), {
      owner: reveals(() => 'We listen'),
      employee: reveals(() => 'We listen'),
      otherSupervisor: reveals(() => 'We listen'),
      admin: reveals(() => 'We listen'),
    }),
    write(
      'saveServiceValue',
      (s) => saveServiceValue(s, { label: `Value ${crypto.randomUUID().slice(0, 8)}`, description: '' }),
      { employee: denied, otherSupervisor: denied, ownSupervisor: denied, admin: succeeds },
    ),
    writeOn(
      'archiveServiceValue',
      async () =>
        must(
          await saveServiceValue(world.sessions.admin, {
            label: `Value ${crypto.randomUUID().slice(0, 8)}`,
            description: '',
          }),
        ),
      (s, id) => archiveServiceValue(s, id),
      { employee: denied, otherSupervisor: denied, ownSupervisor: denied, admin: succeeds },
    ),
    writeOn(
      'restoreServiceValue',
      async () => {
        const id = must(
          await saveServiceValue(world.sessions.admin, {
            label: `Value ${crypto.randomUUID().slice(0, 8)}`,
            description: '',
          }),
        );
        must(await archiveServiceValue(world.sessions.admin, id));
        return id;
      },
      (s, id) => restoreServiceValue(s, id),
      { employee: denied, otherSupervisor: denied, ownSupervisor: denied, admin: succeeds },
    ),
    write(
      'ensureServiceValues (seeds an empty table only)',
      async (s) => ensureServiceValues(s, [{ id: 'reliability', label: 'Sneaked in', description: '' }]),
      { employee: unchanged, otherSupervisor: unchanged, admin: unchanged },
    ),
  ],
  recognitions: [
    read('listTeamWall (team A)', (s) => listTeamWall(s, world.teamA), {
      owner: hides(() => PRIVATE_PRAISE),
      employee: reveals(() => PUBLIC_PRAISE),
      otherSupervisor: denied,
      admin: hides(() => PRIVATE_PRAISE),
    }),
    read('listMyRecognitions', (s) => listMyRecognitions(s), {
      owner: reveals(() => PRIVATE_PRAISE),
      employee: hides(() => PRIVATE_PRAISE),
      otherSupervisor: hides(() => PRIVATE_PRAISE),
      admin: hides(() => PRIVATE_PRAISE),
    }),
    write(
      'giveRecognition (to the owner)',
      (s) =>
        giveRecognition(s, {
          recipientId: world.ownerId,
          valueIds: ['integrity'],
          message: 'Thanks',
          isPrivate: false,
        }),
      {
        employee: refusing(refused('recognition.errors.peer-recognition-off')),
        otherSupervisor: refusing(refused('recognition.errors.other-team')),
        ownSupervisor: succeeds,
        admin: succeeds,
      },
    ),
    read('listGivenRecognitions', (s) => listGivenRecognitions(s), {
      ownSupervisor: reveals(() => PRIVATE_PRAISE),
      employee: hides(() => PRIVATE_PRAISE),
      otherSupervisor: hides(() => PRIVATE_PRAISE),
      admin: hides(() => PRIVATE_PRAISE),
    }),
    read('listRecentForHome', (s) => listRecentForHome(s, 10), {
      owner: reveals(() => PRIVATE_PRAISE),
      employee: hides(() => PRIVATE_PRAISE),
      otherSupervisor: hides(() => PRIVATE_PRAISE),
      admin: hides(() => PRIVATE_PRAISE),
    }),
    read('listQuietPeople', (s) => listQuietPeople(s), {
      employee: denied,
      otherSupervisor: hides(() => world.teammateId),
      ownSupervisor: reveals(() => world.teammateId),
      admin: reveals(() => world.teammateId),
    }),
    read('listQuietPeople (team A)', (s) => listQuietPeople(s, Date.now(), { teamId: world.teamA }), {
      employee: denied,
      otherSupervisor: denied,
      ownSupervisor: reveals(() => world.teammateId),
      admin: reveals(() => world.teammateId),
    }),
    read(
      'getGivingAllowance (counts only the caller’s own)',
      async (s) => (await getGivingAllowance(s)).givenToday,
      {
        employee: equals(() => 0),
        otherSupervisor: equals(() => 0),
        admin: async (result) => {
          expect(await result).toBeLessThanOrEqual(1);
        },
        ownSupervisor: async (result) => {
          expect(await result).toBeGreaterThanOrEqual(2);
        },
      },
    ),
  ],
  coachingNotes: [
    read('listMyCoachingNotes', (s) => listMyCoachingNotes(s), {
      owner: reveals(() => COACHING_TEXT),
      employee: hides(() => COACHING_TEXT),
      otherSupervisor: hides(() => COACHING_TEXT),
      admin: hides(() => COACHING_TEXT),
    }),
    read('listTeamCoachingNotes', (s) => listTeamCoachingNotes(s), {
      employee: denied,
      otherSupervisor: hides(() => COACHING_TEXT),
      ownSupervisor: reveals(() => COACHING_TEXT),
      admin: reveals(() => COACHING_TEXT),
    }),
    read(
      'listTeamCoachingNotes (team A)',
      (s) => listTeamCoachingNotes(s, Date.now(), { teamId: world.teamA }),
      {
        employee: denied,
        otherSupervisor: denied,
        ownSupervisor: reveals(() => COACHING_TEXT),
        admin: reveals(() => COACHING_TEXT),
      },
    ),
    write('createCoachingNote (about the owner)', (s) => createCoachingNote(s, coachingNote(world.ownerId)), {
      employee: denied,
      otherSupervisor: denied,
      ownSupervisor: succeeds,
      admin: succeeds,
    }),
    writeOn(
      'acknowledgeCoachingNote',
      freshCoachingNote,
      (s, id) => acknowledgeCoachingNote(s, id, 'Thanks'),
      {
        owner: succeeds,
        employee: denied,
        otherSupervisor: denied,
        ownSupervisor: denied,
        admin: denied,
      },
    ),
    writeOn('closeCoachingNote', freshCoachingNote, (s, id) => closeCoachingNote(s, id), {
      employee: denied,
      otherSupervisor: denied,
      ownSupervisor: succeeds,
      admin: succeeds,
    }),
  ],
  oneOnOnes: [
    read('listOneOnOnes (the owner’s)', (s) => listOneOnOnes(s, world.ownerId), {
      owner: reveals(() => ONE_ON_ONE_TEXT),
      employee: denied,
      otherSupervisor: denied,
      ownSupervisor: reveals(() => ONE_ON_ONE_TEXT),
      admin: reveals(() => ONE_ON_ONE_TEXT),
    }),
    write(
      'recordOneOnOne (with the owner)',
      (s) =>
        recordOneOnOne(s, {
          personId: world.ownerId,
          heldOn: isoDate(0),
          wentWell: 'Fine',
          toImprove: 'Pace',
          agreedActions: 'Practise',
        }),
      { employee: denied, otherSupervisor: denied, ownSupervisor: succeeds, admin: succeeds },
    ),
  ],
  oneOnOneCadences: [
    read('listOneOnOneSchedule', (s) => listOneOnOneSchedule(s), {
      employee: denied,
      otherSupervisor: hides(ownerId),
      ownSupervisor: reveals(ownerId),
      admin: reveals(ownerId),
    }),
    read(
      'listOneOnOneSchedule (team A)',
      (s) => listOneOnOneSchedule(s, Date.now(), { teamId: world.teamA }),
      {
        employee: denied,
        otherSupervisor: denied,
        ownSupervisor: reveals(ownerId),
        admin: reveals(ownerId),
      },
    ),
    write('setCadence (for the owner)', (s) => setCadence(s, world.ownerId, 2), {
      employee: denied,
      otherSupervisor: denied,
      ownSupervisor: succeeds,
      admin: succeeds,
    }),
  ],
  recognitionSettings: [
    read('getRecognitionSettings', (s) => getRecognitionSettings(s), {
      owner: reveals(() => 'dailyLimit'),
      employee: reveals(() => 'dailyLimit'),
      otherSupervisor: reveals(() => 'dailyLimit'),
      admin: reveals(() => 'dailyLimit'),
    }),
    write(
      'updateRecognitionSettings',
      (s) => updateRecognitionSettings(s, { allowPeerRecognition: false, dailyLimit: 5, quietWeeks: 4 }),
      { employee: denied, otherSupervisor: denied, ownSupervisor: denied, admin: succeeds },
    ),
  ],
  backupKeys: [
    read('getAutomaticBackupStatus', (s) => getAutomaticBackupStatus(s), {
      employee: denied,
      otherSupervisor: denied,
      ownSupervisor: denied,
      admin: reveals(() => 'isOn'),
    }),
    write('turnOnAutomaticBackups', (s) => turnOnAutomaticBackups(s, BACKUP_PASSPHRASE), {
      employee: denied,
      otherSupervisor: denied,
      ownSupervisor: denied,
      admin: succeeds,
    }),
    write(
      'runAutomaticBackupIfDue (hands back nothing but whether it ran; the file goes to the platform encrypted)',
      async (s) => {
        const written: string[] = [];
        const run = await runAutomaticBackupIfDue(s, (request) => {
          written.push(new TextDecoder().decode(request.contents));
          return Promise.resolve({ status: 'saved', fileName: 'x', kept: 1 });
        });
        return { run, written };
      },
      {
        owner: hides(ownerName),
        employee: hides(ownerName),
        otherSupervisor: hides(ownerName),
        admin: hides(ownerName),
      },
    ),
    write('turnOffAutomaticBackups', (s) => turnOffAutomaticBackups(s), {
      employee: denied,
      otherSupervisor: denied,
      ownSupervisor: denied,
      admin: succeeds,
    }),
  ],
  erasures: [
    read('createBackup (a backup holds every table)', (s) => createBackup(s, BACKUP_PASSPHRASE), {
      employee: denied,
      otherSupervisor: denied,
      ownSupervisor: denied,
      admin: succeeds,
    }),
    read('prepareRestore', (s) => prepareRestore(s, { file: NOT_A_BACKUP, passphrase: 'whatever it is' }), {
      employee: denied,
      otherSupervisor: denied,
      ownSupervisor: denied,
      admin: notABackup,
    }),
    read(
      'prepareRestoreWithKey',
      (s) =>
        prepareRestoreWithKey(s, { file: NOT_A_BACKUP, keyFor: () => deriveBackupKey('whatever it is') }),
      { employee: denied, otherSupervisor: denied, ownSupervisor: denied, admin: notABackup },
    ),
    write(
      'applyRestore (restoring a backup of the data as it is)',
      async (s) => applyRestore(s, await identicalRestorePlan()),
      { employee: denied, otherSupervisor: denied, ownSupervisor: denied, admin: succeeds },
    ),
  ],
};

/**
 * Reads that take no session, and why that is safe. They are the only repository functions without one.
 */
const PUBLIC_READS = {
  getOrganisation: 'the organisation name and idle-lock minutes, shown before anyone signs in',
  listRoster: 'names, roles and team names, which the sign-in screen must show',
  readStartScreen: 'getOrganisation and the first page of listRoster, read together at start',
  openForStartScreen: 'openDatabase, then readStartScreen',
  getRosterEntry: 'one roster entry (name, role, team name), which the lock screen shows',
  signIn: 'checks a secret; its own backoff (signInGuards) limits guessing',
  getCheckInSettings: 'k and the retention period, which every check-in screen explains',
  applyRetention: 'only deletes check-ins older than the retention period',
  ensureBundledModules: 'only installs the modules shipped with the app',
  setUpOrganisation: 'first-run setup, refused once the organisation exists (checked below)',
  prepareFirstRunRestore: 'first-run restore, refused once the organisation exists (checked below)',
  applyFirstRunRestore: 'first-run restore, refused once the organisation exists (checked below)',
} as const;

/** Exported repository functions that touch no personal data, and why they need no session. */
const NOT_PERSONAL_DATA = {
  isReviewable: 'a pure check on a content step',
  checkBackupPassphrase: 'a pure check on a passphrase and its confirmation',
  replaceAllData:
    'the restore transaction, given a database handle; only applyRestore and applyFirstRunRestore call it',
  resetBundledModuleSync: 'a test hook that forgets the bundled-module sync',
  signOut: 'ends the session it is given',
  openNoteKey: 'called by sign-in right after the secret was verified; attaches a key to live sessions only',
  askForPersistentStorage: 'asks the browser to keep the origin’s storage',
  readStorageStatus: 'reads the browser’s storage estimate',
  openDatabase: 'opens the database at start; reads nothing',
  readTeamRollups: 'internal: runs inside getTeamWellbeing after its session check',
  readTeamWeeks: 'internal: runs inside getTeamDashboard after its session check',
  readRollupsSince: 'internal: runs inside getTeamsOverview after its admin check',
  readWeekOf: 'internal: runs inside recordCheckIn’s transaction, after its session check',
  removePersonFromWeeks: 'internal: runs inside eraseMyCheckInData’s transaction, for the caller only',
  checkInWriteTables: 'names the tables a check-in write uses; reads nothing',
  storeCheckIn: 'internal: runs inside recordCheckIn’s transaction, after its session check',
  readCheckInsOf: 'internal: runs inside listMyCheckIns, for the caller only',
  deleteCheckInsOf: 'internal: runs inside eraseMyCheckInData’s transaction, for the caller only',
  deleteCheckInsBefore: 'internal: runs inside applyRetention’s transaction',
} as const;

// ---------------------------------------------------------------------------------------------------------

beforeAll(async () => {
  world = await seed(useFreshDatabase());
}, 120_000);

describe('access to every table', () => {
  it('covers every table in the database', () => {
    expect(Object.keys(ACCESS).sort()).toEqual(world.db.tables.map((table) => table.name).sort());
    for (const [table, probes] of Object.entries(ACCESS)) expect(probes.length, table).toBeGreaterThan(0);
    expect(typeof world.ownerAcceptedAt, 'the owner accepted the privacy notice').toBe('number');
  });

  it('probes every exported repository function, or says why it needs no session', () => {
    const probed = new Set(
      Object.values(ACCESS).flatMap((probes) => probes.map((probe) => probe.call.split(' ')[0])),
    );
    const unaccounted = Object.entries(REPOSITORIES).flatMap(([file, exports]) =>
      Object.entries(exports)
        .filter(
          ([, value]) => typeof value === 'function' && !/^[A-Z]/.test((value as { name: string }).name),
        )
        .map(([name]) => name)
        .filter((name) => !probed.has(name) && !(name in PUBLIC_READS) && !(name in NOT_PERSONAL_DATA))
        .map((name) => `${file}: ${name}`),
    );
    expect(unaccounted).toEqual([]);
  });

  it('lists every session-less repository call with its reason', async () => {
    expect(Object.keys(PUBLIC_READS).sort()).toEqual([
      'applyFirstRunRestore',
      'applyRetention',
      'ensureBundledModules',
      'getCheckInSettings',
      'getOrganisation',
      'getRosterEntry',
      'listRoster',
      'openForStartScreen',
      'prepareFirstRunRestore',
      'readStartScreen',
      'setUpOrganisation',
      'signIn',
    ]);
    expect(await prepareFirstRunRestore({ file: NOT_A_BACKUP, passphrase: 'x' })).toMatchObject({
      ok: false,
      problems: [{ message: 'backup.errors.notEmpty' }],
    });
    const plan = await identicalRestorePlan();
    const before = await world.db.people.toArray();
    expect(await applyFirstRunRestore(plan)).toMatchObject({
      ok: false,
      problems: [{ message: 'backup.errors.notEmpty' }],
    });
    expect(await world.db.people.toArray()).toEqual(before);
    expect(
      await setUpOrganisation({
        organisationName: 'Takeover',
        adminName: 'Mallory',
        secretKind: 'pin',
        secret: '615243',
      }),
    ).toMatchObject({ ok: false, problems: [{ message: 'setup.already-done' }] });
  });

  const cases = Object.entries(ACCESS).flatMap(([table, probes]) =>
    probes.flatMap((probe) =>
      ACTORS.flatMap((actor) => {
        const check = probe.expect[actor];
        return check ? [{ table, probe, actor, check }] : [];
      }),
    ),
  );

  it.each(cases.map((c) => [c.table, c.probe.call, c.actor, c] as const))(
    '%s: %s as %s',
    async (_table, _call, _actor, { table, probe, actor, check }) => {
      const target = probe.prepare ? await probe.prepare() : '';
      const isRefusal = REFUSALS.has(check);
      const before = probe.writes && isRefusal ? await world.db.table(table).toArray() : null;
      await check(probe.run(world.sessions[actor], target));
      if (before)
        expect(await world.db.table(table).toArray(), 'a refused write changed nothing').toEqual(before);
    },
  );
});

describe('sessions that were not issued by sign-in, or have ended', () => {
  let revoked: Session;
  let forged: Session;

  beforeAll(async () => {
    // A copy of a real admin session: same fields, but not issued by sign-in.
    forged = { ...world.sessions.admin };
    const again = await signIn(world.sessions.admin.personId, '480917');
    if (!again.ok) throw new Error('admin sign-in');
    revoked = again.session;
    signOut(revoked);
  });

  const probes = Object.entries(ACCESS).flatMap(([table, list]) =>
    list.map((probe) => [table, probe.call, probe] as const),
  );

  it.each(probes)('%s: %s refuses a forged admin session', async (table, _call, probe) => {
    const target = probe.prepare ? await probe.prepare() : '';
    const before = await world.db.table(table).toArray();
    await denied(probe.run(forged, target));
    expect(await world.db.table(table).toArray()).toEqual(before);
  });

  it.each(probes)('%s: %s refuses a signed-out admin session', async (table, _call, probe) => {
    const target = probe.prepare ? await probe.prepare() : '';
    const before = await world.db.table(table).toArray();
    await denied(probe.run(revoked, target));
    expect(await world.db.table(table).toArray()).toEqual(before);
  });
});
