/**
 * Training records as xAPI 1.0.3 statements, for an LMS or learning record store (LRS) to import.
 *
 * Pure: the caller reads the records and supplies them with the current module content; this file only
 * shapes them. Each finished attempt becomes "experienced", "completed" and "passed" or "failed"; each
 * answer event becomes "answered". Reflections are private to the learner and are never exported.
 * Statement ids are name-based, so exporting the same records twice gives the same ids and an LRS can
 * drop the duplicates.
 */
import type { AnswerEventRecord, CompletionRecord } from './training-records';
import type { Step } from '../content/pack-schema';
import { assertNever } from './assert-never';
import type { StepResponse } from './training-answers';

/** The xAPI version the statements follow. */
export const XAPI_VERSION = '1.0.3';

/** A language map: RFC 5646 language tag → text. */
export type XapiLanguageMap = Readonly<Record<string, string>>;

/** An xAPI verb: an IRI and how to show it. */
export interface XapiVerb {
  readonly id: string;
  readonly display: XapiLanguageMap;
}

/** The ADL verbs the export uses. */
export const XAPI_VERBS = {
  experienced: { id: 'http://adlnet.gov/expapi/verbs/experienced', display: { 'en-US': 'experienced' } },
  answered: { id: 'http://adlnet.gov/expapi/verbs/answered', display: { 'en-US': 'answered' } },
  completed: { id: 'http://adlnet.gov/expapi/verbs/completed', display: { 'en-US': 'completed' } },
  passed: { id: 'http://adlnet.gov/expapi/verbs/passed', display: { 'en-US': 'passed' } },
  failed: { id: 'http://adlnet.gov/expapi/verbs/failed', display: { 'en-US': 'failed' } },
} as const satisfies Readonly<Record<string, XapiVerb>>;

/** The name of one of the verbs in {@link XAPI_VERBS}. */
export type XapiVerbName = keyof typeof XAPI_VERBS;

/** The ADL activity types the export uses. */
export const XAPI_ACTIVITY_TYPES = {
  module: 'http://adlnet.gov/expapi/activities/module',
  interaction: 'http://adlnet.gov/expapi/activities/cmi.interaction',
} as const;

/** Shiftwell's context extensions (keys are IRIs, as xAPI requires). */
export const XAPI_EXTENSIONS = {
  /** Where an answer was given: `module` (during an attempt) or `review` (spaced review). */
  context: 'urn:shiftwell:ext:context',
  /** The module version a record was earned on; records keep it even after the module is updated. */
  moduleVersion: 'urn:shiftwell:ext:module-version',
  /** Which attempt at the module a completion was (1 for the first). */
  attempt: 'urn:shiftwell:ext:attempt',
  /** The pass mark (percent) the attempt was judged against. */
  passMark: 'urn:shiftwell:ext:pass-mark',
  /** The organisation's display name (its IRI is the actor's account home page). */
  organisation: 'urn:shiftwell:ext:organisation',
} as const;

/** An Agent identified by an account on this workstation's organisation. */
export interface XapiAgent {
  readonly objectType: 'Agent';
  readonly name?: string;
  readonly account: { readonly homePage: string; readonly name: string };
}

/** One choice of a choice or sequencing interaction. */
export interface XapiInteractionComponent {
  readonly id: string;
  readonly description: XapiLanguageMap;
}

/** The interaction types the export uses. */
export type XapiInteractionType = 'choice' | 'sequencing' | 'other';

/** What an activity is: a module, or a question inside one. */
export interface XapiActivityDefinition {
  readonly type: string;
  readonly name?: XapiLanguageMap;
  readonly description?: XapiLanguageMap;
  readonly interactionType?: XapiInteractionType;
  readonly correctResponsesPattern?: readonly string[];
  readonly choices?: readonly XapiInteractionComponent[];
}

/** An activity: the object of every exported statement. */
export interface XapiActivity {
  readonly objectType: 'Activity';
  readonly id: string;
  readonly definition: XapiActivityDefinition;
}

/** A score; `min`/`max` are left out when there was nothing to score (xAPI needs max > min). */
export interface XapiScore {
  readonly scaled: number;
  readonly raw: number;
  readonly min?: number;
  readonly max?: number;
}

