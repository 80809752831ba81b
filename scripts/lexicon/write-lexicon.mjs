// Writes a lexicon file in the format src/meaning/lexicon.ts reads (version 2, see there):
// gzip members of about BLOCK_BYTES of sorted "key<TAB>row" lines, after a first member that
// holds the header and the block index. `zcat` still prints the whole text.
import { crc32, deflateRawSync } from 'node:zlib';

const BLOCK_BYTES = 32 * 1024;

/** One gzip member whose FEXTRA "TL" subfield records the member's size (as BGZF does). */
function member(data) {
  const payload = deflateRawSync(data, { level: 9 });
  const header = Buffer.from([0x1f, 0x8b, 8, 4, 0, 0, 0, 0, 0, 0xff, 8, 0, 0x54, 0x4c, 4, 0, 0, 0, 0, 0]);
  const size = header.length + payload.length + 8;
  header.writeUInt32LE(size, 16);
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc32(data) >>> 0, 0);
  trailer.writeUInt32LE(data.length >>> 0, 4);
  return Buffer.concat([header, payload, trailer]);
}

/**
 * @param {object} meta the #meta JSON
 * @param {string[]} stopwords
 * @param {Record<string, [string, string][]>} sections name -> [key, row] entries
 * @returns {Buffer}
 */
export function packLexicon(meta, stopwords, sections) {
  const index = [];
  const blocks = [];
  let offset = 0;
  for (const [section, entries] of Object.entries(sections)) {
    const sorted = entries.filter(([key]) => !/[\t\n]/.test(key)).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    let lines = [];
    let bytes = 0;
    const flush = () => {
      if (lines.length === 0) return;
      const block = member(Buffer.from(`${lines.join('\n')}\n`));
      index.push(`#block\t${section}\t${offset}\t${block.length}\t${lines[0].slice(0, lines[0].indexOf('\t'))}`);
      blocks.push(block);
      offset += block.length;
      lines = [];
      bytes = 0;
    };
    for (const [key, row] of sorted) {
      const line = `${key}\t${row}`;
      lines.push(line);
      bytes += Buffer.byteLength(line) + 1;
      if (bytes >= BLOCK_BYTES) flush();
    }
    flush();
  }
  const header = ['#translint-lexicon 2', `#meta ${JSON.stringify(meta)}`, `#stopwords ${stopwords.join(' ')}`, ...index].join('\n');
  return Buffer.concat([member(Buffer.from(`${header}\n`)), ...blocks]);
}
