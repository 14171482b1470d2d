import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { LoadingPage } from './app/LoadingPage';
import { requestPersistentStorage } from './db/storage-persistence';
import { initI18n } from './i18n';
import { detectPlatform, PlatformContext } from './platform';
import './ui/base.css';

initI18n();
const platform = detectPlatform();
void requestPersistentStorage();

// The app itself (Dexie, the database, the first screens) is a separate chunk fetched at once, in parallel with
// the first paint: the entry stays within the start-up budget that scripts/bundle-size.mjs checks.
const appLoading = import('./app/App');
const App = lazy(() => appLoading.then((module) => ({ default: module.App })));

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element');
createRoot(container).render(
  <StrictMode>
    <PlatformContext value={platform}>
      <Suspense fallback={<LoadingPage />}>
        <App />
      </Suspense>
    </PlatformContext>
  </StrictMode>,
);
