/**
 * Recognition: acknowledging good work against the organisation's service values.
 *
 * Who may recognise whom, the daily limit that keeps recognition meaningful, who has gone quiet, and what
 * a recognition form may submit. Pure rules: the recognition repository applies them to stored rows, so
 * the same rule holds whether or not a screen shows the button.
 */
import { z } from 'zod';
import { assertNever } from './assert-never';
import { startOfDay } from './review-schedule';
import type { Role } from './roles';

/** The service-ideology values every organisation starts with (admins may rename, add and archive). */
export const DEFAULT_SERVICE_VALUE_IDS = [
  'integrity',
  'trustworthiness',
  'reliability',
  'personal-responsibility',
  'industriousness',
  'continuous-improvement',
  'respect',
  'consistency',
] as const;
/** One of the seeded service values. */
export type DefaultServiceValueId = (typeof DEFAULT_SERVICE_VALUE_IDS)[number];

/** A seeded service value and the i18n keys of its English label and description. */
export interface DefaultServiceValue {
  readonly id: DefaultServiceValueId;
  readonly labelKey: string;
  readonly descriptionKey: string;
}

/**
 * The seeded service values, in display order.
 *
 * Their words live in the locale files (`recognition.defaultValues.<id>`); the screen translates them and
 * the repository stores the translation once, after which admins own the text.
 */
export const DEFAULT_SERVICE_VALUES: readonly DefaultServiceValue[] = DEFAULT_SERVICE_VALUE_IDS.map((id) => ({
  id,
  labelKey: `recognition.defaultValues.${id}.label`,
  descriptionKey: `recognition.defaultValues.${id}.description`,
}));

/** Whether `id` names one of the seeded service values. */
export function isDefaultServiceValueId(id: string): id is DefaultServiceValueId {
  return (DEFAULT_SERVICE_VALUE_IDS as readonly string[]).includes(id);
}

/** Longest recognition message, in characters. */
export const MESSAGE_MAX_LENGTH = 500;
/** Longest service value label, in characters. */
export const VALUE_LABEL_MAX_LENGTH = 60;
/** Longest service value description, in characters. */
export const VALUE_DESCRIPTION_MAX_LENGTH = 240;

/** The range an admin may set the daily limit in. */
export const DAILY_LIMIT_RANGE = { min: 1, max: 20 } as const;
/** The range an admin may set the quiet period in, in weeks. */
export const QUIET_WEEKS_RANGE = { min: 1, max: 26 } as const;

/** The recognition rules an admin can change. */
export interface RecognitionRules {
  readonly allowPeerRecognition: boolean;
  readonly dailyLimit: number;
  readonly quietWeeks: number;
}

/** Rules until an admin changes them: no peer recognition, five a day, quiet after four weeks. */
export const DEFAULT_RECOGNITION_RULES: RecognitionRules = {
  allowPeerRecognition: false,
  dailyLimit: 5,
  quietWeeks: 4,
};

/** zod schema for the admin's recognition rules. */
export const recognitionRulesSchema = z.strictObject({
  allowPeerRecognition: z.boolean(),
  dailyLimit: z
    .number({ error: 'daily-limit-range' })
    .int({ error: 'daily-limit-range' })
    .min(DAILY_LIMIT_RANGE.min, { error: 'daily-limit-range' })
    .max(DAILY_LIMIT_RANGE.max, { error: 'daily-limit-range' }),
  quietWeeks: z
    .number({ error: 'quiet-weeks-range' })
    .int({ error: 'quiet-weeks-range' })
    .min(QUIET_WEEKS_RANGE.min, { error: 'quiet-weeks-range' })
    .max(QUIET_WEEKS_RANGE.max, { error: 'quiet-weeks-range' }),
});

/** Why a message cannot be sent, or null when it can. */
export type MessageProblem = 'message-required' | 'message-too-long';

/** Check a recognition message: required once trimmed, at most `MESSAGE_MAX_LENGTH` characters. */
export function messageProblem(message: string): MessageProblem | null {
  const trimmed = message.trim();
  if (trimmed.length === 0) return 'message-required';
  if (trimmed.length > MESSAGE_MAX_LENGTH) return 'message-too-long';
  return null;
}

/** Most values one recognition may name (a guard against junk input; real forms offer far fewer). */
export const VALUES_PER_RECOGNITION_MAX = 50;

/** zod schema for what the recognition form submits. Codes in `error` are `recognition.errors.<code>`. */
export const recognitionInputSchema = z.strictObject({
  recipientId: z.string().min(1, { error: 'recipient-required' }),
  valueIds: z
    .array(z.string().min(1))
    .min(1, { error: 'values-required' })
    .max(VALUES_PER_RECOGNITION_MAX, { error: 'values-too-many' })
    .refine((ids) => new Set(ids).size === ids.length, { error: 'values-duplicate' }),
  message: z
    .string()
    .transform((value) => value.trim())
    .pipe(
      z.string().min(1, { error: 'message-required' }).max(MESSAGE_MAX_LENGTH, { error: 'message-too-long' }),
    ),
  moduleId: z.string().min(1).nullable().default(null),
  isPrivate: z.boolean().default(false),
});
/** What the recognition form submits. */
export type RecognitionInput = z.input<typeof recognitionInputSchema>;

