/**
 * Shift check-ins, with privacy enforced here rather than in the screens.
 *
 * - A person's ratings and notes are readable by that person only. Notes are encrypted with their own data
 *   key before the write transaction starts, so plaintext never reaches the database.
 * - Team figures come only from rollups, updated in the same transaction as each check-in, and are
 *   released only when at least k distinct people stand behind them (see shared/domain/anonymity.ts).
 * - Retention deletes old raw check-ins (rollups stay); erasure deletes a person's rows and their key.
 */
import { encryptNote, decryptNote } from '../../auth/note-keys';
import { detachNoteKey, noteKeyFor } from '../../auth/session-keys';
import { requireSession, type Session } from '../../auth/session';
import {
  CHECK_IN_TAGS,
  checkInInputSchema,
  localDay,
  shiftPeriodAt,
  type CheckInInput,
  type CheckInRecord,
} from '../../../../shared/domain/check-in';
import {
  effectiveK,
  mondayOf,
  releaseView,
  weeklySeries,
  type Released,
  type TeamSummary,
} from '../../../../shared/domain/anonymity';
import { fail, succeed, type Outcome } from '../../../../shared/domain/outcome';
import {
  getDatabase,
  storageOutcome,
  type CheckInSettingsRow,
  type SupportResourceRow,
  type TalkRequestRow,
} from '../../db';
import { readTeamRollups, removePersonFromWeeks } from './team-weeks.repo';
import {
  checkInWriteTables,
  deleteCheckInsBefore,
  deleteCheckInsOf,
  readCheckInsOf,
  storeCheckIn,
} from './check-in-weeks.repo';

/** Default settings until an admin changes them. */
export const DEFAULT_CHECK_IN_SETTINGS: CheckInSettingsRow = {
  key: 'check-ins',
  kThreshold: 5,
  retentionMonths: 12,
};

/** The organisation's check-in privacy settings. */
export async function getCheckInSettings(): Promise<CheckInSettingsRow> {
  const row = await getDatabase().checkInSettings.get('check-ins');
  return row ? { ...row, kThreshold: effectiveK(row.kThreshold) } : DEFAULT_CHECK_IN_SETTINGS;
}

/** Change k (never below 3) and retention (1–36 months). Admins only. */
export async function updateCheckInSettings(
  session: Session,
  input: { readonly kThreshold: number; readonly retentionMonths: number },
): Promise<Outcome<CheckInSettingsRow>> {
  requireSession(session, ['admin']);
  if (!Number.isInteger(input.kThreshold) || input.kThreshold < 3 || input.kThreshold > 50) {
    return fail('kThreshold', 'checkIns.settings.kInvalid');
  }
  if (!Number.isInteger(input.retentionMonths) || input.retentionMonths < 1 || input.retentionMonths > 36) {
    return fail('retentionMonths', 'checkIns.settings.retentionInvalid');
  }
  const row: CheckInSettingsRow = {
    key: 'check-ins',
    kThreshold: input.kThreshold,
    retentionMonths: input.retentionMonths,
  };
  try {
    await getDatabase().checkInSettings.put(row);
  } catch (error) {
    return storageOutcome(error);
  }
  return succeed(row);
}

/** Whether the signed-in person has read the privacy notice. */
export async function hasAcceptedPrivacyNotice(session: Session): Promise<boolean> {
  requireSession(session);
  const row = await getDatabase().checkInPreferences.get(session.personId);
  return row?.privacyNoticeAcceptedAt != null;
}

/** Record that the signed-in person read the privacy notice. */
export async function acceptPrivacyNotice(session: Session): Promise<Outcome<true>> {
  requireSession(session);
  try {
    await getDatabase().checkInPreferences.put({
      personId: session.personId,
      privacyNoticeAcceptedAt: Date.now(),
    });
  } catch (error) {
    return storageOutcome(error);
  }
  return succeed(true);
}

