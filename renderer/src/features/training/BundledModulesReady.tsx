import { use, type ReactNode } from 'react';
import { ensureBundledModules } from './training.repo';

/**
 * Renders its children once the bundled modules are installed (suspending until then), so the live
 * queries inside only ever read.
 */
export function BundledModulesReady({ children }: { readonly children: ReactNode }) {
  use(ensureBundledModules());
  return children;
}
