/** Which screens each role sees in the navigation. Access itself is enforced in the repositories. */
import type { Role } from '../../../shared/domain/roles';
import type { Screen } from './navigation.store';

/** A navigation entry: the screen and the i18n key of its label. */
export interface NavItem {
  readonly screen: Screen;
  readonly labelKey: string;
}

/** The navigation entries for a role, in order. */
export function navItemsFor(role: Role): readonly NavItem[] {
  const items: NavItem[] = [
    { screen: 'home', labelKey: 'app.nav.home' },
    { screen: 'check-in', labelKey: 'app.nav.checkIn' },
    { screen: 'wellbeing', labelKey: 'app.nav.wellbeing' },
    { screen: 'training', labelKey: 'app.nav.training' },
    { screen: 'recognition', labelKey: 'app.nav.recognition' },
    { screen: 'coaching', labelKey: 'app.nav.coaching' },
  ];
  if (role !== 'employee') {
    items.push({ screen: 'team-wellbeing', labelKey: 'app.nav.teamWellbeing' });
    items.push({ screen: 'team-training', labelKey: 'app.nav.teamTraining' });
  }
  if (role === 'admin') items.push({ screen: 'people', labelKey: 'app.nav.people' });
  if (role === 'supervisor') items.push({ screen: 'people', labelKey: 'app.nav.team' });
  items.push({ screen: 'settings', labelKey: 'app.nav.settings' });
  return items;
}
