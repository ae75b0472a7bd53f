import i18next, { type BackendModule, type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { HTML_LANG, LANGUAGES, NAMESPACES, type Language } from './languages';
import { storeLanguage, storedLanguage } from './preference';

type Loader = () => Promise<{ default: Record<string, unknown> }>;

// Each language is its own chunk: only the chosen one loads, and the service worker precaches all.
const loaders = import.meta.glob<{ default: Record<string, unknown> }>('../../../locales/*/*.json');

const lazyLocales: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(lng, ns, done) {
    const load: Loader | undefined = loaders[`../../../locales/${lng}/${ns}.json`];
    if (!load) return done(new Error(`No locale file ${lng}/${ns}.json`), false);
    load().then((m) => done(null, m.default), (error: Error) => done(error, false));
  },
};

export async function setUpI18n(lng: Language = storedLanguage()): Promise<i18n> {
  await i18next
    .use(lazyLocales)
    .use(initReactI18next)
    .init({
      lng,
      fallbackLng: false,
      supportedLngs: [...LANGUAGES],
      // 'sr-Latn' and 'sr-Cyrl' are whole languages here, not variants of 'sr'.
      load: 'currentOnly',
      nonExplicitSupportedLngs: false,
      ns: [...NAMESPACES],
      defaultNS: 'common',
      interpolation: { escapeValue: false },
      returnNull: false,
      react: { useSuspense: true },
    });
  document.documentElement.lang = HTML_LANG[lng];
  return i18next;
}

export async function changeLanguage(lng: Language): Promise<void> {
  storeLanguage(lng);
  await i18next.changeLanguage(lng);
  document.documentElement.lang = HTML_LANG[lng];
}
