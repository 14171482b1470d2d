/**
 * Which screen is open. A desktop app with a handful of screens needs no URL router: the screen is UI
 * state, reset whenever the person changes.
 */
import { create } from 'zustand';

/** The main screens, in navigation order. */
export const SCREENS = [
  'home',
  'check-in',
  'wellbeing',
  'training',
  'recognition',
  'coaching',
  'team-wellbeing',
  'team-training',
  'people',
  'settings',
] as const;
/** One of the main screens. */
export type Screen = (typeof SCREENS)[number];

/** The open screen and how to change it. */
export interface NavigationState {
  readonly screen: Screen;
  navigate: (screen: Screen) => void;
  reset: () => void;
}

/** The navigation store. */
export const useNavigationStore = create<NavigationState>()((set) => ({
  screen: 'home',
  navigate: (screen) => set({ screen }),
  reset: () => set({ screen: 'home' }),
}));
