import { describe, expect, it } from 'vitest';
import { idleLockMinutesSchema, personInputSchema, teamNameSchema } from './organisation';
import { clampIdleLockMinutes } from './idle-lock';

describe('organisation input rules', () => {
  it('trims and collapses whitespace in names', () => {
    expect(teamNameSchema.parse('  Billing   queries ')).toBe('Billing queries');
  });

  it('refuses a blank name', () => {
    const result = teamNameSchema.safeParse('   ');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('required');
  });

  it('requires employees and supervisors to belong to a team, but not admins', () => {
    const employee = personInputSchema.safeParse({ displayName: 'Ana', role: 'employee', teamId: null });
    expect(employee.success).toBe(false);
    expect(employee.error?.issues[0]?.path).toEqual(['teamId']);
    expect(employee.error?.issues[0]?.message).toBe('team-required');
    expect(personInputSchema.safeParse({ displayName: 'Ana', role: 'admin', teamId: null }).success).toBe(
      true,
    );
  });

  it('keeps the idle lock between one and fifteen whole minutes', () => {
    expect(idleLockMinutesSchema.safeParse(16).success).toBe(false);
    expect(idleLockMinutesSchema.safeParse(0).success).toBe(false);
    expect(idleLockMinutesSchema.safeParse(2.5).success).toBe(false);
    expect(idleLockMinutesSchema.safeParse(15).success).toBe(true);
    expect(clampIdleLockMinutes(40)).toBe(15);
    expect(clampIdleLockMinutes(Number.NaN)).toBe(5);
  });
});