/** The outcome a statement reports. */
export interface XapiResult {
  readonly score?: XapiScore;
  readonly success?: boolean;
  readonly completion?: boolean;
  readonly response?: string;
  readonly duration?: string;
}

/** Extension values used by the export. */
export type XapiExtensions = Readonly<Record<string, string | number>>;

/** The context every exported statement carries. */
export interface XapiContext {
  readonly registration?: string;
  readonly contextActivities?: { readonly parent: readonly XapiActivity[] };
  readonly platform: 'Shiftwell';
  readonly language: string;
  readonly extensions: XapiExtensions;
}

/** One xAPI 1.0.3 statement as exported by Shiftwell. */
export interface XapiStatement {
  readonly id: string;
  readonly actor: XapiAgent;
  readonly verb: XapiVerb;
  readonly object: XapiActivity;
  readonly result?: XapiResult;
  readonly context: XapiContext;
  readonly timestamp: string;
  readonly version: typeof XAPI_VERSION;
}

/** The organisation: its name and the IRI that identifies it (e.g. `urn:shiftwell:org:<orgId>`). */
export interface XapiOrganisation {
  readonly name: string;
  readonly homePage: string;
}

/** A learner, named on their statements. */
export interface XapiPerson {
  readonly id: string;
  readonly displayName: string;
}

/** A module's current content, used for activity names, choices and correct answers. */
export interface XapiModule {
  readonly id: string;
  readonly version: string;
  readonly title: string;
  /** RFC 5646 tag such as `en` or `en-GB`; keys the language maps and is the statements' language. */
  readonly language: string;
  readonly steps: readonly Step[];
}

/** A finished attempt. */
export type XapiCompletionRecord = CompletionRecord;

/** One answer given in a module or in review; reflection responses are skipped. */
export type XapiAnswerRecord = AnswerEventRecord;

/** Everything an export needs. */
export interface XapiExportInput {
  readonly organisation: XapiOrganisation;
  readonly people: readonly XapiPerson[];
  readonly modules: readonly XapiModule[];
  readonly completions: readonly XapiCompletionRecord[];
  readonly answers: readonly XapiAnswerRecord[];
}

/** The language tag used when a record's module is no longer installed: "undetermined" (RFC 5646). */
const UNKNOWN_LANGUAGE = 'und';

/** Build the xAPI statements for a set of training records, sorted by timestamp and then id. */
export function buildXapiStatements(input: XapiExportInput): XapiStatement[] {
  const people = new Map(input.people.map((person) => [person.id, person]));
  const modules = new Map(input.modules.map((module) => [module.id, module]));
  const actorFor = (personId: string): XapiAgent =>
    buildActor(input.organisation, personId, people.get(personId));
  const organisationExtension = { [XAPI_EXTENSIONS.organisation]: input.organisation.name };

  const statements: XapiStatement[] = [];
  for (const completion of input.completions) {
    statements.push(
      ...buildCompletionStatements(
        completion,
        actorFor(completion.personId),
        modules.get(completion.moduleId),
        organisationExtension,
      ),
    );
  }
  for (const answer of input.answers) {
    const statement = buildAnswerStatement(
      answer,
      actorFor(answer.personId),
      modules.get(answer.moduleId),
      organisationExtension,
    );
    if (statement) statements.push(statement);
  }
  return statements.sort(compareStatements);
}

function buildActor(
  organisation: XapiOrganisation,
  personId: string,
  person: XapiPerson | undefined,
): XapiAgent {
  const account = { homePage: organisation.homePage, name: personId };
  return person
    ? { objectType: 'Agent', name: person.displayName, account }
    : { objectType: 'Agent', account };
}

