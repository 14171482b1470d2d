// First: it requests the app's code (and on a fresh install the setup screen's), which then downloads while
// React and i18next set up (imports run in order).
import { appModule } from './app/request-app';
import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { LoadingPage, StartFailedPage } from './app/LoadingPage';
import { requestPersistentStorage } from './db/storage-persistence';
import { initI18n } from './i18n';
import { detectPlatform, PlatformContext } from './platform';
import './ui/base.css';

initI18n();
const platform = detectPlatform();

// The app itself (app/request-app.ts) is rendered once its code has arrived and read the first screen's data,
// not through React.lazy: a Suspense boundary would hold the app back until 300 ms
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
appModule.then(
  ({ App, startScreen }) =>
    startScreen.then((start) => {
      render(<App start={start} />);
      // Asked once the first screen is up: the browser answers it from the same storage service that is
      // opening the database at start.
      requestIdleCallback(() => void requestPersistentStorage());
    }),
  (error: unknown) => {
    console.error('The app failed to load', error);
    render(<StartFailedPage />);
  },
);
