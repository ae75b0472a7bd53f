// Folding for search: one form for Albanian, Macedonian, Serbian (both scripts) and Montenegrin text,
// so "certifikate" finds "Certifikatë" and "izvod" finds "Извод".

const CYRILLIC_TO_LATIN: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', ђ: 'dj', е: 'e', ж: 'z', з: 'z', и: 'i', ј: 'j', к: 'k',
  л: 'l', љ: 'lj', м: 'm', н: 'n', њ: 'nj', о: 'o', п: 'p', р: 'r', с: 's', т: 't', ћ: 'c', у: 'u',
  ф: 'f', х: 'h', ц: 'c', ч: 'c', џ: 'dz', ш: 's',
  // Macedonian letters
  ѓ: 'gj', ѕ: 'dz', ќ: 'kj', ѐ: 'e', ѝ: 'i',
};

const LATIN_SPECIAL: Record<string, string> = { đ: 'dj', ł: 'l', ß: 'ss', æ: 'ae', ø: 'o' };

/** Lower-case, Latin, no diacritics: the key both the query and the names are compared in. */
export function foldForSearch(text: string): string {
  const lower = text.toLocaleLowerCase('und');
  let out = '';
  for (const ch of lower) out += CYRILLIC_TO_LATIN[ch] ?? LATIN_SPECIAL[ch] ?? ch;
  return out
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
