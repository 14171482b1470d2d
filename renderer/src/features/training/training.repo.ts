/**
 * Training records: the catalogue, attempts saved step by step, completions, the review deck, assignments.
 *
 * A learner reads and writes only their own progress, completions and review deck. Supervisors assign
 * modules to their own team (or its members) and see its completion; admins do so for everyone. Every
 * multi-table write happens in one transaction, so an attempt is never half-finished.
 */
import type { ContentPack, Manifest, ScoredStep, Step } from '../../../../shared/content/pack-schema';
import { isScoredStep } from '../../../../shared/content/pack-schema';
import { fail, succeed, type Outcome } from '../../../../shared/domain/outcome';
import {
  isDue,
  isModuleMastered,
  REVIEW_SESSION_SIZE,
  scheduleAfterAnswer,
  startOfDay,
} from '../../../../shared/domain/review-schedule';
import {
  isCorrectResponse,
  scoreAttempt,
  type StepResponse,
} from '../../../../shared/domain/training-answers';
import type { TeamScope } from '../../../../shared/domain/team-scope';
import { AccessDeniedError, requireSession, type Session } from '../../auth/session';
import {
  getDatabase,
  storageOutcome,
  type AssignmentRow,
  type CompletionRow,
  type ModuleRow,
  type PersonRow,
  type ProgressRow,
  type ReviewItemRow,
} from '../../db';
import { loadBundledPacks } from './bundled-modules';
import { compareVersions } from '../../../../shared/content/compare-versions';

/** Question types that join the spaced-review deck (scenarios are too long for a quick review). */
const REVIEWABLE_TYPES = new Set(['single-choice', 'multiple-choice', 'ordering']);

/** Whether a step is a question that can come back in review. */
export function isReviewable(
  step: Step,
): step is Extract<ScoredStep, { type: 'single-choice' | 'multiple-choice' | 'ordering' }> {
  return REVIEWABLE_TYPES.has(step.type);
}

let bundledSync: Promise<void> | null = null;

/**
 * Install or update the bundled modules once per app start. Imported packs with a higher version win.
 *
 * It writes, so it must not run inside a live query: screens await it (see `BundledModulesReady`) before
 * their live reads start, and write paths call it themselves.
 */
export function ensureBundledModules(): Promise<void> {
  bundledSync ??= (async () => {
    const packs = await loadBundledPacks();
    const db = getDatabase();
    await db.transaction('rw', db.modules, async () => {
      for (const pack of packs) {
        const installed = await db.modules.get(pack.manifest.id);
        if (installed && compareVersions(installed.version, pack.manifest.version) >= 0) continue;
        await db.modules.put(toModuleRow(pack, 'bundled', Date.now()));
      }
    });
  })().catch((error: unknown) => {
    bundledSync = null;
    throw error;
  });
  return bundledSync;
}

/** Forget that bundled modules were synced (tests open a fresh database each time). */
export function resetBundledModuleSync(): void {
  bundledSync = null;
}

function toModuleRow(pack: ContentPack, source: ModuleRow['source'], now: number): ModuleRow {
  return {
    id: pack.manifest.id,
    version: pack.manifest.version,
    title: pack.manifest.title,
    audience: pack.manifest.audience,
    source,
    installedAt: now,
    pack,
  };
}

function canSeeModule(session: Session, module: Pick<ModuleRow, 'audience'>): boolean {
  return module.audience === 'everyone' || session.role !== 'employee';
}

/** The learner-facing status of a module. */
export type ModuleStatus = 'not-started' | 'in-progress' | 'passed' | 'failed';

