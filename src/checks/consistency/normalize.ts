/** Text as a reader compares it: accelerators, trailing punctuation, case and spacing ignored. */
export function comparable(text: string): string {
  return text
    .replace(/[&_~](?=\p{L})/gu, '')
    .replace(/[\s.:…!?;,]+$/u, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}
