import { INTL_LOCALE, type Language } from './languages';

// Dates and numbers through Intl only. Some engines ship without Albanian or Macedonian data and
// would print English month names; for those we fall back to numeric forms, which read the same.
const NUMERIC_FALLBACK = 'de-DE';

function intlLocale(lng: Language): string {
  const tag = INTL_LOCALE[lng];
  return Intl.DateTimeFormat.supportedLocalesOf([tag]).length > 0 ? tag : NUMERIC_FALLBACK;
}

/**
 * One formatter per language and kind, made on first use: making one costs far more than formatting
 * with it, and a list formats a time per row at every render (a pull re-renders the day's list per page).
 */
function cached<F>(make: (lng: Language) => F): (lng: Language) => F {
  const made = new Map<Language, F>();
  return (lng) => {
    let formatter = made.get(lng);
    if (!formatter) {
      formatter = make(lng);
      made.set(lng, formatter);
    }
    return formatter;
  };
}

const timeFormat = cached((lng) => new Intl.DateTimeFormat(intlLocale(lng), { hour: '2-digit', minute: '2-digit' }));

const dateFormat = cached((lng) => {
  const locale = intlLocale(lng);
  const options: Intl.DateTimeFormatOptions =
    locale !== NUMERIC_FALLBACK ? { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' } : { day: '2-digit', month: '2-digit', year: 'numeric' };
  return new Intl.DateTimeFormat(locale, options);
});

const numberFormat = cached((lng) => new Intl.NumberFormat(intlLocale(lng)));

const minutesFormat = cached((lng) => new Intl.NumberFormat(intlLocale(lng), { style: 'unit', unit: 'minute', unitDisplay: 'short' }));

export function formatTime(date: Date, lng: Language): string {
  return timeFormat(lng).format(date);
}

export function formatDate(date: Date, lng: Language): string {
  return dateFormat(lng).format(date);
}

export function formatNumber(value: number, lng: Language): string {
  return numberFormat(lng).format(value);
}

export function formatMinutes(minutes: number, lng: Language): string {
  return minutesFormat(lng).format(minutes);
}