/** One module in a person's catalogue. */
export interface CatalogueEntry {
  readonly moduleId: string;
  readonly title: string;
  readonly summary: string;
  readonly version: string;
  readonly audience: Manifest['audience'];
  readonly estimatedMinutes: number;
  readonly passMark: number;
  readonly stressors: Manifest['stressors'];
  readonly status: ModuleStatus;
  readonly stepIndex: number | null;
  readonly stepCount: number;
  readonly lastCompletion: Pick<
    CompletionRow,
    'scorePercent' | 'passed' | 'completedAt' | 'moduleVersion'
  > | null;
  readonly dueAt: number | null;
  readonly isOverdue: boolean;
  readonly isMastered: boolean;
  readonly reviewDue: number;
}

function assignmentsFor(assignments: readonly AssignmentRow[], personId: string, teamId: string | null) {
  return assignments.filter((row) => row.personId === personId || (teamId !== null && row.teamId === teamId));
}

function earliestDue(assignments: readonly AssignmentRow[]): number | null {
  return assignments.reduce<number | null>(
    (due, row) => (due === null || row.dueAt < due ? row.dueAt : due),
    null,
  );
}

function buildEntry(
  module: ModuleRow,
  context: {
    progress: ProgressRow | undefined;
    completions: readonly CompletionRow[];
    assignments: readonly AssignmentRow[];
    reviewItems: readonly ReviewItemRow[];
    now: number;
  },
): CatalogueEntry {
  const { manifest } = module.pack;
  const last = [...context.completions].sort((a, b) => b.completedAt - a.completedAt)[0] ?? null;
  const hasPassed = context.completions.some((row) => row.passed);
  const dueAt = earliestDue(context.assignments);
  const reviewable = manifest.steps.filter(isReviewable).length;
  const status: ModuleStatus = context.progress
    ? 'in-progress'
    : hasPassed
      ? 'passed'
      : last
        ? 'failed'
        : 'not-started';
  return {
    moduleId: module.id,
    title: manifest.title,
    summary: manifest.summary,
    version: module.version,
    audience: manifest.audience,
    estimatedMinutes: manifest.estimatedMinutes,
    passMark: manifest.passMark,
    stressors: manifest.stressors,
    status,
    stepIndex: context.progress?.stepIndex ?? null,
    stepCount: manifest.steps.length,
    lastCompletion: last
      ? {
          scorePercent: last.scorePercent,
          passed: last.passed,
          completedAt: last.completedAt,
          moduleVersion: last.moduleVersion,
        }
      : null,
    dueAt,
    isOverdue: dueAt !== null && dueAt < context.now && !hasPassed,
    isMastered: isModuleMastered(context.reviewItems, reviewable),
    reviewDue: context.reviewItems.filter((item) => isDue(item, context.now)).length,
  };
}

/** The signed-in person's catalogue: every module they may take, with their own status. */
export async function listCatalogue(session: Session, now = Date.now()): Promise<CatalogueEntry[]> {
  requireSession(session);
  const db = getDatabase();
  return db.transaction(
    'r',
    [db.modules, db.progress, db.completions, db.assignments, db.reviewItems],
    async () => {
      const [modules, progress, completions, assignments, reviewItems] = await Promise.all([
        db.modules.toArray(),
        db.progress.where('personId').equals(session.personId).toArray(),
        db.completions.where('personId').equals(session.personId).toArray(),
        db.assignments.toArray(),
        db.reviewItems.where('personId').equals(session.personId).toArray(),
      ]);
      const mine = assignmentsFor(assignments, session.personId, session.teamId);
      return modules
        .filter((module) => canSeeModule(session, module))
        .map((module) =>
          buildEntry(module, {
            progress: progress.find((row) => row.moduleId === module.id),
            completions: completions.filter((row) => row.moduleId === module.id),
            assignments: mine.filter((row) => row.moduleId === module.id),
            reviewItems: reviewItems.filter((row) => row.moduleId === module.id),
            now,
          }),
        )
        .sort((a, b) => a.title.localeCompare(b.title));
    },
  );
}

/** What the player needs: the module's content and the learner's attempt in progress, if any. */
export interface PlayerState {
  readonly pack: ContentPack;
  readonly progress: ProgressRow | null;
  readonly previousAttempts: number;
}

