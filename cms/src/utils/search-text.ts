/**
 * Text folded for search, so that residents find "Théâtre" by typing "theatre" and "مَسْرَح"
 * or "إشارة" by typing "مسرح" or "اشارة": accents and Arabic short vowels dropped, Arabic letter
 * variants (alef with hamza or madda, alef maqsura, ta marbuta) unified, case and spacing folded.
 * Stored text is folded by search-index.ts, visitors' queries by middlewares/public-read.ts.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f\u064b-\u065f\u0670\u06d6-\u06ed]/g, '')
    .replace(/\u0640/g, '')
    .replace(/[\u0622\u0623\u0625\u0671]/g, '\u0627')
    .replace(/\u0649/g, '\u064a')
    .replace(/\u0629/g, '\u0647')
    .replace(/[’'`]/g, "'")
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
