/** `text` with every character that has a meaning in a regular expression escaped. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The last index of a sorted sequence of `length` items for which `atOrBefore` holds (items
 * before it all hold, items after it none), by binary search; -1 when none does.
 */
export function lastAtOrBefore(length: number, atOrBefore: (index: number) => boolean): number {
  let low = 0;
  let high = length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (atOrBefore(middle)) (found = middle), (low = middle + 1);
    else high = middle - 1;
  }
  return found;
}

/** Line/column lookup for offsets into a decoded file text (1-based, columns in UTF-16 units). */
export class LineIndex {
  private readonly lineStarts: number[];

  constructor(private readonly text: string) {
    const starts = [0];
    if (!text.includes('\r')) {
      // The common case: indexOf finds each newline far faster than a loop over every character.
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    } else {
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (code === 10) starts.push(i + 1);
        else if (code === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
      }
    }
    this.lineStarts = starts;
  }

  /** 1-based line and column of `offset`. */
  position(offset: number): { line: number; column: number } {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - this.lineStarts[low]! + 1 };
  }

  lineCount(): number {
    return this.lineStarts.length;
  }

  /** Offset of the first character of line `index` (0-based); after a final line break, the text's length. */
  lineStart(index: number): number {
    return this.lineStarts[index]!;
  }

  /** Offset just past the last character of line `index` (0-based), before its LF, CRLF or CR. */
  lineEnd(index: number): number {
    const next = this.lineStarts[index + 1];
    if (next === undefined) return this.text.length;
    if (this.text.charCodeAt(next - 1) === 10 && next - 2 >= this.lineStarts[index]! && this.text.charCodeAt(next - 2) === 13) return next - 2;
    return next - 1;
  }
}
