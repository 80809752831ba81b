const ACCELERATOR = /[&_~](?=\p{L})/gu;
// Runs of two or more, or one that is not a plain space: replacing every single space copies long texts needlessly.
const SPACES = /\s{2,}|[^\S ]/g;
const TRAILING = /[\s.:…!?;,]/u;

/** Text as a reader compares it: accelerators, trailing punctuation, case and spacing ignored. */
export function comparable(text: string): string {
  const collapsed = text.replace(ACCELERATOR, '').replace(SPACES, ' ');
  // Trailing punctuation is cut by a loop: /[...]+$/ retries every run and is quadratic on long texts.
  let end = collapsed.length;
  while (end > 0 && TRAILING.test(collapsed[end - 1]!)) end--;
  return collapsed.slice(0, end).trim().toLowerCase();
}
