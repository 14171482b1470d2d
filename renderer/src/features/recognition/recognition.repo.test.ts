import { beforeEach, describe, expect, it } from 'vitest';
import type { ContentPack } from '../../../../shared/content/pack-schema';
import { DEFAULT_SERVICE_VALUE_IDS, type RecognitionInput } from '../../../../shared/domain/recognition';
import { AccessDeniedError, type Session } from '../../auth/session';
import type { ShiftwellDatabase } from '../../db';
import { useFreshDatabase } from '../../test/database';
import { createTeam, setUpOrganisation, addAndSignIn } from '../profiles/test-api';
import {
  archiveServiceValue,
  ensureServiceValues,
  getGivingAllowance,
  getRecognitionSettings,
  giveRecognition,
  listGivenRecognitions,
  listLinkableModules,
  listMyRecognitions,
  listQuietPeople,
  listRecentForHome,
  listRecipients,
  listServiceValues,
  listTeamWall,
  restoreServiceValue,
  saveServiceValue,
  updateRecognitionSettings,
} from './recognition.repo';

const DAY = 24 * 60 * 60 * 1000;
const WEEK = 7 * DAY;

/** Local time `days` calendar days after Monday 2 March 2026 at `hour` (immune to clock changes). */
function dayAt(days: number, hour = 10): number {
  return new Date(2026, 2, 2 + days, hour, 0).getTime();
}

const DEFAULTS = DEFAULT_SERVICE_VALUE_IDS.map((id) => ({
  id,
  label: id.replace('-', ' '),
  description: `About ${id}.`,
}));

let db: ShiftwellDatabase;
let admin: Session;
let billingId: string;
let returnsId: string;
let sam: Session; // supervisor, Billing
let bea: Session; // employee, Billing
let kim: Session; // employee, Billing
let rory: Session; // employee, Returns
let rhea: Session; // supervisor, Returns

function person(name: string, role: 'employee' | 'supervisor', team: string): Promise<Session> {
  return addAndSignIn(admin, name, role, team);
}

function thanks(to: Session, overrides: Partial<RecognitionInput> = {}): RecognitionInput {
  return {
    recipientId: to.personId,
    valueIds: ['integrity', 'reliability'],
    message: `Thank you, ${to.displayName}.`,
    ...overrides,
  };
}

async function give(from: Session, to: Session, overrides: Partial<RecognitionInput> = {}, now?: number) {
  const outcome = await giveRecognition(from, thanks(to, overrides), now);
  if (!outcome.ok) throw new Error(outcome.problems.map((problem) => problem.message).join(', '));
  return outcome.value;
}

async function problemOf(outcome: Promise<{ ok: boolean; problems?: readonly { message: string }[] }>) {
  const result = await outcome;
  return result.ok ? null : (result.problems?.[0]?.message ?? null);
}

beforeEach(async () => {
  db = useFreshDatabase();
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
  returnsId = returns.value;
  sam = await person('Sam', 'supervisor', billingId);
  bea = await person('Bea', 'employee', billingId);
  kim = await person('Kim', 'employee', billingId);
  rory = await person('Rory', 'employee', returnsId);
  rhea = await person('Rhea', 'supervisor', returnsId);
  await ensureServiceValues(sam, DEFAULTS);
});

