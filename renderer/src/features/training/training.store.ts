/** What the training screen shows: the catalogue, a module being taken, or today's review. UI state only. */
import { create } from 'zustand';

/** The training screen's current view. */
export type TrainingView =
  | { readonly kind: 'catalogue' }
  | { readonly kind: 'player'; readonly moduleId: string }
  | { readonly kind: 'review' };

/** Training view state and how to change it. */
export interface TrainingState {
  readonly view: TrainingView;
  openModule: (moduleId: string) => void;
  openReview: () => void;
  showCatalogue: () => void;
}

/** The training view store; reset whenever the person changes. */
export const useTrainingStore = create<TrainingState>()((set) => ({
  view: { kind: 'catalogue' },
  openModule: (moduleId) => set({ view: { kind: 'player', moduleId } }),
  openReview: () => set({ view: { kind: 'review' } }),
  showCatalogue: () => set({ view: { kind: 'catalogue' } }),
}));
