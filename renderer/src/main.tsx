import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { requestPersistentStorage } from './db/storage-persistence';
import { initI18n } from './i18n';
import { detectPlatform, PlatformContext } from './platform';
import './ui/base.css';

initI18n();
const platform = detectPlatform();
void requestPersistentStorage();

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element');
createRoot(container).render(
  <StrictMode>
    <PlatformContext value={platform}>
      <App />
    </PlatformContext>
  </StrictMode>,
);