describe('service values', () => {
  it('seeds the service-ideology values once, in order, ignoring anything but the seeded ids', async () => {
    const values = await listServiceValues(bea);
    expect(values.map((value) => value.id)).toEqual([...DEFAULT_SERVICE_VALUE_IDS]);
    expect(values[3]).toEqual({
      id: 'personal-responsibility',
      label: 'personal responsibility',
      description: 'About personal-responsibility.',
      isArchived: false,
    });
    await db.serviceValues.clear();
    await ensureServiceValues(bea, [{ id: 'speed', label: 'Speed', description: '' }]);
    expect(await listServiceValues(bea)).toEqual([]);
  });

  it('lets admins add, rename and archive values, keeping labels unique', async () => {
    const added = await saveServiceValue(admin, { label: ' Warmth ', description: 'Kind on every call.' });
    expect(added.ok).toBe(true);
    const renamed = await saveServiceValue(admin, {
      id: 'respect',
      label: 'Respect for everyone',
      description: 'Listening first.',
    });
    expect(renamed.ok).toBe(true);
    expect(await problemOf(saveServiceValue(admin, { label: 'warmth', description: '' }))).toBe(
      'recognition.errors.value-label-taken',
    );
    expect(await problemOf(saveServiceValue(admin, { label: '  ', description: '' }))).toBe(
      'recognition.errors.value-label-required',
    );
    expect((await archiveServiceValue(admin, 'consistency')).ok).toBe(true);

    const active = await listServiceValues(admin);
    expect(active.map((value) => value.label)).toContain('Warmth');
    expect(active.find((value) => value.id === 'respect')?.label).toBe('Respect for everyone');
    expect(active.some((value) => value.id === 'consistency')).toBe(false);
    const all = await listServiceValues(admin, { includeArchived: true });
    expect(all.find((value) => value.id === 'consistency')?.isArchived).toBe(true);
    expect((await restoreServiceValue(admin, 'consistency')).ok).toBe(true);
    expect((await listServiceValues(admin)).some((value) => value.id === 'consistency')).toBe(true);
  });

  it('refuses value changes from anyone but an admin', async () => {
    await expect(saveServiceValue(sam, { label: 'Speed', description: '' })).rejects.toThrow(
      AccessDeniedError,
    );
    await expect(archiveServiceValue(bea, 'integrity')).rejects.toThrow(AccessDeniedError);
  });

  it('never archives the last active value', async () => {
    for (const id of DEFAULT_SERVICE_VALUE_IDS.slice(1)) await archiveServiceValue(admin, id);
    expect(await problemOf(archiveServiceValue(admin, 'integrity'))).toBe('recognition.errors.last-value');
  });

  it('keeps showing an archived value on recognitions given before, but refuses it for new ones', async () => {
    await give(sam, bea, { valueIds: ['consistency'] });
    await archiveServiceValue(admin, 'consistency');
    const [received] = await listMyRecognitions(bea);
    expect(received?.values).toEqual([{ id: 'consistency', label: 'consistency' }]);
    expect(await problemOf(giveRecognition(sam, thanks(kim, { valueIds: ['consistency'] })))).toBe(
      'recognition.errors.value-unavailable',
    );
  });
});

describe('who may recognise whom', () => {
  it('refuses self-recognition and never offers yourself as a recipient', async () => {
    expect(await problemOf(giveRecognition(sam, thanks(sam)))).toBe('recognition.errors.self');
    expect(await problemOf(giveRecognition(admin, thanks(admin)))).toBe('recognition.errors.self');
    expect((await listRecipients(sam)).map((recipient) => recipient.displayName)).toEqual(['Bea', 'Kim']);
  });

  it('lets supervisors recognise their own team only', async () => {
    expect(await problemOf(giveRecognition(sam, thanks(rory)))).toBe('recognition.errors.other-team');
    expect(await problemOf(giveRecognition(rhea, thanks(bea)))).toBe('recognition.errors.other-team');
    expect((await giveRecognition(sam, thanks(bea))).ok).toBe(true);
  });

  it('lets admins recognise anyone but themselves', async () => {
    expect((await listRecipients(admin)).map((recipient) => recipient.displayName)).toEqual([
      'Bea',
      'Kim',
      'Rhea',
      'Rory',
      'Sam',
    ]);
    expect((await giveRecognition(admin, thanks(rory))).ok).toBe(true);
  });

  it('keeps peer recognition off by default', async () => {
    expect((await getRecognitionSettings(bea)).allowPeerRecognition).toBe(false);
    expect(await problemOf(giveRecognition(bea, thanks(kim)))).toBe(
      'recognition.errors.peer-recognition-off',
    );
    expect(await listRecipients(bea)).toEqual([]);
    expect((await getGivingAllowance(bea)).mayGive).toBe(false);
  });

  it('lets employees recognise their own team-mates once an admin allows peer recognition', async () => {
    const updated = await updateRecognitionSettings(admin, {
      allowPeerRecognition: true,
      dailyLimit: 5,
      quietWeeks: 4,
    });
    expect(updated.ok).toBe(true);
    expect((await listRecipients(bea)).map((recipient) => recipient.displayName)).toEqual(['Kim', 'Sam']);
    expect((await giveRecognition(bea, thanks(kim))).ok).toBe(true);
    expect((await giveRecognition(bea, thanks(sam))).ok).toBe(true);
    expect(await problemOf(giveRecognition(bea, thanks(rory)))).toBe('recognition.errors.other-team');
  });

  it('refuses an archived or unknown recipient', async () => {
    expect(await problemOf(giveRecognition(sam, { ...thanks(bea), recipientId: 'nobody' }))).toBe(
      'recognition.errors.recipient-unknown',
    );
  });
});