/** Open a module for the signed-in person. */
export async function getPlayerState(session: Session, moduleId: string): Promise<PlayerState | null> {
  requireSession(session);
  await ensureBundledModules();
  const db = getDatabase();
  return db.transaction('r', [db.modules, db.progress, db.completions], async () => {
    const module = await db.modules.get(moduleId);
    if (!module || !canSeeModule(session, module)) return null;
    const progress = (await db.progress.get([session.personId, moduleId])) ?? null;
    const previousAttempts = await db.completions
      .where('[personId+moduleId]')
      .equals([session.personId, moduleId])
      .count();
    return { pack: module.pack, progress, previousAttempts };
  });
}

/** Start (or resume) an attempt. Resuming keeps the exact step and answers. */
export async function startAttempt(session: Session, moduleId: string): Promise<Outcome<ProgressRow>> {
  requireSession(session);
  await ensureBundledModules();
  const db = getDatabase();
  try {
    return await db.transaction(
      'rw',
      [db.modules, db.progress, db.completions],
      async (): Promise<Outcome<ProgressRow>> => {
        const module = await db.modules.get(moduleId);
        if (!module || !canSeeModule(session, module)) return fail('module', 'errors.not-found');
        const existing = await db.progress.get([session.personId, moduleId]);
        if (existing) return succeed(existing);
        const attempts = await db.completions
          .where('[personId+moduleId]')
          .equals([session.personId, moduleId])
          .count();
        const now = Date.now();
        const row: ProgressRow = {
          personId: session.personId,
          moduleId,
          moduleVersion: module.version,
          attempt: attempts + 1,
          stepIndex: 0,
          answers: {},
          startedAt: now,
          updatedAt: now,
        };
        await db.progress.put(row);
        return succeed(row);
      },
    );
  } catch (error) {
    return storageOutcome(error);
  }
}

function findStep(module: ModuleRow, stepId: string): Step | undefined {
  return module.pack.manifest.steps.find((step) => step.id === stepId);
}

/**
 * Save an answer to a step of the current attempt and return whether it was correct.
 *
 * A question is answered once per attempt: a second answer returns the first one unchanged, so nobody can
 * read the explanation and then change their answer.
 */
export async function answerStep(
  session: Session,
  moduleId: string,
  stepId: string,
  response: StepResponse,
): Promise<Outcome<{ readonly isCorrect: boolean | null; readonly response: StepResponse }>> {
  requireSession(session);
  const db = getDatabase();
  try {
    return await db.transaction('rw', [db.modules, db.progress, db.answerEvents], async () => {
      const module = await db.modules.get(moduleId);
      const progress = await db.progress.get([session.personId, moduleId]);
      if (!module || !progress) return fail('module', 'training.errors.no-attempt');
      const step = findStep(module, stepId);
      if (!step || step.type === 'lesson') return fail('step', 'errors.not-found');
      const previous = progress.answers[stepId];
      if (previous && step.type !== 'reflection')
        return succeed({ isCorrect: previous.isCorrect, response: previous.response });
      if (step.type === 'reflection' && response.type !== 'reflection')
        return fail('step', 'training.errors.wrong-response');
      if (response.type === 'reflection' && response.text.length > 4000)
        return fail('text', 'validation.too-long');
      const isCorrect = isScoredStep(step) ? isCorrectResponse(step, response) : null;
      const now = Date.now();
      await db.progress.put({
        ...progress,
        answers: { ...progress.answers, [stepId]: { response, isCorrect, answeredAt: now } },
        updatedAt: now,
      });
      if (isCorrect !== null) {
        await db.answerEvents.add({
          id: crypto.randomUUID(),
          personId: session.personId,
          moduleId,
          moduleVersion: progress.moduleVersion,
          itemId: stepId,
          context: 'module',
          response,
          isCorrect,
          answeredAt: now,
        });
      }
      return succeed({ isCorrect, response });
    });
  } catch (error) {
    return storageOutcome(error);
  }
}

