/**
 * The benchmark's data: a contact centre of 500 people in 35 teams, two years of shift check-ins (two per
 * shift-day), and training, recognition and coaching records to match.
 *
 * Everything comes from one seeded pseudo-random generator, so the same seed always gives the same rows in
 * the same order (ids included). The generator is pure: it returns rows; the harness decides how to write
 * them. Check-ins are produced lazily, person by person, so two years never sit in memory twice.
 */
import { localDay, shiftPeriodAt, type CheckInRecord, type ShiftPeriod } from '../../shared/domain/check-in';
import type { CheckInTag } from '../../shared/domain/check-in';
import type { Rating, StressorId } from '../../shared/domain/stressors';
import type {
  AssignmentRow,
  CoachingNoteRow,
  CompletionRow,
  OneOnOneCadenceRow,
  OneOnOneRow,
  PersonRow,
  RecognitionRow,
  ReviewItemRow,
  TeamRow,
} from '../../renderer/src/db';

/** What to generate. */
export interface BenchConfig {
  readonly seed: number;
  readonly people: number;
  readonly teams: number;
  /** The last day of data (local midnight, ms); data runs back `days` days from it. */
  readonly endAt: number;
  readonly days: number;
  /** Days each person works per year (each gives two check-ins). */
  readonly shiftDaysPerYear: number;
}

/** The contact centre: 500 people, ~35 teams, 2 years, 2 check-ins per shift-day (~480,000). */
export const CONTACT_CENTRE: BenchConfig = {
  seed: 20261125,
  people: 500,
  teams: 35,
  endAt: new Date(2026, 10, 20).getTime(),
  days: 730,
  shiftDaysPerYear: 240,
};

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/** mulberry32: small, fast and good enough for test data. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** A deterministic id ("b-<kind>-<n>"), so the same seed gives the same keys. */
function benchId(kind: string, n: number): string {
  return `b-${kind}-${String(n).padStart(7, '0')}`;
}

/** A person in the generated centre, with the shift they usually work. */
export interface BenchPerson extends PersonRow {
  readonly usualPeriod: ShiftPeriod;
  /** 0..1: how stretched this person tends to be. */
  readonly strain: number;
}

/** The organisation's structure: teams and people (index 0 of each team is its supervisor). */
export interface BenchStructure {
  readonly teams: readonly TeamRow[];
  readonly people: readonly BenchPerson[];
}

const FIRST_NAMES = [
  'Aisha',
  'Ben',
  'Chloe',
  'Dev',
  'Elena',
  'Finn',
  'Grace',
  'Hiro',
  'Ines',
  'Jonah',
  'Kemi',
  'Liam',
  'Maya',
  'Noor',
  'Oscar',
  'Priya',
  'Quinn',
  'Rosa',
  'Sami',
  'Tara',
  'Uma',
  'Viktor',
  'Wen',
  'Yusuf',
];
const LAST_NAMES = [
  'Adeyemi',
  'Brennan',
  'Costa',
  'Dubois',
  'Eriksen',
  'Fischer',
  'Gupta',
  'Haddad',
  'Ito',
  'Jensen',
  'Kowalski',
  'Lopez',
  'Mensah',
  'Novak',
  'Okafor',
  'Petrov',
  'Quispe',
  'Rossi',
  'Silva',
  'Tanaka',
];
const PERIOD_WEIGHTS: readonly (readonly [ShiftPeriod, number])[] = [
  ['early', 0.3],
  ['day', 0.4],
  ['late', 0.25],
  ['night', 0.05],
];
const PERIOD_START_HOUR: Readonly<Record<ShiftPeriod, number>> = { early: 6, day: 11, late: 17, night: 23 };

/** Teams and people. `teamSupervisor` people are supervisors; everyone else is an employee. */
export function generateStructure(config: BenchConfig): BenchStructure {
  const random = createRandom(config.seed);
  const createdAt = config.endAt - config.days * DAY_MS;
  const teams: TeamRow[] = Array.from({ length: config.teams }, (_, index) => ({
    id: benchId('team', index),
    name: `Team ${String(index + 1).padStart(2, '0')}`,
    createdAt,
    archivedAt: null,
  }));
  const people: BenchPerson[] = [];
  for (let index = 0; index < config.people; index += 1) {
    const team = teams[index % teams.length];
    const isSupervisor = index < teams.length;
    const first = FIRST_NAMES[Math.floor(random() * FIRST_NAMES.length)] ?? 'Alex';
    const last = LAST_NAMES[Math.floor(random() * LAST_NAMES.length)] ?? 'Smith';
    people.push({
      id: benchId('person', index),
      displayName: `${first} ${last} ${String(index + 1)}`,
      role: isSupervisor ? 'supervisor' : 'employee',
      teamId: team?.id ?? null,
      createdAt,
      archivedAt: null,
      usualPeriod: pickWeighted(random, PERIOD_WEIGHTS),
      strain: random(),
    });
  }
  return { teams, people };
}