function buildCompletionStatements(
  completion: XapiCompletionRecord,
  actor: XapiAgent,
  module: XapiModule | undefined,
  organisationExtension: XapiExtensions,
): XapiStatement[] {
  const object = buildModuleActivity(completion.moduleId, module);
  const context: XapiContext = {
    registration: buildStableUuid(`registration:${completion.id}`),
    platform: 'Shiftwell',
    language: module?.language ?? UNKNOWN_LANGUAGE,
    extensions: {
      ...organisationExtension,
      [XAPI_EXTENSIONS.moduleVersion]: completion.moduleVersion,
      [XAPI_EXTENSIONS.attempt]: completion.attempt,
    },
  };
  const score = buildScore(completion.correct, completion.total);
  const duration = formatIsoDuration(completion.completedAt - completion.startedAt);
  const completedAt = toIsoTimestamp(completion.completedAt);
  const outcome: XapiVerbName = completion.passed ? 'passed' : 'failed';

  return [
    {
      id: buildStableUuid(`experienced:${completion.id}`),
      actor,
      verb: XAPI_VERBS.experienced,
      object,
      context,
      timestamp: toIsoTimestamp(completion.startedAt),
      version: XAPI_VERSION,
    },
    {
      id: buildStableUuid(`completed:${completion.id}`),
      actor,
      verb: XAPI_VERBS.completed,
      object,
      result: { score, completion: true, duration },
      context,
      timestamp: completedAt,
      version: XAPI_VERSION,
    },
    {
      id: buildStableUuid(`${outcome}:${completion.id}`),
      actor,
      verb: XAPI_VERBS[outcome],
      object,
      result: { score, success: completion.passed, completion: true, duration },
      context: {
        ...context,
        extensions: { ...context.extensions, [XAPI_EXTENSIONS.passMark]: completion.passMark },
      },
      timestamp: completedAt,
      version: XAPI_VERSION,
    },
  ];
}

/** A response that may be exported: anything but a private reflection. */
type ExportableResponse = Exclude<StepResponse, { type: 'reflection' }>;

function buildAnswerStatement(
  answer: XapiAnswerRecord,
  actor: XapiAgent,
  module: XapiModule | undefined,
  organisationExtension: XapiExtensions,
): XapiStatement | null {
  const response = answer.response;
  if (response.type === 'reflection') return null;

  const language = module?.language ?? UNKNOWN_LANGUAGE;
  const step = module?.steps.find((candidate) => candidate.id === answer.itemId);
  return {
    id: buildStableUuid(`answered:${answer.id}`),
    actor,
    verb: XAPI_VERBS.answered,
    object: {
      objectType: 'Activity',
      id: itemActivityId(answer.moduleId, answer.itemId),
      definition: buildItemDefinition(step, response, language),
    },
    result: { success: answer.isCorrect, response: formatResponse(response) },
    context: {
      contextActivities: { parent: [buildModuleActivity(answer.moduleId, module)] },
      platform: 'Shiftwell',
      language,
      extensions: {
        ...organisationExtension,
        [XAPI_EXTENSIONS.context]: answer.context,
        [XAPI_EXTENSIONS.moduleVersion]: answer.moduleVersion,
      },
    },
    timestamp: toIsoTimestamp(answer.answeredAt),
    version: XAPI_VERSION,
  };
}

/** The IRI of a module activity. */
export function moduleActivityId(moduleId: string): string {
  return `urn:shiftwell:module:${encodeURIComponent(moduleId)}`;
}

/** The IRI of a question (or scenario) activity inside a module. */
export function itemActivityId(moduleId: string, itemId: string): string {
  return `${moduleActivityId(moduleId)}:item:${encodeURIComponent(itemId)}`;
}

function buildModuleActivity(moduleId: string, module: XapiModule | undefined): XapiActivity {
  return {
    objectType: 'Activity',
    id: moduleActivityId(moduleId),
    definition: module
      ? { type: XAPI_ACTIVITY_TYPES.module, name: { [module.language]: module.title } }
      : { type: XAPI_ACTIVITY_TYPES.module },
  };
}

/**
 * The definition of a question activity, from the current content of its step.
 *
 * The definition follows the step alone, so every statement about one activity carries the same one. When
 * the step is gone (or is no longer a question), only the interaction type is given, taken from the response.
 */
function buildItemDefinition(
  step: Step | undefined,
  response: ExportableResponse,
  language: string,
): XapiActivityDefinition {
  const type = XAPI_ACTIVITY_TYPES.interaction;
  const text = (value: string): XapiLanguageMap => ({ [language]: value });
  switch (step?.type) {
    case 'single-choice':
    case 'multiple-choice':
      return {
        type,
        name: text(step.prompt),
        interactionType: 'choice',
        correctResponsesPattern: [
          step.type === 'single-choice' ? step.correct : joinResponseIds(step.correct),
        ],
        choices: step.options.map((option) => ({ id: option.id, description: text(option.text) })),
      };
    case 'ordering':
      return {
        type,
        name: text(step.prompt),
        interactionType: 'sequencing',
        correctResponsesPattern: [joinResponseIds(step.entries.map((entry) => entry.id))],
        choices: step.entries.map((entry) => ({ id: entry.id, description: text(entry.text) })),
      };
    case 'scenario':
      // Several paths can be "best", so no single correct-response pattern is given.
      return { type, name: text(step.title), description: text(step.tension), interactionType: 'other' };
    case 'lesson':
    case 'reflection':
    case undefined:
      return { type, interactionType: interactionTypeOf(response) };
    default:
      return assertNever(step);
  }
}