/** Save a check-in (and its private note, encrypted) and update the team rollup in one transaction. */
export async function recordCheckIn(
  session: Session,
  input: CheckInInput,
  now = Date.now(),
): Promise<Outcome<CheckInRecord>> {
  requireSession(session);
  const parsed = checkInInputSchema.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => ({
        where: issue.path.join('.') || 'form',
        message: 'checkIns.errors.invalid',
      })),
    };
  }
  const { note, ...answers } = parsed.data;
  const id = crypto.randomUUID();
  const record: CheckInRecord = {
    id,
    personId: session.personId,
    teamId: session.teamId,
    moment: answers.moment,
    at: now,
    day: localDay(now),
    weekday: new Date(now).getDay(),
    period: shiftPeriodAt(now),
    ratings: answers.ratings,
    energy: answers.energy,
    // In one order whatever order they were ticked in (restores store them so).
    tags: CHECK_IN_TAGS.filter((tag) => answers.tags.includes(tag)),
  };
  const noteText = note?.trim() ?? '';
  let encrypted = null;
  if (noteText.length > 0) {
    const key = noteKeyFor(session);
    if (!key) return fail('note', 'checkIns.errors.noteLocked');
    encrypted = await encryptNote(key, session.personId, id, noteText);
  }
  const db = getDatabase();
  try {
    await db.transaction('rw', [db.checkInNotes, ...checkInWriteTables(db)], async () => {
      // The note goes with the reads of the check-in's weeks: the write is two round trips to the database.
      await Promise.all([
        storeCheckIn(db, record),
        encrypted ? db.checkInNotes.add({ checkInId: id, personId: session.personId, ...encrypted }) : null,
      ]);
    });
  } catch (error) {
    return storageOutcome(error);
  }
  return succeed(record);
}

/** The signed-in person's own check-ins, newest first, with whether each has a note. */
export async function listMyCheckIns(
  session: Session,
  options: { readonly since?: number } = {},
): Promise<(CheckInRecord & { readonly hasNote: boolean })[]> {
  requireSession(session);
  const db = getDatabase();
  return db.transaction('r', [db.checkIns, db.checkInWeeks, db.checkInNotes], async () => {
    const rows = await readCheckInsOf(db, session.personId, options.since);
    const noted = new Set(await db.checkInNotes.where('personId').equals(session.personId).primaryKeys());
    return rows.map((row) => ({ ...row, hasNote: noted.has(row.id) }));
  });
}

/** Decrypt one of the signed-in person's notes. Null if it is not theirs, is missing or fails to decrypt. */
export async function readMyNote(session: Session, checkInId: string): Promise<string | null> {
  requireSession(session);
  const row = await getDatabase().checkInNotes.get(checkInId);
  const key = noteKeyFor(session);
  if (!row || row.personId !== session.personId || !key) return null;
  return decryptNote(key, session.personId, checkInId, row);
}

/** A team's weekly figures, each released or suppressed under the k rule. Supervisors: own team; admins: any. */
export async function getTeamWellbeing(
  session: Session,
  teamId: string,
): Promise<{
  readonly k: number;
  readonly overall: Released<TeamSummary>;
  readonly weeks: ReturnType<typeof weeklySeries>;
}> {
  requireSession(session, ['supervisor', 'admin']);
  if (session.role === 'supervisor' && session.teamId !== teamId) {
    return { k: 0, overall: { kind: 'suppressed', reason: 'too-few-people' }, weeks: [] };
  }
  const db = getDatabase();
  const [settings, rollups] = await Promise.all([getCheckInSettings(), readTeamRollups(db, teamId)]);
  const k = effectiveK(settings.kThreshold);
  const weeks = weeklySeries(rollups, k);
  // The overall figure covers released weeks only: otherwise subtracting the released weeks from the total
  // would reveal a suppressed week.
  const releasedWeeks = new Set(
    weeks.filter((week) => week.released.kind === 'value').map((week) => week.weekStart),
  );
  const overall = releaseView(
    rollups.filter((rollup) => releasedWeeks.has(mondayOf(rollup.day))),
    k,
  );
  return { k, overall, weeks };
}

