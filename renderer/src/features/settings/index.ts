/** The settings feature: your own sign-in, the workstation, storage and about. Other features use only this file. */
import { lazy } from 'react';

/** The settings screen, loaded when first opened. */
export const SettingsScreen = lazy(() =>
  import('./SettingsScreen').then((module) => ({ default: module.SettingsScreen })),
);