/** Save which step the learner is on, so sign-out or a crash resumes exactly there. */
export async function moveToStep(
  session: Session,
  moduleId: string,
  stepIndex: number,
): Promise<Outcome<number>> {
  requireSession(session);
  const db = getDatabase();
  try {
    return await db.transaction('rw', [db.modules, db.progress], async (): Promise<Outcome<number>> => {
      const module = await db.modules.get(moduleId);
      const progress = await db.progress.get([session.personId, moduleId]);
      if (!module || !progress) return fail('module', 'training.errors.no-attempt');
      const index = Math.max(0, Math.min(Math.trunc(stepIndex), module.pack.manifest.steps.length - 1));
      await db.progress.put({ ...progress, stepIndex: index, updatedAt: Date.now() });
      return succeed(index);
    });
  } catch (error) {
    return storageOutcome(error);
  }
}

/**
 * Finish the attempt: record the completion (with score, pass mark and module version), put its questions
 * into the review deck, and clear the attempt — all in one transaction.
 */
export async function finishAttempt(session: Session, moduleId: string): Promise<Outcome<CompletionRow>> {
  requireSession(session);
  const db = getDatabase();
  try {
    return await db.transaction(
      'rw',
      [db.modules, db.progress, db.completions, db.reviewItems],
      async (): Promise<Outcome<CompletionRow>> => {
        const module = await db.modules.get(moduleId);
        const progress = await db.progress.get([session.personId, moduleId]);
        if (!module || !progress) return fail('module', 'training.errors.no-attempt');
        const { manifest } = module.pack;
        const responses = Object.fromEntries(
          Object.entries(progress.answers).map(([id, answer]) => [id, answer.response]),
        );
        const score = scoreAttempt(manifest.steps, manifest.passMark, responses);
        const now = Date.now();
        const completion: CompletionRow = {
          id: crypto.randomUUID(),
          personId: session.personId,
          moduleId,
          moduleVersion: progress.moduleVersion,
          attempt: progress.attempt,
          correct: score.correct,
          total: score.total,
          scorePercent: score.percent,
          passMark: manifest.passMark,
          passed: score.passed,
          startedAt: progress.startedAt,
          completedAt: now,
        };
        await db.completions.add(completion);
        for (const step of manifest.steps.filter(isReviewable)) {
          const answer = progress.answers[step.id];
          const key: [string, string, string] = [session.personId, moduleId, step.id];
          const previous = (await db.reviewItems.get(key)) ?? null;
          const next = scheduleAfterAnswer(previous, answer?.isCorrect === true, answer?.answeredAt ?? now);
          await db.reviewItems.put({ personId: session.personId, moduleId, itemId: step.id, ...next });
        }
        await db.progress.delete([session.personId, moduleId]);
        return succeed(completion);
      },
    );
  } catch (error) {
    return storageOutcome(error);
  }
}

/** One question waiting in a review session. */
export interface ReviewCard {
  readonly moduleId: string;
  readonly moduleTitle: string;
  readonly moduleVersion: string;
  readonly step: Extract<ScoredStep, { type: 'single-choice' | 'multiple-choice' | 'ordering' }>;
  readonly box: number;
}

/** Today's review: the signed-in person's due questions, oldest first, at most one short session's worth. */
export async function listDueReview(session: Session, now = Date.now()): Promise<ReviewCard[]> {
  requireSession(session);
  await ensureBundledModules();
  const db = getDatabase();
  return db.transaction('r', [db.reviewItems, db.modules], async () => {
    const due = await db.reviewItems
      .where('[personId+dueAt]')
      .between([session.personId, 0], [session.personId, now], true, true)
      .toArray();
    const modules = new Map((await db.modules.toArray()).map((module) => [module.id, module]));
    const cards: ReviewCard[] = [];
    for (const item of due.sort((a, b) => a.dueAt - b.dueAt)) {
      const module = modules.get(item.moduleId);
      const step = module ? findStep(module, item.itemId) : undefined;
      if (!module || !step || !isReviewable(step)) continue;
      cards.push({
        moduleId: module.id,
        moduleTitle: module.title,
        moduleVersion: module.version,
        step,
        box: item.box,
      });
      if (cards.length === REVIEW_SESSION_SIZE) break;
    }
    return cards;
  });
}

