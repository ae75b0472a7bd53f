import { INTL_LOCALE, isLanguage } from '../../i18n/languages';

// Some engines lack Albanian or Macedonian date data: fall back to numeric dates, never English names.
const NUMERIC_FALLBACK = 'de-DE';

function localeOf(lng: string): string {
  const tag = isLanguage(lng) ? INTL_LOCALE[lng] : 'en';
  return Intl.DateTimeFormat.supportedLocalesOf([tag]).length > 0 ? tag : NUMERIC_FALLBACK;
}

/** Short date and time for tables ("2 Mar 2026, 10:05"), or empty for no value. */
export function formatDateTime(iso: string | null | undefined, lng: string): string {
  if (!iso) return '';
  return new Intl.DateTimeFormat(localeOf(lng), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

export function formatDay(iso: string, lng: string): string {
  return new Intl.DateTimeFormat(localeOf(lng), { dateStyle: 'medium' }).format(new Date(iso));
}
