/** The check-ins feature: the check-in, personal wellbeing, team wellbeing, erasure. Others use only this file. */
import { lazy } from 'react';
import { withStrings } from '../../i18n';

/** The check-in screen, loaded when first opened. */
export const CheckInScreen = lazy(() =>
  withStrings(import('./CheckInScreen'), 'check-ins').then((module) => ({ default: module.CheckInScreen })),
);

/** The person's own wellbeing page, loaded when first opened. */
export const MyWellbeingScreen = lazy(() =>
  withStrings(import('./MyWellbeingScreen'), 'check-ins').then((module) => ({
    default: module.MyWellbeingScreen,
  })),
);

/** Team wellbeing for supervisors and admins, loaded when first opened. */
export const TeamWellbeingScreen = lazy(() =>
  withStrings(import('./TeamWellbeingScreen'), 'check-ins').then((module) => ({
    default: module.TeamWellbeingScreen,
  })),
);

/** The "erase my data" section for the settings screen. */
export const EraseMyDataSection = lazy(() =>
  withStrings(import('./EraseMyDataSection'), 'check-ins').then((module) => ({
    default: module.EraseMyDataSection,
  })),
);

/** Apply the retention period (run once after sign-in). */
export async function applyCheckInRetention(): Promise<number> {
  const { applyRetention } = await import('./check-ins.repo');
  return applyRetention();
}
