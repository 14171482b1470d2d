import { describe, expect, it } from 'vitest';
import { AccessDeniedError, isLiveSession, issueSession, requireSession, revokeSession } from './session';

const person = { personId: 'p1', displayName: 'Bea', role: 'employee', teamId: 't1' } as const;

describe('sessions', () => {
  it('accepts an issued session and refuses it after revocation', () => {
    const session = issueSession(person);
    expect(requireSession(session)).toBe(session);
    revokeSession(session);
    expect(isLiveSession(session)).toBe(false);
    expect(() => requireSession(session)).toThrow(AccessDeniedError);
  });

  it('refuses a look-alike object that was never issued', () => {
    expect(() => requireSession({ ...person, startedAt: Date.now() })).toThrow(AccessDeniedError);
  });

  it('refuses a session without one of the required roles', () => {
    const session = issueSession(person);
    expect(() => requireSession(session, ['admin', 'supervisor'])).toThrow(/roles/);
  });

  it('cannot be edited to gain a role', () => {
    const session = issueSession(person);
    expect(() => Object.assign(session, { role: 'admin' })).toThrow(TypeError);
  });
});
