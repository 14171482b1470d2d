/** The coaching feature: coaching notes, follow-ups and one-to-ones. Others use only this file. */
import { lazy } from 'react';
import { withStrings } from '../../i18n';

/** Coaching and one-to-ones for employees and supervisors. Loaded when first opened. */
export const CoachingScreen = lazy(() =>
  withStrings(import('./CoachingScreen'), 'coaching', 'training', 'lists').then((module) => ({
    default: module.CoachingScreen,
  })),
);