/** Answer a review question: move it between boxes and record the answer. */
export async function answerReview(
  session: Session,
  moduleId: string,
  itemId: string,
  response: StepResponse,
): Promise<Outcome<{ readonly isCorrect: boolean; readonly box: number; readonly dueAt: number }>> {
  requireSession(session);
  const db = getDatabase();
  try {
    return await db.transaction('rw', [db.modules, db.reviewItems, db.answerEvents], async () => {
      const module = await db.modules.get(moduleId);
      const step = module ? findStep(module, itemId) : undefined;
      const key: [string, string, string] = [session.personId, moduleId, itemId];
      const item = await db.reviewItems.get(key);
      if (!module || !step || !isReviewable(step) || !item) return fail('item', 'errors.not-found');
      const now = Date.now();
      if (!isDue(item, now)) return fail('item', 'training.errors.not-due');
      const isCorrect = isCorrectResponse(step, response);
      const next = scheduleAfterAnswer(item, isCorrect, now);
      await db.reviewItems.put({ ...item, ...next });
      await db.answerEvents.add({
        id: crypto.randomUUID(),
        personId: session.personId,
        moduleId,
        moduleVersion: module.version,
        itemId,
        context: 'review',
        response,
        isCorrect,
        answeredAt: now,
      });
      return succeed({ isCorrect, box: next.box, dueAt: next.dueAt });
    });
  } catch (error) {
    return storageOutcome(error);
  }
}

/** Who an assignment is for. */
export type AssignmentTarget =
  { readonly kind: 'team'; readonly teamId: string } | { readonly kind: 'person'; readonly personId: string };

async function assertCanManageTarget(session: Session, target: AssignmentTarget): Promise<void> {
  if (session.role === 'admin') return;
  if (session.role !== 'supervisor' || session.teamId === null)
    throw new AccessDeniedError('Supervisors and admins only.');
  if (target.kind === 'team') {
    if (target.teamId !== session.teamId)
      throw new AccessDeniedError('Supervisors assign only to their own team.');
    return;
  }
  const person = await getDatabase().people.get(target.personId);
  if (person?.teamId !== session.teamId)
    throw new AccessDeniedError('Supervisors assign only to their own team.');
}

/** Assign a module to a team or a person, due by the end of `dueDate` (local `YYYY-MM-DD`). */
export async function assignModule(
  session: Session,
  input: { readonly moduleId: string; readonly target: AssignmentTarget; readonly dueDate: string },
  now = Date.now(),
): Promise<Outcome<string>> {
  requireSession(session, ['supervisor', 'admin']);
  await assertCanManageTarget(session, input.target);
  await ensureBundledModules();
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(input.dueDate);
  const due = match
    ? new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 23, 59, 59, 999).getTime()
    : NaN;
  if (!Number.isFinite(due)) return fail('dueDate', 'training.errors.due-date-invalid');
  if (due < startOfDay(now)) return fail('dueDate', 'training.errors.due-date-past');
  const db = getDatabase();
  const id = crypto.randomUUID();
  try {
    return await db.transaction(
      'rw',
      [db.modules, db.teams, db.people, db.assignments],
      async (): Promise<Outcome<string>> => {
        const module = await db.modules.get(input.moduleId);
        if (!module) return fail('moduleId', 'errors.not-found');
        if (input.target.kind === 'team') {
          const team = await db.teams.get(input.target.teamId);
          if (!team || team.archivedAt !== null) return fail('target', 'validation.team-archived');
        } else {
          const person = await db.people.get(input.target.personId);
          if (!person || person.archivedAt !== null) return fail('target', 'errors.not-found');
          if (module.audience === 'supervisors' && person.role === 'employee')
            return fail('target', 'training.errors.audience');
        }
        if (input.target.kind === 'team' && module.audience === 'supervisors')
          return fail('target', 'training.errors.audience');
        await db.assignments.add({
          id,
          moduleId: input.moduleId,
          teamId: input.target.kind === 'team' ? input.target.teamId : null,
          personId: input.target.kind === 'person' ? input.target.personId : null,
          dueAt: due,
          assignedBy: session.personId,
          createdAt: now,
        });
        return succeed(id);
      },
    );
  } catch (error) {
    return storageOutcome(error);
  }
}

