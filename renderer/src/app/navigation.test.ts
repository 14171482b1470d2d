import { describe, expect, it } from 'vitest';
import { navItemsFor } from './navigation';

describe('navItemsFor', () => {
  it('gives employees their own screens only', () => {
    expect(navItemsFor('employee').map((item) => item.screen)).toEqual([
      'home',
      'check-in',
      'wellbeing',
      'training',
      'recognition',
      'coaching',
      'settings',
    ]);
  });

  it('gives supervisors their team and admins people & teams', () => {
    expect(navItemsFor('supervisor').map((item) => item.labelKey)).toContain('app.nav.team');
    expect(navItemsFor('admin').map((item) => item.labelKey)).toContain('app.nav.people');
    expect(navItemsFor('supervisor').map((item) => item.screen)).toContain('team-training');
  });
});