/** Ask to talk: sent to the person's supervisors only when they explicitly consent. */
export async function requestTalk(
  session: Session,
  input: { readonly consent: boolean },
): Promise<Outcome<string>> {
  requireSession(session);
  if (!input.consent) return fail('consent', 'checkIns.talk.consentRequired');
  if (session.teamId === null) return fail('form', 'checkIns.talk.noTeam');
  const db = getDatabase();
  const id = crypto.randomUUID();
  try {
    const existing = await db.talkRequests
      .where('personId')
      .equals(session.personId)
      .filter((row) => row.status === 'open')
      .first();
    if (existing) return succeed(existing.id);
    await db.talkRequests.add({
      id,
      personId: session.personId,
      teamId: session.teamId,
      createdAt: Date.now(),
      status: 'open',
      closedAt: null,
      closedBy: null,
    });
  } catch (error) {
    return storageOutcome(error);
  }
  return succeed(id);
}

/** The signed-in person's open request to talk, if any. */
export async function getMyOpenTalkRequest(session: Session): Promise<TalkRequestRow | null> {
  requireSession(session);
  return (
    (await getDatabase()
      .talkRequests.where('personId')
      .equals(session.personId)
      .filter((row) => row.status === 'open')
      .first()) ?? null
  );
}

/** Withdraw the signed-in person's open request. */
export async function withdrawTalkRequest(session: Session): Promise<Outcome<true>> {
  requireSession(session);
  try {
    await getDatabase()
      .talkRequests.where('personId')
      .equals(session.personId)
      .filter((row) => row.status === 'open')
      .delete();
  } catch (error) {
    return storageOutcome(error);
  }
  return succeed(true);
}

/** Open requests to talk for a supervisor's team (name and date only — never ratings or notes). */
export async function listTalkRequests(
  session: Session,
): Promise<{ readonly id: string; readonly displayName: string; readonly createdAt: number }[]> {
  requireSession(session, ['supervisor', 'admin']);
  const db = getDatabase();
  return db.transaction('r', [db.talkRequests, db.people], async () => {
    const open = await db.talkRequests.where('status').equals('open').toArray();
    const visible = open.filter((row) => session.role === 'admin' || row.teamId === session.teamId);
    const people = new Map(
      (await db.people.bulkGet(visible.map((row) => row.personId))).flatMap((p) =>
        p ? [[p.id, p.displayName] as const] : [],
      ),
    );
    return visible
      .map((row) => ({ id: row.id, displayName: people.get(row.personId) ?? '', createdAt: row.createdAt }))
      .sort((a, b) => a.createdAt - b.createdAt);
  });
}

/** Mark a request to talk as handled. */
export async function closeTalkRequest(session: Session, requestId: string): Promise<Outcome<true>> {
  requireSession(session, ['supervisor', 'admin']);
  const db = getDatabase();
  try {
    return await db.transaction('rw', db.talkRequests, async (): Promise<Outcome<true>> => {
      const row = await db.talkRequests.get(requestId);
      if (!row || (session.role !== 'admin' && row.teamId !== session.teamId))
        return fail('form', 'errors.not-found');
      await db.talkRequests.put({
        ...row,
        status: 'closed',
        closedAt: Date.now(),
        closedBy: session.personId,
      });
      return succeed(true);
    });
  } catch (error) {
    return storageOutcome(error);
  }
}

/** Support resources, in the admin's order. Anyone signed in may read them. */
export async function listSupportResources(session: Session): Promise<SupportResourceRow[]> {
  requireSession(session);
  return getDatabase().supportResources.orderBy('order').toArray();
}

