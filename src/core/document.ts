import iconv from 'iconv-lite';
import type { Document, Edit } from './catalog.js';
import { TranslintError } from './errors.js';
import { LineIndex } from './text.js';

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const UTF16LE_BOM = Buffer.from([0xff, 0xfe]);
const UTF16BE_BOM = Buffer.from([0xfe, 0xff]);

/** Detects a byte order mark and the encoding it implies. */
export function detectBom(bytes: Buffer): { bom: Buffer; encoding: string } | undefined {
  if (bytes.subarray(0, 3).equals(UTF8_BOM)) return { bom: UTF8_BOM, encoding: 'utf8' };
  if (bytes.subarray(0, 2).equals(UTF16LE_BOM)) return { bom: UTF16LE_BOM, encoding: 'utf16le' };
  if (bytes.subarray(0, 2).equals(UTF16BE_BOM)) return { bom: UTF16BE_BOM, encoding: 'utf16be' };
  return undefined;
}

/** Normalizes a declared charset name; undefined when iconv-lite does not know it. */
export function knownEncoding(name: string): string | undefined {
  const trimmed = name.trim().toLowerCase();
  if (trimmed === 'utf-8' || trimmed === 'utf8') return 'utf8';
  return iconv.encodingExists(trimmed) ? trimmed : undefined;
}

/**
 * Decodes `bytes` (after any BOM) with `encoding`. UTF-8 is decoded strictly so that a
 * broken file is reported at the line of the first bad byte instead of silently mangled.
 */
export function decodeDocument(path: string, bytes: Buffer, encoding: string, bom?: Buffer): Document {
  const body = bom ? bytes.subarray(bom.length) : bytes;
  let text: string;
  if (encoding === 'utf8') {
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
    } catch {
      const offset = firstInvalidUtf8(body);
      const line = lineOfByte(body, offset);
      throw new TranslintError(`invalid UTF-8 byte sequence at byte ${offset + (bom?.length ?? 0)}; save the file as UTF-8 or declare its charset`, { file: path, line });
    }
  } else {
    text = iconv.decode(body, encoding, { stripBOM: false });
  }
  return { path, bytes, text, encoding, bom };
}

/**
 * Applies non-overlapping edits and encodes the result the way the file was encoded.
 * Always re-encodes from the decoded text, so `translint cat` proves decoding lost nothing.
 */
export function renderDocument(document: Document, edits: readonly Edit[]): Buffer {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  let text = '';
  let cursor = 0;
  for (const edit of sorted) {
    if (edit.start < cursor) throw new TranslintError('overlapping edits', { file: document.path });
    text += document.text.slice(cursor, edit.start) + edit.text;
    cursor = edit.end;
  }
  text += document.text.slice(cursor);
  const body = document.encoding === 'utf8' ? Buffer.from(text, 'utf8') : iconv.encode(text, document.encoding);
  return document.bom ? Buffer.concat([document.bom, body]) : body;
}

export function positionOf(document: Document, offset: number, index?: LineIndex): { line: number; column: number } {
  return (index ?? new LineIndex(document.text)).position(offset);
}

function firstInvalidUtf8(bytes: Buffer): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need = 0;
    if (b < 0x80) { i++; continue; }
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) need = 2;
    else if (b >= 0xf0 && b <= 0xf4) need = 3;
    else return i;
    const chunk = bytes.subarray(i, i + need + 1);
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(chunk);
    } catch {
      return i;
    }
    i += need + 1;
  }
  return i;
}

function lineOfByte(bytes: Buffer, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 10) line++;
  return line;
}