describe('rules', () => {
  it('lets only admins change the rules, within their ranges', async () => {
    await expect(
      updateRecognitionSettings(sam, { allowPeerRecognition: true, dailyLimit: 5, quietWeeks: 4 }),
    ).rejects.toThrow(AccessDeniedError);
    expect(
      await problemOf(
        updateRecognitionSettings(admin, { allowPeerRecognition: false, dailyLimit: 21, quietWeeks: 4 }),
      ),
    ).toBe('recognition.errors.daily-limit-range');
    expect(
      await problemOf(
        updateRecognitionSettings(admin, { allowPeerRecognition: false, dailyLimit: 3, quietWeeks: 0 }),
      ),
    ).toBe('recognition.errors.quiet-weeks-range');
    expect(await getRecognitionSettings(sam)).toEqual({
      allowPeerRecognition: false,
      dailyLimit: 5,
      quietWeeks: 4,
    });
  });

  it('stops a giver at the daily limit, counted from local midnight', async () => {
    await updateRecognitionSettings(admin, { allowPeerRecognition: false, dailyLimit: 2, quietWeeks: 4 });
    await give(sam, bea, {}, dayAt(0, 23));
    await give(sam, bea, {}, dayAt(1, 8));
    await give(sam, kim, {}, dayAt(1, 9));
    const refused = await giveRecognition(sam, thanks(kim), dayAt(1, 10));
    expect(refused).toEqual({
      ok: false,
      problems: [{ where: 'form', message: 'recognition.errors.daily-limit', values: { count: 2 } }],
    });
    expect(await getGivingAllowance(sam, dayAt(1, 10))).toEqual({
      mayGive: true,
      givenToday: 2,
      dailyLimit: 2,
      remaining: 0,
    });
    // The limit is per giver, and a new day starts afresh.
    expect((await giveRecognition(admin, thanks(kim), dayAt(1, 10))).ok).toBe(true);
    expect((await giveRecognition(sam, thanks(kim), dayAt(2, 7))).ok).toBe(true);
  });

  it('validates values, message and module link', async () => {
    expect(await problemOf(giveRecognition(sam, thanks(bea, { valueIds: [] })))).toBe(
      'recognition.errors.values-required',
    );
    expect(await problemOf(giveRecognition(sam, thanks(bea, { valueIds: ['speed'] })))).toBe(
      'recognition.errors.value-unavailable',
    );
    expect(await problemOf(giveRecognition(sam, thanks(bea, { message: '   ' })))).toBe(
      'recognition.errors.message-required',
    );
    expect(await problemOf(giveRecognition(sam, thanks(bea, { message: 'x'.repeat(501) })))).toBe(
      'recognition.errors.message-too-long',
    );
    expect((await giveRecognition(sam, thanks(bea, { message: 'x'.repeat(500) }))).ok).toBe(true);
    expect(await problemOf(giveRecognition(sam, thanks(bea, { moduleId: 'missing' })))).toBe(
      'recognition.errors.module-unknown',
    );
    expect(await db.recognitions.count()).toBe(1);
  });

  it('links a recognition to an installed module and shows its title', async () => {
    const pack = {
      manifest: {
        schemaVersion: 1,
        id: 'calm-calls',
        version: '1.0.0',
        language: 'en',
        title: 'Calm calls',
        summary: 'Staying calm.',
        audience: 'everyone',
        estimatedMinutes: 5,
        passMark: 50,
        stressors: [],
        steps: [{ type: 'lesson', id: 'intro', title: 'Intro', file: 'lessons/intro.md' }],
      },
      lessons: { 'lessons/intro.md': 'Text.' },
    } satisfies ContentPack;
    await db.modules.add({
      id: 'calm-calls',
      version: '1.0.0',
      title: 'Calm calls',
      audience: 'everyone',
      source: 'bundled',
      installedAt: Date.now(),
      pack,
    });
    expect(await listLinkableModules(bea)).toEqual([{ moduleId: 'calm-calls', title: 'Calm calls' }]);
    await give(sam, bea, { moduleId: 'calm-calls' });
    const [received] = await listMyRecognitions(bea);
    expect(received?.module).toEqual({ moduleId: 'calm-calls', title: 'Calm calls' });
  });
});