/** Add or edit a support resource. Admins only. */
export async function saveSupportResource(
  session: Session,
  input: {
    readonly id?: string;
    readonly title: string;
    readonly description: string;
    readonly contact: string;
  },
): Promise<Outcome<string>> {
  requireSession(session, ['admin']);
  const title = input.title.trim();
  const description = input.description.trim();
  const contact = input.contact.trim();
  if (title.length === 0) return fail('title', 'validation.required');
  if (title.length > 120 || description.length > 1000 || contact.length > 200)
    return fail('form', 'validation.too-long');
  const db = getDatabase();
  try {
    return await db.transaction('rw', db.supportResources, async () => {
      const existing = input.id ? await db.supportResources.get(input.id) : undefined;
      const order = existing?.order ?? (await db.supportResources.count());
      const id = existing?.id ?? crypto.randomUUID();
      await db.supportResources.put({ id, title, description, contact, order, updatedAt: Date.now() });
      return succeed(id);
    });
  } catch (error) {
    return storageOutcome(error);
  }
}

/** Remove a support resource. Admins only. */
export async function deleteSupportResource(session: Session, id: string): Promise<Outcome<true>> {
  requireSession(session, ['admin']);
  try {
    await getDatabase().supportResources.delete(id);
  } catch (error) {
    return storageOutcome(error);
  }
  return succeed(true);
}

/** Delete raw check-ins (and their notes) older than the retention period. Team rollups are kept. */
export async function applyRetention(now = Date.now()): Promise<number> {
  const { retentionMonths } = await getCheckInSettings();
  const cutoff = new Date(now);
  cutoff.setMonth(cutoff.getMonth() - retentionMonths);
  const db = getDatabase();
  return db.transaction('rw', [db.checkIns, db.checkInWeeks, db.checkInNotes], async () => {
    const old = await deleteCheckInsBefore(db, cutoff.getTime());
    await db.checkInNotes.bulkDelete(old);
    return old.length;
  });
}

/**
 * Erase everything the signed-in person has put into check-ins: their check-ins, notes, note key, requests
 * to talk and preferences, and their id in team rollups (the anonymous totals stay). Their session's note
 * key is dropped too, so even a copy of an older backup cannot decrypt their notes with this install.
 *
 * An erasure record (their id and the time, nothing else) is kept in the same transaction: restoring an
 * older backup drops everything of theirs from before that time (see features/backup).
 */
export async function eraseMyCheckInData(
  session: Session,
  now = Date.now(),
): Promise<Outcome<{ readonly checkIns: number }>> {
  requireSession(session);
  const db = getDatabase();
  try {
    const erased = await db.transaction(
      'rw',
      [
        db.checkIns,
        db.checkInWeeks,
        db.checkInNotes,
        db.noteKeys,
        db.talkRequests,
        db.checkInPreferences,
        db.teamWeeks,
        db.erasures,
      ],
      async () => {
        await db.erasures.put({ personId: session.personId, erasedAt: now });
        const mine = await deleteCheckInsOf(db, session.personId);
        await db.checkInNotes.where('personId').equals(session.personId).delete();
        await db.noteKeys.delete(session.personId);
        await db.talkRequests.where('personId').equals(session.personId).delete();
        await db.checkInPreferences.delete(session.personId);
        await removePersonFromWeeks(db, session.personId);
        return mine.length;
      },
    );
    detachNoteKey(session);
    return succeed({ checkIns: erased });
  } catch (error) {
    return storageOutcome(error);
  }
}

/** Titles of the modules the signed-in person can take, by id (for micro-lesson suggestions). */
export async function listModuleTitles(session: Session): Promise<ReadonlyMap<string, string>> {
  requireSession(session);
  const modules = await getDatabase().modules.toArray();
  return new Map(
    modules
      .filter((module) => module.audience === 'everyone' || session.role !== 'employee')
      .map((module) => [module.id, module.title]),
  );
}
