/**
 * i18next set-up. Every string a person reads comes from `locales/<lang>.json`.
 *
 * Resources are bundled (the app is offline), and initialisation is synchronous so the first screen renders
 * translated.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './locales/en';

/** The languages the app ships. */
export const SUPPORTED_LANGUAGES = ['en'] as const;

/** Initialise i18next once, before the first render. */
export function initI18n(): typeof i18next {
  if (!i18next.isInitialized) {
    void i18next.use(initReactI18next).init({
      resources: { en: { translation: en } },
      lng: 'en',
      fallbackLng: 'en',
      initAsync: false,
      interpolation: { escapeValue: false },
      returnNull: false,
    });
  }
  return i18next;
}
