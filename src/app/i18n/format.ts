import { INTL_LOCALE, type Language } from './languages';

// Dates and numbers through Intl only. Some engines ship without Albanian or Macedonian data and
// would print English month names; for those we fall back to numeric forms, which read the same.
const NUMERIC_FALLBACK = 'de-DE';

function intlLocale(lng: Language): string {
  const tag = INTL_LOCALE[lng];
  return Intl.DateTimeFormat.supportedLocalesOf([tag]).length > 0 ? tag : NUMERIC_FALLBACK;
}

export function formatTime(date: Date, lng: Language): string {
  return new Intl.DateTimeFormat(intlLocale(lng), { hour: '2-digit', minute: '2-digit' }).format(date);
}

export function formatDate(date: Date, lng: Language): string {
  const locale = intlLocale(lng);
  const hasNames = locale !== NUMERIC_FALLBACK;
  const options: Intl.DateTimeFormatOptions = hasNames
    ? { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }
    : { day: '2-digit', month: '2-digit', year: 'numeric' };
  return new Intl.DateTimeFormat(locale, options).format(date);
}

export function formatNumber(value: number, lng: Language): string {
  return new Intl.NumberFormat(intlLocale(lng)).format(value);
}

export function formatMinutes(minutes: number, lng: Language): string {
  return new Intl.NumberFormat(intlLocale(lng), { style: 'unit', unit: 'minute', unitDisplay: 'short' }).format(minutes);
}