/**
 * One person's check-ins over the whole period, oldest first: `shiftDaysPerYear` working days a year,
 * each with a start-of-shift and an end-of-shift check-in eight hours apart.
 */
export function* generateCheckIns(
  config: BenchConfig,
  person: BenchPerson,
  personIndex: number,
): Generator<CheckInRecord> {
  const random = createRandom(config.seed ^ ((personIndex + 1) * 2_654_435_761));
  const workProbability = config.shiftDaysPerYear / 365;
  const start = config.endAt - (config.days - 1) * DAY_MS;
  let n = 0;
  for (let dayIndex = 0; dayIndex < config.days; dayIndex += 1) {
    if (random() >= workProbability) continue;
    const midnight = new Date(start + dayIndex * DAY_MS);
    midnight.setHours(0, 0, 0, 0);
    const shiftStart =
      midnight.getTime() +
      PERIOD_START_HOUR[person.usualPeriod] * HOUR_MS +
      Math.floor(random() * 40) * 60_000;
    // Busier in winter and on Mondays; this person's own level on top.
    const season = 0.5 + 0.5 * Math.cos(((midnight.getMonth() + 1) / 12) * 2 * Math.PI);
    const monday = midnight.getDay() === 1 ? 0.15 : 0;
    for (const [moment, at] of [
      ['shift-start', shiftStart],
      ['shift-end', shiftStart + 8 * HOUR_MS + Math.floor(random() * 20) * 60_000],
    ] as const) {
      const pressure = 0.35 * person.strain + 0.25 * season + monday + (moment === 'shift-end' ? 0.1 : 0);
      yield {
        id: `${person.id}-c${String(n).padStart(4, '0')}`,
        personId: person.id,
        teamId: person.teamId,
        moment,
        at,
        day: localDay(at),
        weekday: new Date(at).getDay(),
        period: shiftPeriodAt(at),
        ratings: {
          'emotional-labor': rating(random, pressure),
          'role-conflict': rating(random, pressure * 0.8),
          'role-ambiguity': rating(random, pressure * 0.6),
          'role-overload': rating(random, pressure * 1.1),
          // Service climate is a resource: a higher rating means a better climate.
          'service-climate': rating(random, 1 - pressure),
        } satisfies Record<StressorId, Rating>,
        energy: rating(random, 1 - pressure),
        tags: tagsFor(random, pressure),
      };
      n += 1;
    }
  }
}

/** Training, recognition and coaching records to go with the check-ins. */
export interface BenchRecords {
  readonly assignments: AssignmentRow[];
  readonly completions: CompletionRow[];
  readonly reviewItems: ReviewItemRow[];
  readonly recognitions: RecognitionRow[];
  readonly coachingNotes: CoachingNoteRow[];
  readonly oneOnOnes: OneOnOneRow[];
  readonly cadences: OneOnOneCadenceRow[];
}

/** A module as the generator needs it: id, version, pass mark and its question ids. */
export interface BenchModule {
  readonly id: string;
  readonly version: string;
  readonly passMark: number;
  readonly questionIds: readonly string[];
}

