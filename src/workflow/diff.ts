import type { Edit } from '../core/catalog.js';

/**
 * A unified diff (`git apply` / `patch -p1` input) of splicing `edits` into `text`.
 * Built from the edits themselves instead of a general line diff: the changed lines are known
 * exactly, so the work is linear in the file and no diff library is needed.
 */
export function unifiedDiff(path: string, text: string, edits: readonly Edit[], context = 3): string {
  const starts = lineStarts(text);
  const lineCount = starts.length - 1;
  const changes = changedBlocks(text, starts, [...edits].sort((a, b) => a.start - b.start));
  if (changes.length === 0) return '';
  const out = [`--- a/${path}`, `+++ b/${path}`];
  const line = (index: number): string => text.slice(starts[index], starts[index + 1]);
  let delta = 0;
  for (let i = 0; i < changes.length;) {
    let j = i;
    while (j + 1 < changes.length && changes[j + 1]!.oldStart - changes[j]!.oldEnd <= 2 * context) j++;
    const from = Math.max(0, changes[i]!.oldStart - context);
    const to = Math.min(lineCount, changes[j]!.oldEnd + context);
    const body: string[] = [];
    let oldCount = 0;
    let newCount = 0;
    let cursor = from;
    const hunkDelta = delta;
    for (let k = i; k <= j; k++) {
      const change = changes[k]!;
      for (; cursor < change.oldStart; cursor++, oldCount++, newCount++) body.push(...diffLine(' ', line(cursor)));
      for (const removed of change.oldLines) body.push(...diffLine('-', removed));
      for (const added of change.newLines) body.push(...diffLine('+', added));
      oldCount += change.oldLines.length;
      newCount += change.newLines.length;
      delta += change.newLines.length - change.oldLines.length;
      cursor = change.oldEnd;
    }
    for (; cursor < to; cursor++, oldCount++, newCount++) body.push(...diffLine(' ', line(cursor)));
    const newFrom = from + hunkDelta;
    out.push(`@@ -${range(from, oldCount)} +${range(newFrom, newCount)} @@`, ...body);
    i = j + 1;
  }
  return `${out.join('\n')}\n`;
}

interface Change {
  /** 0-based first old line replaced, and the line after the last one. */
  oldStart: number;
  oldEnd: number;
  oldLines: string[];
  newLines: string[];
}

/** Offsets where each line starts, plus `text.length` as the end of the last line. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  if (starts[starts.length - 1] !== text.length) starts.push(text.length);
  return starts;
}

function lineOf(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 2;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return Math.max(0, low);
}

/** Groups edits by the whole lines they touch and keeps only lines that really differ. */
function changedBlocks(text: string, starts: readonly number[], edits: readonly Edit[]): Change[] {
  const blocks: { first: number; last: number; edits: Edit[] }[] = [];
  for (const edit of edits) {
    const first = lineOf(starts, edit.start);
    const last = edit.end > edit.start ? lineOf(starts, edit.end - 1) : first;
    const previous = blocks[blocks.length - 1];
    if (previous && first <= previous.last) {
      previous.last = Math.max(previous.last, last);
      previous.edits.push(edit);
    } else blocks.push({ first, last, edits: [edit] });
  }
  const changes: Change[] = [];
  for (const block of blocks) {
    const blockStart = starts[block.first]!;
    const before = text.slice(blockStart, starts[block.last + 1] ?? text.length);
    let after = '';
    let cursor = 0;
    for (const edit of block.edits) {
      after += before.slice(cursor, edit.start - blockStart) + edit.text;
      cursor = edit.end - blockStart;
    }
    after += before.slice(cursor);
    const oldLines = splitLines(before);
    const newLines = splitLines(after);
    let oldStart = block.first;
    while (oldLines.length > 0 && newLines.length > 0 && oldLines[0] === newLines[0]) {
      oldLines.shift();
      newLines.shift();
      oldStart++;
    }
    while (oldLines.length > 0 && newLines.length > 0 && oldLines[oldLines.length - 1] === newLines[newLines.length - 1]) {
      oldLines.pop();
      newLines.pop();
    }
    if (oldLines.length > 0 || newLines.length > 0) changes.push({ oldStart, oldEnd: oldStart + oldLines.length, oldLines, newLines });
  }
  return changes;
}

/** Lines with their `\n` kept, so a missing final newline stays visible. */
function splitLines(text: string): string[] {
  return text === '' ? [] : text.split(/(?<=\n)/);
}

function diffLine(marker: string, line: string): string[] {
  return line.endsWith('\n') ? [marker + line.slice(0, -1)] : [marker + line, '\\ No newline at end of file'];
}

/** `start,count` of a hunk side; an empty side names the line before it, as diff(1) does. */
function range(start: number, count: number): string {
  return count === 0 ? `${start},0` : `${start + 1},${count}`;
}