/** Withdraw an assignment. Completion records stay. */
export async function removeAssignment(session: Session, assignmentId: string): Promise<Outcome<string>> {
  requireSession(session, ['supervisor', 'admin']);
  const db = getDatabase();
  const assignment = await db.assignments.get(assignmentId);
  if (!assignment) return fail('form', 'errors.not-found');
  await assertCanManageTarget(
    session,
    assignment.teamId !== null
      ? { kind: 'team', teamId: assignment.teamId }
      : { kind: 'person', personId: assignment.personId ?? '' },
  );
  try {
    await db.assignments.delete(assignmentId);
  } catch (error) {
    return storageOutcome(error);
  }
  return succeed(assignmentId);
}

/** One person's state on one assigned module, for the supervisor's view. */
export interface MemberModuleStatus {
  readonly personId: string;
  readonly displayName: string;
  readonly status: ModuleStatus;
  readonly scorePercent: number | null;
  readonly completedAt: number | null;
  readonly moduleVersion: string | null;
  readonly dueAt: number | null;
  readonly isOverdue: boolean;
}

/** An assignment with how each person it covers is getting on. */
export interface AssignmentProgress {
  readonly assignmentId: string;
  readonly moduleId: string;
  readonly moduleTitle: string;
  readonly target: AssignmentTarget;
  readonly targetName: string;
  readonly dueAt: number;
  readonly members: readonly MemberModuleStatus[];
}

/**
 * Training completion the caller may see: a supervisor's own team, or every team for an admin (only
 * `scope`'s team, when given; a supervisor asking for another team is refused).
 *
 * Only training records appear here — never check-ins or notes.
 */
