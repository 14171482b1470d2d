/** The recognition feature: acknowledging good work against the service values. Others use only this file. */
import { lazy } from 'react';

/** Recognition: give, history, team wall, quiet list, values. Loaded when first opened. */
export const RecognitionScreen = lazy(() =>
  import('./RecognitionScreen').then((module) => ({ default: module.RecognitionScreen })),
);

/** The latest recognitions the signed-in person received, for the home screen. */
export const RecentRecognitionCard = lazy(() =>
  import('./RecentRecognitionCard').then((module) => ({ default: module.RecentRecognitionCard })),
);
