/**
 * i18next set-up. Every string a person reads comes from `locales/<lang>/*.json`.
 *
 * Resources are bundled (the app is offline). The start-up strings are there synchronously, so the first
 * screen renders translated; the other areas load with the screens that use them (`withStrings`), before
 * those screens first render.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { lazyStrings, startupStrings } from './locales/en';

/** The languages the app ships. */
export const SUPPORTED_LANGUAGES = ['en'] as const;

/** A group of strings loaded on demand, named after its locale file. */
export type StringArea = keyof typeof lazyStrings;

/** Initialise i18next once, before the first render. */
export function initI18n(): typeof i18next {
  if (!i18next.isInitialized) {
    void i18next.use(initReactI18next).init({
      resources: { en: { translation: startupStrings } },
      lng: 'en',
      fallbackLng: 'en',
      initAsync: false,
      interpolation: { escapeValue: false },
      returnNull: false,
    });
  }
  return i18next;
}

const loadedAreas = new Map<StringArea, Promise<void>>();

/** Load the strings of some areas into i18next (each once); resolves when they can be used. */
export async function loadStrings(...areas: readonly StringArea[]): Promise<void> {
  await Promise.all(
    areas.map((area) => {
      let loading = loadedAreas.get(area);
      if (!loading) {
        loading = lazyStrings[area]().then((strings) => {
          i18next.addResourceBundle('en', 'translation', strings.default, true, false);
        });
        // A failed load (e.g. the app was updated underneath) is retried next time.
        loading.catch(() => loadedAreas.delete(area));
        loadedAreas.set(area, loading);
      }
      return loading;
    }),
  );
}

/**
 * Resolves to `loading` once both it and the areas' strings are in: wrap a lazy screen's import in it, so
 * the screen never renders with a missing string.
 */
export async function withStrings<T>(loading: Promise<T>, ...areas: readonly StringArea[]): Promise<T> {
  const [loaded] = await Promise.all([loading, loadStrings(...areas)]);
  return loaded;
}