/** zod schema for a service value an admin adds or edits. */
export const serviceValueInputSchema = z.strictObject({
  label: z
    .string()
    .transform((value) => value.trim().replace(/\s+/g, ' '))
    .pipe(
      z
        .string()
        .min(1, { error: 'value-label-required' })
        .max(VALUE_LABEL_MAX_LENGTH, { error: 'value-label-too-long' }),
    ),
  description: z
    .string()
    .transform((value) => value.trim())
    .pipe(z.string().max(VALUE_DESCRIPTION_MAX_LENGTH, { error: 'value-description-too-long' })),
});
/** What the service value editor submits. */
export type ServiceValueInput = z.input<typeof serviceValueInputSchema>;

/** The people involved in a proposed recognition and the rules in force. */
export interface RecognitionParties {
  readonly giverId: string;
  readonly giverRole: Role;
  readonly giverTeamId: string | null;
  readonly recipientId: string;
  readonly recipientTeamId: string | null;
  readonly allowPeer: boolean;
}

/** Whether a giver may recognise a recipient, and if not, why. */
export type RecognitionDecision = 'allowed' | 'self' | 'peer-recognition-off' | 'other-team';

/**
 * Decide whether a giver may recognise a recipient.
 *
 * Nobody recognises themselves. Admins recognise anyone; supervisors their own team; employees only
 * their own team-mates, and only while the admin allows peer recognition.
 */
export function canRecognise(parties: RecognitionParties): RecognitionDecision {
  if (parties.giverId === parties.recipientId) return 'self';
  switch (parties.giverRole) {
    case 'admin':
      return 'allowed';
    case 'supervisor':
      return isSameTeam(parties) ? 'allowed' : 'other-team';
    case 'employee':
      if (!parties.allowPeer) return 'peer-recognition-off';
      return isSameTeam(parties) ? 'allowed' : 'other-team';
    default:
      return assertNever(parties.giverRole);
  }
}

function isSameTeam(parties: RecognitionParties): boolean {
  return parties.giverTeamId !== null && parties.giverTeamId === parties.recipientTeamId;
}

/** Whether a role may give recognition at all under the current rules (before choosing a recipient). */
export function mayGiveRecognition(role: Role, allowPeer: boolean): boolean {
  return role !== 'employee' || allowPeer;
}

/** The parts of a recognition the counting rules look at. */
export interface RecognitionEvent {
  readonly giverId: string;
  readonly recipientId: string;
  readonly createdAt: number;
}

/** How many recognitions `giverId` has given since local midnight of the day containing `now`. */
export function countGivenToday(
  recognitions: readonly Pick<RecognitionEvent, 'giverId' | 'createdAt'>[],
  giverId: string,
  now: number,
): number {
  const since = startOfDay(now);
  return recognitions.filter((row) => row.giverId === giverId && row.createdAt >= since).length;
}

/** Whether a giver who has given `givenToday` already may give another under `dailyLimit`. */
export function isWithinDailyLimit(givenToday: number, dailyLimit: number): boolean {
  return givenToday < dailyLimit;
}

const WEEK = 7 * 24 * 60 * 60 * 1000;

/** A person with the last time they were recognised (null if never). */
export type WithLastRecognised<P> = P & { readonly lastRecognisedAt: number | null };

/**
 * People nobody has recognised in the last `weeks` weeks, longest-waiting first (never-recognised first,
 * then by name order as given).
 *
 * Every recognition counts, private ones included: the quiet list is about whether someone's work is
 * being noticed, not about what appears on the wall.
 */
export function quietPeople<P extends { readonly id: string }>(
  people: readonly P[],
  recognitions: readonly Pick<RecognitionEvent, 'recipientId' | 'createdAt'>[],
  now: number,
  weeks: number,
): WithLastRecognised<P>[] {
  const last = new Map<string, number>();
  for (const row of recognitions) {
    const previous = last.get(row.recipientId);
    if (previous === undefined || row.createdAt > previous) last.set(row.recipientId, row.createdAt);
  }
  const cutoff = now - weeks * WEEK;
  return people
    .map((person) => ({ ...person, lastRecognisedAt: last.get(person.id) ?? null }))
    .filter((person) => person.lastRecognisedAt === null || person.lastRecognisedAt < cutoff)
    .map((person, index) => ({ person, index }))
    .sort(
      (a, b) =>
        (a.person.lastRecognisedAt ?? -Infinity) - (b.person.lastRecognisedAt ?? -Infinity) ||
        a.index - b.index,
    )
    .map(({ person }) => person);
}

/** Who is looking at a recognition. */
export interface RecognitionViewer {
  readonly personId: string;
  readonly role: Role;
  readonly teamId: string | null;
}

/** The parts of a recognition its visibility depends on. */
export interface RecognitionVisibility {
  readonly giverId: string;
  readonly recipientId: string;
  readonly teamId: string | null;
  readonly isPrivate: boolean;
}

/**
 * Whether a recognition belongs on the team wall `viewer` sees.
 *
 * Private recognitions never do. Public ones show to the recipient's team and to admins.
 */
export function isOnWallFor(viewer: RecognitionViewer, recognition: RecognitionVisibility): boolean {
  if (recognition.isPrivate) return false;
  if (viewer.role === 'admin') return true;
  return viewer.teamId !== null && viewer.teamId === recognition.teamId;
}

/** Whether `viewer` may read a recognition at all (on the wall, or as its giver or recipient). */
export function canSeeRecognition(viewer: RecognitionViewer, recognition: RecognitionVisibility): boolean {
  return (
    viewer.personId === recognition.giverId ||
    viewer.personId === recognition.recipientId ||
    isOnWallFor(viewer, recognition)
  );
}
