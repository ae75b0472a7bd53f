import { DEFAULT_LANGUAGE, isLanguage, type Language } from './languages';

// Read before the database opens so the very first paint is in the volunteer's language.
const KEY = 'ura.language';

export function storedLanguage(storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage): Language {
  const value = storage?.getItem(KEY);
  return isLanguage(value) ? value : DEFAULT_LANGUAGE;
}

export function storeLanguage(lng: Language, storage: Pick<Storage, 'setItem'> | undefined = globalThis.localStorage): void {
  storage?.setItem(KEY, lng);
}
