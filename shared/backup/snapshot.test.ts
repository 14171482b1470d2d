import { describe, expect, it } from 'vitest';
import { parseSnapshot, primaryKeyOf, primaryKeyPath, type TableCatalogue } from './snapshot';

const catalogue: TableCatalogue = {
  currentVersion: 2,
  versions: [
    { version: 1, stores: { organisation: 'id', people: 'id, role', credentials: 'personId' } },
    {
      version: 2,
      stores: {
        organisation: 'id',
        people: 'id, role',
        credentials: 'personId',
        progress: '[personId+moduleId], personId',
        secrets: 'id',
      },
    },
  ],
  excluded: ['secrets'],
};

const tables = {
  organisation: [{ id: 'org', name: 'Harbour', createdAt: 1 }],
  people: [{ id: 'ada', displayName: 'Ada', role: 'admin', teamId: null, archivedAt: null }],
  credentials: [
    {
      personId: 'ada',
      kind: 'pin',
      algorithm: 'PBKDF2-HMAC-SHA256',
      iterations: 600000,
      salt: 's',
      hash: 'h',
    },
  ],
  progress: [{ personId: 'ada', moduleId: 'm1' }],
};

const envelope = {
  format: 'shiftwell-backup',
  formatVersion: 1,
  schemaVersion: 2,
  createdAt: 10,
  createdBy: { personId: 'ada', displayName: 'Ada' },
  kind: 'manual',
  tables,
};

function firstProblem(value: unknown) {
  const outcome = parseSnapshot(value, catalogue);
  return outcome.ok ? null : outcome.problems[0];
}

describe('primary keys', () => {
  it('reads simple, auto-increment and compound key paths from Dexie store strings', () => {
    expect(primaryKeyPath('id, name')).toEqual(['id']);
    expect(primaryKeyPath('++id')).toEqual(['id']);
    expect(primaryKeyPath('[personId+moduleId+itemId], personId')).toEqual([
      'personId',
      'moduleId',
      'itemId',
    ]);
  });

  it('accepts strings and finite numbers only', () => {
    expect(primaryKeyOf({ a: 'x', b: 2 }, ['a', 'b'])).toBe('["x",2]');
    expect(primaryKeyOf({ a: null }, ['a'])).toBeNull();
    expect(primaryKeyOf({ a: {} }, ['a'])).toBeNull();
    expect(primaryKeyOf({}, ['a'])).toBeNull();
  });
});

describe('parseSnapshot', () => {
  it('accepts a complete snapshot', () => {
    const outcome = parseSnapshot(envelope, catalogue);
    expect(outcome.ok && outcome.value.tables).toEqual(tables);
  });

  it('fills tables an older schema version did not have with nothing, and never includes excluded ones', () => {
    const v1Tables = {
      organisation: tables.organisation,
      people: tables.people,
      credentials: tables.credentials,
    };
    const outcome = parseSnapshot({ ...envelope, schemaVersion: 1, tables: v1Tables }, catalogue);
    expect(outcome.ok && outcome.value.tables).toEqual({ ...v1Tables, progress: [] });
  });

  it('names what is wrong', () => {
    expect(firstProblem({ format: 'zip' })?.message).toBe('backup.errors.notABackup');
    expect(firstProblem({ ...envelope, formatVersion: 3 })?.message).toBe('backup.errors.newerFormat');
    expect(firstProblem({ ...envelope, schemaVersion: 3 })?.message).toBe('backup.errors.newerSchema');
    expect(firstProblem({ ...envelope, extra: true })?.message).toBe('backup.errors.badEnvelope');
    expect(firstProblem({ ...envelope, tables: { ...tables, secrets: [] } })).toEqual({
      where: 'secrets',
      message: 'backup.errors.unknownTable',
      values: { table: 'secrets' },
    });
    expect(
      firstProblem({ ...envelope, tables: { ...tables, progress: [{ personId: 'ada' }] } })?.message,
    ).toBe('backup.errors.badKey');
    expect(
      firstProblem({ ...envelope, tables: { ...tables, people: [...tables.people, ...tables.people] } })
        ?.message,
    ).toBe('backup.errors.duplicateKey');
    expect(
      firstProblem({ ...envelope, tables: { ...tables, people: [{ ...tables.people[0], role: 'owner' }] } }),
    ).toEqual({
      where: 'people[0].role',
      message: 'backup.errors.badRow',
      values: { table: 'people', row: 1 },
    });
  });

  it('checks every figure of a team rollup, since team views are computed from them', () => {
    const withRollups = {
      ...catalogue,
      currentVersion: 3,
      versions: [
        ...catalogue.versions,
        {
          version: 3,
          stores: { ...catalogue.versions[1]?.stores, teamRollups: '[teamId+day+period], teamId, day' },
        },
      ],
    };
    const rollup = {
      teamId: 't1',
      day: '2026-03-02',
      period: 'early',
      weekday: 1,
      count: 1,
      contributorIds: ['ada'],
      strainSums: {
        'emotional-labor': 50,
        'role-conflict': 0,
        'role-ambiguity': 25,
        'role-overload': 75,
        'service-climate': 0,
      },
      histograms: {
        'emotional-labor': [0, 0, 1, 0, 0],
        'role-conflict': [1, 0, 0, 0, 0],
        'role-ambiguity': [0, 1, 0, 0, 0],
        'role-overload': [0, 0, 0, 1, 0],
        'service-climate': [0, 0, 0, 0, 1],
      },
      energySum: 3,
      tagCounts: {},
    };
    const problemWith = (change: Record<string, unknown>) => {
      const outcome = parseSnapshot(
        { ...envelope, schemaVersion: 3, tables: { ...tables, teamRollups: [{ ...rollup, ...change }] } },
        withRollups,
      );
      return outcome.ok ? null : outcome.problems[0]?.message;
    };
    expect(problemWith({})).toBeNull();
    expect(problemWith({ day: '2026-02-30' })).toBe('backup.errors.badRow');
    expect(problemWith({ day: '2026-99-99' })).toBe('backup.errors.badRow');
    expect(problemWith({ period: 'brunch' })).toBe('backup.errors.badRow');
    expect(problemWith({ count: -1 })).toBe('backup.errors.badRow');
    expect(problemWith({ strainSums: { 'emotional-labor': 'lots' } })).toBe('backup.errors.badRow');
    expect(problemWith({ tagCounts: { 'not-a-tag': 1 } })).toBe('backup.errors.badRow');
  });

  it('refuses data nobody could sign in to', () => {
    expect(firstProblem({ ...envelope, tables: { ...tables, credentials: [] } })?.message).toBe(
      'backup.errors.noAdmin',
    );
    expect(firstProblem({ ...envelope, tables: { ...tables, organisation: [] } })?.message).toBe(
      'backup.errors.noOrganisation',
    );
  });
});
