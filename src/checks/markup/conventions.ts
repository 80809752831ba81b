/**
 * Per-language facts the markup checks need.
 *
 * Languages whose words take attached affixes right next to an inline tag: Semitic and Iranian
 * prefixes (ar "ال", he "ב", fa "می"), agglutinative suffixes (fi, et, hu, tr, eu, ka, Turkic,
 * Dravidian) and Korean/Japanese particles. In these a letter glued to a tag where the source
 * has a space is normal, so markup/around-tags only reports the opposite direction for them.
 * Sources: CLDR/UAX #29 word-break behaviour; Weblate's `xml-chars-around-tags` has no language
 * exceptions and is known to be noisy for them.
 */
export const AFFIXING_LANGUAGES = new Set([
  'ar', 'he', 'yi', 'fa', 'ur', 'ps', 'ckb', 'ug', 'sd',
  'fi', 'et', 'hu', 'tr', 'az', 'uz', 'kk', 'ky', 'tk', 'tt', 'ba', 'ug', 'mn', 'eu', 'ka', 'hy',
  'ta', 'te', 'kn', 'ml', 'ko', 'ja', 'qu', 'sw',
]);

/** Scripts written without spaces between words (UAX #29 dictionary-based segmentation). */
export const NO_SPACE_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Tibetan}]/u;
