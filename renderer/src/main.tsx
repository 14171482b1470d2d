import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { LoadingPage, StartFailedPage } from './app/LoadingPage';
import { requestPersistentStorage } from './db/storage-persistence';
import { warmUpDatabase } from './db/warm-up';
import { initI18n } from './i18n';
import { detectPlatform, PlatformContext } from './platform';
import './ui/base.css';

warmUpDatabase();
initI18n();
const platform = detectPlatform();
void requestPersistentStorage();

// The app itself (Dexie, the database, the first screens) is a separate chunk fetched at once, in parallel with
// the first paint: the entry stays within the start-up budget that scripts/bundle-size.mjs checks. It is
// rendered when it arrives, not through React.lazy: a Suspense boundary would hold the app back until 300 ms
// after the Loading page appeared (React throttles revealing suspended content), delaying every start.
const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element');
const root = createRoot(container);
const render = (content: ReactNode) =>
  root.render(
    <StrictMode>
      <PlatformContext value={platform}>{content}</PlatformContext>
    </StrictMode>,
  );
render(<LoadingPage />);
import('./app/App').then(
  ({ App }) => render(<App />),
  (error: unknown) => {
    console.error('The app failed to load', error);
    render(<StartFailedPage />);
  },
);