/** Everyone completes most modules (some twice), is recognised about monthly and has monthly one-to-ones. */
export function generateRecords(
  config: BenchConfig,
  structure: BenchStructure,
  modules: readonly BenchModule[],
  serviceValueIds: readonly string[],
): BenchRecords {
  const random = createRandom(config.seed + 7);
  const start = config.endAt - config.days * DAY_MS;
  const records: BenchRecords = {
    assignments: [],
    completions: [],
    reviewItems: [],
    recognitions: [],
    coachingNotes: [],
    oneOnOnes: [],
    cadences: [],
  };
  const supervisorOf = new Map(
    structure.people.filter((p) => p.role === 'supervisor').map((p) => [p.teamId, p.id] as const),
  );
  for (const team of structure.teams) {
    modules.forEach((module, index) => {
      records.assignments.push({
        id: benchId('assignment', records.assignments.length),
        moduleId: module.id,
        teamId: team.id,
        personId: null,
        dueAt: start + (index + 1) * 60 * DAY_MS,
        assignedBy: supervisorOf.get(team.id) ?? structure.people[0]?.id ?? '',
        createdAt: start + index * 60 * DAY_MS,
      });
    });
  }
  structure.people.forEach((person, personIndex) => {
    for (const module of modules) {
      if (random() < 0.15) continue;
      const attempts = random() < 0.2 ? 2 : 1;
      let completedAt = start + Math.floor(random() * config.days) * DAY_MS;
      for (let attempt = 1; attempt <= attempts; attempt += 1) {
        const total = module.questionIds.length;
        const correct = attempt === attempts ? total - Math.floor(random() * 2) : Math.floor(total / 2);
        const scorePercent = total === 0 ? 100 : Math.floor((correct / total) * 100);
        records.completions.push({
          id: benchId('completion', records.completions.length),
          personId: person.id,
          moduleId: module.id,
          moduleVersion: module.version,
          attempt,
          correct,
          total,
          scorePercent,
          passMark: module.passMark,
          passed: scorePercent >= module.passMark,
          startedAt: completedAt - 11 * 60_000,
          completedAt,
        });
        completedAt += 3 * DAY_MS;
      }
      for (const itemId of module.questionIds) {
        records.reviewItems.push({
          personId: person.id,
          moduleId: module.id,
          itemId,
          box: 1 + Math.floor(random() * 5),
          dueAt: config.endAt + Math.floor(random() * 16) * DAY_MS,
          lastReviewedAt: completedAt,
        });
      }
    }
    const supervisorId = supervisorOf.get(person.teamId) ?? null;
    if (supervisorId !== null && supervisorId !== person.id) {
      records.cadences.push({ personId: person.id, everyWeeks: 4, setBy: supervisorId, updatedAt: start });
      for (let month = 0; month < 24; month += 1) {
        const at = start + month * 30 * DAY_MS + Math.floor(random() * 20) * DAY_MS;
        records.oneOnOnes.push({
          id: benchId('one-on-one', records.oneOnOnes.length),
          personId: person.id,
          supervisorId,
          teamId: person.teamId,
          heldAt: at,
          wentWell: 'Calm handling of a long billing call.',
          toImprove: 'Summarise the agreed next step before closing.',
          agreedActions: 'Try the recap phrase on five calls this week.',
          createdAt: at,
        });
        const giverIndex = Math.floor(random() * structure.people.length);
        const giver =
          structure.people[
            giverIndex === personIndex ? (giverIndex + 1) % structure.people.length : giverIndex
          ];
        const valueId = serviceValueIds[Math.floor(random() * serviceValueIds.length)];
        if (giver && valueId !== undefined) {
          records.recognitions.push({
            id: benchId('recognition', records.recognitions.length),
            giverId: giver.id,
            recipientId: person.id,
            teamId: person.teamId,
            valueIds: [valueId],
            message: 'Stayed with a distressed caller until the refund was confirmed.',
            moduleId: null,
            isPrivate: random() < 0.2,
            createdAt: at + DAY_MS,
          });
        }
      }
      if (random() < 0.25) {
        const at = config.endAt - Math.floor(random() * 60) * DAY_MS;
        records.coachingNotes.push({
          id: benchId('coaching', records.coachingNotes.length),
          personId: person.id,
          authorId: supervisorId,
          teamId: person.teamId,
          situation: 'Tuesday late shift, a caller asking about a delayed delivery.',
          behaviour: 'The call ended without confirming what happens next.',
          impact: 'The caller rang back twice the next day.',
          nextStep: 'Close each call by stating the next step and when it will happen.',
          moduleId: null,
          assignmentId: null,
          followUpAt: at + 14 * DAY_MS,
          createdAt: at,
          acknowledgedAt: null,
          reply: null,
          repliedAt: null,
          status: 'open',
          closedAt: null,
          closingNote: null,
        });
      }
    }
  });
  return records;
}

function pickWeighted<T>(random: () => number, weights: readonly (readonly [T, number])[]): T {
  let roll = random();
  for (const [value, weight] of weights) {
    roll -= weight;
    if (roll < 0) return value;
  }
  const last = weights.at(-1);
  if (!last) throw new Error('pickWeighted needs at least one option');
  return last[0];
}

/** A rating from 1 to 5 whose mean rises with `level` (0..1). */
function rating(random: () => number, level: number): Rating {
  const value = 1 + Math.round(Math.min(1, Math.max(0, level + (random() - 0.5) * 0.5)) * 4);
  return Math.min(5, Math.max(1, value)) as Rating;
}

function tagsFor(random: () => number, pressure: number): CheckInTag[] {
  const tags: CheckInTag[] = [];
  if (random() < pressure * 0.5) tags.push('peak-period');
  if (random() < pressure * 0.2) tags.push('difficult-customer');
  if (random() < 0.05) tags.push('system-issue');
  if (random() < pressure * 0.1) tags.push('short-staffed');
  if (random() < 0.1) tags.push('good-support');
  return tags;
}
