/**
 * The control for the bundle budget and the start-up benchmark: the smallest Vite + React 19 app, built with
 * the same Vite, plugin, target and minifier as Shiftwell (see scripts/bundle-size.mjs).
 */
import { StrictMode, useEffect } from 'react';
import { createRoot } from 'react-dom/client';

function Hello() {
  useEffect(() => {
    // The benchmark's "interactive" point, as the app marks it once its first screen is ready.
    performance.mark('shiftwell:interactive');
  }, []);
  return <h1>Hello, world</h1>;
}

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element');
createRoot(container).render(
  <StrictMode>
    <Hello />
  </StrictMode>,
);