function interactionTypeOf(response: ExportableResponse): XapiInteractionType {
  switch (response.type) {
    case 'single-choice':
    case 'multiple-choice':
      return 'choice';
    case 'ordering':
      return 'sequencing';
    case 'scenario':
      return 'other';
    default:
      return assertNever(response);
  }
}

/** A response in xAPI's format: the ids given, in order, joined by `[,]`. */
function formatResponse(response: ExportableResponse): string {
  switch (response.type) {
    case 'single-choice':
      return response.optionId;
    case 'multiple-choice':
      return joinResponseIds(response.optionIds);
    case 'ordering':
      return joinResponseIds(response.entryIds);
    case 'scenario':
      return joinResponseIds(response.choiceIds);
    default:
      return assertNever(response);
  }
}

function joinResponseIds(ids: readonly string[]): string {
  return ids.join('[,]');
}

/**
 * The score of an attempt. `raw` is kept within 0…total and `scaled` is rounded to 4 decimal places.
 *
 * With nothing scored (total 0) the score is 0 with no `min`/`max`, because xAPI requires max > min.
 */
function buildScore(correct: number, total: number): XapiScore {
  if (total <= 0) return { scaled: 0, raw: 0 };
  const raw = Math.min(Math.max(correct, 0), total);
  return { scaled: Math.round((raw / total) * 10_000) / 10_000, raw, min: 0, max: total };
}

/**
 * A span of milliseconds as an ISO 8601 duration in whole seconds, e.g. `PT7M12S`, `PT1H5S` or `PT0S`.
 *
 * Hours are not folded into days, so the duration never depends on calendar rules. A negative span (a clock
 * change during the attempt) counts as zero.
 */
export function formatIsoDuration(milliseconds: number): string {
  const totalSeconds = Number.isFinite(milliseconds) ? Math.max(0, Math.round(milliseconds / 1000)) : 0;
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  const parts = [
    hours > 0 ? `${hours}H` : '',
    minutes > 0 ? `${minutes}M` : '',
    seconds > 0 ? `${seconds}S` : '',
  ];
  const time = parts.join('');
  return `PT${time === '' ? '0S' : time}`;
}

function toIsoTimestamp(milliseconds: number): string {
  return new Date(milliseconds).toISOString();
}

function compareStatements(a: XapiStatement, b: XapiStatement): number {
  // ISO 8601 UTC timestamps of the same width sort as text in time order.
  if (a.timestamp !== b.timestamp) return a.timestamp < b.timestamp ? -1 : 1;
  if (a.id !== b.id) return a.id < b.id ? -1 : 1;
  return 0;
}

const FNV_128_OFFSET_BASIS = 0x6c62272e07bb014262b821756295c58dn;
const FNV_128_PRIME = 0x0000000001000000000000000000013bn;
const UTF8 = new TextEncoder();

/**
 * A UUID derived from a name: name-based, stable across exports.
 *
 * The 128-bit FNV-1a hash of the name's UTF-8 bytes, laid out as a UUID with version 8 (RFC 9562's
 * custom version) and the RFC 4122 variant. Not cryptographic: it only has to be stable and, in practice,
 * unique, so an LRS recognises a statement it already holds when the same records are exported again.
 */
export function buildStableUuid(name: string): string {
  let hash = FNV_128_OFFSET_BASIS;
  for (const byte of UTF8.encode(name)) {
    hash = BigInt.asUintN(128, (hash ^ BigInt(byte)) * FNV_128_PRIME);
  }
  hash = (hash & ~(0xfn << 76n)) | (0x8n << 76n); // version 8
  hash = (hash & ~(0x3n << 62n)) | (0x2n << 62n); // variant 10xx (RFC 4122)
  const hex = hash.toString(16).padStart(32, '0');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
