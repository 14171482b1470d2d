/** The training feature: catalogue, player, review, assignments, packs and exports. Others use only this file. */
import { lazy } from 'react';
import { withStrings } from '../../i18n';

/** The learner's training screen, loaded when first opened. */
export const TrainingScreen = lazy(() =>
  withStrings(import('./TrainingScreen'), 'training').then((module) => ({ default: module.TrainingScreen })),
);

/** Team training for supervisors and admins, loaded when first opened. */
export const TeamTrainingScreen = lazy(() =>
  withStrings(import('./TeamTrainingScreen'), 'training', 'lists').then((module) => ({
    default: module.TeamTrainingScreen,
  })),
);

export { useTrainingStore } from './training.store';
export { assignModule, listTeamTraining, removeAssignment, type AssignmentProgress } from './training.repo';

/** Suspends until the bundled modules are installed (wrap live reads of modules in it). */
export const BundledModulesReady = lazy(() =>
  import('./BundledModulesReady').then((module) => ({ default: module.BundledModulesReady })),
);