export async function listTeamTraining(
  session: Session,
  now = Date.now(),
  scope: TeamScope = {},
): Promise<AssignmentProgress[]> {
  requireSession(session, ['supervisor', 'admin']);
  if (scope.teamId !== undefined && session.role !== 'admin' && scope.teamId !== session.teamId)
    throw new AccessDeniedError('Supervisors see only their own team.');
  const db = getDatabase();
  const teamId = scope.teamId ?? (session.role === 'admin' ? undefined : session.teamId);
  if (teamId === null) return [];
  return db.transaction(
    'r',
    [db.assignments, db.modules, db.people, db.teams, db.completions, db.progress],
    async () => {
      // One team's assignments, people and records are read through the indexes; all of them otherwise.
      const people =
        teamId === undefined
          ? await db.people.toArray()
          : await db.people.where('teamId').equals(teamId).toArray();
      const ids = people.map((person) => person.id);
      const [assignments, modules, teams, completions, progress] = await Promise.all([
        teamId === undefined
          ? db.assignments.toArray()
          : db.assignments
              .where('teamId')
              .equals(teamId)
              .toArray()
              .then(async (forTeam) => [
                ...forTeam,
                ...(await db.assignments.where('personId').anyOf(ids).toArray()),
              ]),
        db.modules.toArray(),
        db.teams.toArray(),
        teamId === undefined
          ? db.completions.toArray()
          : db.completions.where('personId').anyOf(ids).toArray(),
        teamId === undefined ? db.progress.toArray() : db.progress.where('personId').anyOf(ids).toArray(),
      ]);
      const moduleById = new Map(modules.map((module) => [module.id, module]));
      const personById = new Map(people.map((person) => [person.id, person]));
      const teamById = new Map(teams.map((team) => [team.id, team]));
      const activeByTeam = new Map<string, PersonRow[]>();
      for (const person of people) {
        if (person.archivedAt !== null || person.teamId === null) continue;
        const members = activeByTeam.get(person.teamId);
        if (members) members.push(person);
        else activeByTeam.set(person.teamId, [person]);
      }
      const key = (personId: string, moduleId: string) => `${personId}\u0000${moduleId}`;
      const completionsOf = new Map<string, CompletionRow[]>();
      for (const row of completions) {
        const rowKey = key(row.personId, row.moduleId);
        const list = completionsOf.get(rowKey);
        if (list) list.push(row);
        else completionsOf.set(rowKey, [row]);
      }
      const inProgress = new Set(progress.map((row) => key(row.personId, row.moduleId)));
      const visible = assignments.filter((row) => {
        if (session.role === 'admin') return true;
        const rowTeam = row.teamId ?? personById.get(row.personId ?? '')?.teamId ?? null;
        return rowTeam !== null && rowTeam === session.teamId;
      });
      return visible
        .sort((a, b) => a.dueAt - b.dueAt)
        .map((row) => {
          const target = row.personId === null ? undefined : personById.get(row.personId);
          const covered =
            row.teamId !== null
              ? (activeByTeam.get(row.teamId) ?? [])
              : target && target.archivedAt === null
                ? [target]
                : [];
          const members = covered
            .map((person): MemberModuleStatus => {
              const own = completionsOf.get(key(person.id, row.moduleId)) ?? [];
              const best = own.filter((c) => c.passed).sort((a, b) => b.completedAt - a.completedAt)[0];
              const last = [...own].sort((a, b) => b.completedAt - a.completedAt)[0];
              const shown = best ?? last;
              return {
                personId: person.id,
                displayName: person.displayName,
                status: best
                  ? 'passed'
                  : inProgress.has(key(person.id, row.moduleId))
                    ? 'in-progress'
                    : last
                      ? 'failed'
                      : 'not-started',
                scorePercent: shown?.scorePercent ?? null,
                completedAt: shown?.completedAt ?? null,
                moduleVersion: shown?.moduleVersion ?? null,
                dueAt: row.dueAt,
                isOverdue: !best && row.dueAt < now,
              };
            })
            .sort((a, b) => a.displayName.localeCompare(b.displayName));
          const assignmentTarget: AssignmentTarget =
            row.teamId !== null
              ? { kind: 'team', teamId: row.teamId }
              : { kind: 'person', personId: row.personId ?? '' };
          return {
            assignmentId: row.id,
            moduleId: row.moduleId,
            moduleTitle: moduleById.get(row.moduleId)?.title ?? row.moduleId,
            target: assignmentTarget,
            targetName:
              assignmentTarget.kind === 'team'
                ? (teamById.get(assignmentTarget.teamId)?.name ?? '')
                : (personById.get(assignmentTarget.personId)?.displayName ?? ''),
            dueAt: row.dueAt,
            members,
          };
        });
    },
  );
}

/** A module any supervisor or admin may assign, for the assignment form. */
export interface AssignableModule {
  readonly moduleId: string;
  readonly title: string;
  readonly audience: Manifest['audience'];
}

/** Modules that can be assigned. */
export async function listAssignableModules(session: Session): Promise<AssignableModule[]> {
  requireSession(session, ['supervisor', 'admin']);
  const modules = await getDatabase().modules.toArray();
  return modules
    .map((module) => ({ moduleId: module.id, title: module.title, audience: module.audience }))
    .sort((a, b) => a.title.localeCompare(b.title));
}

export type { CompletionRow, ProgressRow } from '../../db';
