/**
 * Training records out: xAPI 1.0.3 statements and a CSV of completions.
 *
 * Supervisors export their own team, admins everyone. Only completions and scored answers leave the app;
 * reflections (private) and anything from check-ins never do.
 */
import { fail, succeed, type Outcome } from '../../../../shared/domain/outcome';
import { buildCompletionsCsv } from '../../../../shared/domain/training-csv';
import { buildXapiStatements } from '../../../../shared/domain/xapi-statements';
import { requireSession, type Session } from '../../auth/session';
import { getDatabase } from '../../db';
import { ensureBundledModules } from './training.repo';

/** The two export formats. */
export type TrainingExportKind = 'xapi' | 'csv';

/** A file ready to hand to the Platform's save dialog. */
export interface TrainingExportFile {
  readonly fileName: string;
  readonly contents: string;
  readonly recordCount: number;
}

function dateStamp(now: number): string {
  return new Date(now).toISOString().slice(0, 10);
}

/** Build the export for the caller's scope. */
export async function buildTrainingExport(
  session: Session,
  kind: TrainingExportKind,
  now = Date.now(),
): Promise<Outcome<TrainingExportFile>> {
  requireSession(session, ['supervisor', 'admin']);
  await ensureBundledModules();
  const db = getDatabase();
  const data = await db.transaction(
    'r',
    [db.organisation, db.people, db.teams, db.modules, db.completions, db.answerEvents],
    async () => {
      const [organisation, people, teams, modules, completions, answers] = await Promise.all([
        db.organisation.get('org'),
        db.people.toArray(),
        db.teams.toArray(),
        db.modules.toArray(),
        db.completions.toArray(),
        db.answerEvents.toArray(),
      ]);
      return { organisation, people, teams, modules, completions, answers };
    },
  );
  const inScope = new Set(
    data.people
      .filter(
        (person) => session.role === 'admin' || (session.teamId !== null && person.teamId === session.teamId),
      )
      .map((person) => person.id),
  );
  const completions = data.completions.filter((row) => inScope.has(row.personId));
  const answers = data.answers.filter((row) => inScope.has(row.personId));
  if (completions.length === 0 && answers.length === 0) return fail('form', 'trainingExport.nothing');

  if (kind === 'xapi') {
    const statements = buildXapiStatements({
      organisation: {
        name: data.organisation?.name ?? 'Shiftwell',
        homePage: `https://shiftwell.invalid/org/${String(data.organisation?.createdAt ?? 0)}`,
      },
      people: data.people
        .filter((person) => inScope.has(person.id))
        .map(({ id, displayName }) => ({ id, displayName })),
      modules: data.modules.map((module) => ({
        id: module.id,
        version: module.version,
        title: module.title,
        language: module.pack.manifest.language,
        steps: module.pack.manifest.steps,
      })),
      completions,
      answers,
    });
    return succeed({
      fileName: `shiftwell-xapi-${dateStamp(now)}.json`,
      contents: JSON.stringify(statements, null, 2),
      recordCount: statements.length,
    });
  }

  const personById = new Map(data.people.map((person) => [person.id, person]));
  const teamById = new Map(data.teams.map((team) => [team.id, team.name]));
  const moduleById = new Map(data.modules.map((module) => [module.id, module.title]));
  const rows = [...completions]
    .sort((a, b) => a.completedAt - b.completedAt)
    .map((row) => {
      const person = personById.get(row.personId);
      return {
        personName: person?.displayName ?? row.personId,
        teamName: person?.teamId ? (teamById.get(person.teamId) ?? null) : null,
        moduleTitle: moduleById.get(row.moduleId) ?? row.moduleId,
        moduleId: row.moduleId,
        moduleVersion: row.moduleVersion,
        attempt: row.attempt,
        scorePercent: row.scorePercent,
        passMark: row.passMark,
        passed: row.passed,
        completedAt: row.completedAt,
        durationMs: row.completedAt - row.startedAt,
      };
    });
  return succeed({
    fileName: `shiftwell-completions-${dateStamp(now)}.csv`,
    contents: buildCompletionsCsv(rows),
    recordCount: rows.length,
  });
}