describe('who sees what', () => {
  it('shows a private recognition to its recipient and giver only, never on the wall', async () => {
    await give(sam, bea, { message: 'Quietly brilliant.', isPrivate: true }, Date.now() - 60_000);
    await give(sam, bea, { message: 'Great save on that call.' });

    expect((await listMyRecognitions(bea)).map((row) => row.message)).toEqual([
      'Great save on that call.',
      'Quietly brilliant.',
    ]);
    expect((await listGivenRecognitions(sam)).map((row) => row.isPrivate).sort()).toEqual([false, true]);
    for (const viewer of [bea, kim, sam, admin]) {
      expect((await listTeamWall(viewer)).map((row) => row.message)).toEqual(['Great save on that call.']);
    }
    expect(await listMyRecognitions(kim)).toEqual([]);
  });

  it('shows the team wall to the recipient’s team and admins only', async () => {
    await give(sam, bea);
    await give(rhea, rory);

    const wall = await listTeamWall(kim);
    expect(wall).toHaveLength(1);
    expect(wall[0]).toMatchObject({
      giver: { personId: sam.personId, displayName: 'Sam' },
      recipient: { personId: bea.personId, displayName: 'Bea' },
      teamName: 'Billing',
      values: [
        { id: 'integrity', label: 'integrity' },
        { id: 'reliability', label: 'reliability' },
      ],
      isPrivate: false,
    });
    expect((await listTeamWall(rory)).map((row) => row.recipient.displayName)).toEqual(['Rory']);
    await expect(listTeamWall(rory, billingId)).rejects.toThrow(AccessDeniedError);
    await expect(listTeamWall(sam, returnsId)).rejects.toThrow(AccessDeniedError);

    expect((await listTeamWall(admin)).map((row) => row.recipient.displayName).sort()).toEqual([
      'Bea',
      'Rory',
    ]);
    expect((await listTeamWall(admin, returnsId)).map((row) => row.recipient.displayName)).toEqual(['Rory']);
  });

  it('shows the latest three received recognitions on the home screen, newest first', async () => {
    for (let day = 0; day < 4; day += 1) await give(sam, bea, { message: `Day ${day}` }, dayAt(day));
    expect((await listRecentForHome(bea)).map((row) => row.message)).toEqual(['Day 3', 'Day 2', 'Day 1']);
    expect(await listRecentForHome(kim)).toEqual([]);
  });
});

describe('quiet list', () => {
  it('shows supervisors who in their team has not been recognised in N weeks, with the last date', async () => {
    const now = dayAt(60);
    await give(sam, bea, {}, now - 5 * WEEK);
    await give(sam, kim, { isPrivate: true }, now - 1 * WEEK);

    const list = await listQuietPeople(sam, now);
    expect(list.quietWeeks).toBe(4);
    expect(list.people).toEqual([
      {
        personId: bea.personId,
        displayName: 'Bea',
        teamId: bea.teamId,
        teamName: 'Billing',
        lastRecognisedAt: now - 5 * WEEK,
      },
    ]);

    await updateRecognitionSettings(admin, { allowPeerRecognition: false, dailyLimit: 5, quietWeeks: 6 });
    expect((await listQuietPeople(sam, now)).people).toEqual([]);
  });

  it('lists everyone for admins, never-recognised first, and refuses employees', async () => {
    const now = dayAt(60);
    await give(sam, bea, {}, now - 5 * WEEK);
    const names = (await listQuietPeople(admin, now)).people.map((row) => row.displayName);
    expect(names).toEqual(['Kim', 'Rhea', 'Rory', 'Sam', 'Bea']);
    await expect(listQuietPeople(bea, now)).rejects.toThrow(AccessDeniedError);
  });

  it('lists one team for an admin who asks, and refuses a supervisor another team', async () => {
    const now = dayAt(60);
    const billing = { teamId: bea.teamId ?? '' };
    const names = (await listQuietPeople(admin, now, billing)).people.map((row) => row.displayName);
    expect(names).toEqual(['Bea', 'Kim', 'Sam']);
    await expect(listQuietPeople(rhea, now, billing)).rejects.toThrow(AccessDeniedError);
  });
});
