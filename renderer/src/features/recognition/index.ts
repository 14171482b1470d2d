/** The recognition feature: acknowledging good work against the service values. Others use only this file. */
import { lazy } from 'react';
import { withStrings } from '../../i18n';

/** Recognition: give, history, team wall, quiet list, values. Loaded when first opened. */
export const RecognitionScreen = lazy(() =>
  withStrings(import('./RecognitionScreen'), 'recognition', 'lists').then((module) => ({
    default: module.RecognitionScreen,
  })),
);

/** The latest recognitions the signed-in person received, for the home screen. */
export const RecentRecognitionCard = lazy(() =>
  withStrings(import('./RecentRecognitionCard'), 'recognition').then((module) => ({
    default: module.RecentRecognitionCard,
  })),
);
