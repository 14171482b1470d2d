/** The settings feature: your own sign-in, the workstation, storage and about. Other features use only this file. */
import { lazy } from 'react';
import { withStrings } from '../../i18n';

/** The settings screen, loaded when first opened. */
export const SettingsScreen = lazy(() =>
  withStrings(import('./SettingsScreen'), 'settings').then((module) => ({ default: module.SettingsScreen })),
);
