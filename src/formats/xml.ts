import { lazyRequire } from '../core/lazy.js';
import { TranslintError } from '../core/errors.js';
import { LineIndex } from '../core/text.js';

const saxes = lazyRequire<typeof import('saxes')>('saxes');

/**
 * A small element tree over saxes with the offsets every adapter needs to splice edits.
 * saxes never fetches external entities and rejects undeclared ones; we also refuse DTD
 * entity declarations outright, so entity-expansion bombs and XXE cannot work.
 */

export interface XmlAttribute {
  value: string;
  /** Offsets of the value between its quotes. */
  valueStart: number;
  valueEnd: number;
}

export interface XmlText {
  kind: 'text' | 'cdata' | 'comment';
  /** Decoded text (entities resolved) for text and CDATA. */
  value: string;
  start: number;
  end: number;
}

export interface XmlElement {
  kind: 'element';
  name: string;
  attributes: Map<string, XmlAttribute>;
  children: (XmlElement | XmlText)[];
  parent: XmlElement | undefined;
  /** Offset of `<` of the start tag. */
  start: number;
  /** Offset just past `>` of the start tag. */
  openEnd: number;
  /** Offset of `<` of the end tag (= openEnd for `<x/>`). */
  closeStart: number;
  /** Offset just past the end tag. */
  end: number;
  selfClosing: boolean;
}

export interface XmlDocument {
  root: XmlElement;
  text: string;
  lines: LineIndex;
}

const MAX_DEPTH = 1000;

export function parseXml(text: string, path: string): XmlDocument {
  const lines = new LineIndex(text);
  const fail = (message: string, offset: number): never => {
    const { line, column } = lines.position(Math.max(0, Math.min(offset, text.length)));
    throw new TranslintError(message, { file: path, line, column });
  };
  const parser = new (saxes().SaxesParser)({ position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let textStart = 0;
  let pendingStart = 0;

  parser.on('doctype', (doctype) => {
    if (/<!ENTITY/i.test(doctype)) fail('DTD entity declarations are not allowed (entity expansion and external entities are refused)', parser.position);
    if (/\bSYSTEM\b|\bPUBLIC\b/.test(doctype)) fail('external DTDs are not loaded; remove the DOCTYPE', parser.position);
  });
  parser.on('opentagstart', (tag) => {
    // saxes reports this event one character past the name; find the `<` that opened it.
    pendingStart = text.lastIndexOf('<', parser.position - tag.name.length - 1);
  });
  parser.on('opentag', (tag) => {
    const start = pendingStart;
    const openEnd = parser.position;
    const element: XmlElement = {
      kind: 'element',
      name: tag.name,
      attributes: new Map(),
      children: [],
      parent: stack[stack.length - 1],
      start,
      openEnd,
      closeStart: openEnd,
      end: openEnd,
      selfClosing: tag.isSelfClosing,
    };
    locateAttributes(text, element, tag.attributes as Record<string, string>);
    if (element.parent) element.parent.children.push(element);
    else root = element;
    stack.push(element);
    if (stack.length > MAX_DEPTH) fail(`elements nested more than ${MAX_DEPTH} deep`, start);
    textStart = openEnd;
  });
  parser.on('text', (value) => {
    const parent = stack[stack.length - 1];
    // saxes reports text when it reaches the next `<`, so the text ends one before position.
    const end = parser.position - 1;
    if (parent) parent.children.push({ kind: 'text', value, start: textStart, end });
  });
  parser.on('cdata', (value) => {
    const parent = stack[stack.length - 1];
    const end = parser.position;
    const start = text.lastIndexOf('<![CDATA[', end);
    if (parent) parent.children.push({ kind: 'cdata', value, start, end });
    textStart = end;
  });
  parser.on('comment', (value) => {
    const parent = stack[stack.length - 1];
    const end = parser.position;
    if (parent) parent.children.push({ kind: 'comment', value, start: text.lastIndexOf('<!--', end), end });
    textStart = end;
  });
  parser.on('processinginstruction', () => {
    textStart = parser.position;
  });
  parser.on('closetag', (tag) => {
    const element = stack.pop()!;
    element.end = parser.position;
    // Search before the final `>`: with `</i></r>`, searching from `end` itself would find `</r>`.
    element.closeStart = tag.isSelfClosing ? element.openEnd : text.lastIndexOf('</', element.end - 1);
    textStart = element.end;
  });
  parser.on('error', (error) => {
    const message = error.message.replace(/^[^:]*:\d+:\d+: /, '');
    fail(`XML: ${message}`, parser.position);
  });
  try {
    parser.write(text).close();
  } catch (error) {
    if (error instanceof TranslintError) throw error;
    fail(`XML: ${(error as Error).message}`, parser.position);
  }
  if (!root) return fail('no root element', 0);
  return { root, text, lines };
}

function locateAttributes(text: string, element: XmlElement, attributes: Record<string, string>): void {
  const tagText = text.slice(element.start, element.openEnd);
  const pattern = /([^\s=<>/"']+)\s*=\s*(["'])/g;
  for (let match = pattern.exec(tagText); match; match = pattern.exec(tagText)) {
    const name = match[1]!;
    const quote = match[2]!;
    const valueStart = element.start + match.index + match[0].length;
    const valueEnd = text.indexOf(quote, valueStart);
    pattern.lastIndex = valueEnd - element.start + 1;
    if (name in attributes) element.attributes.set(name, { value: attributes[name]!, valueStart, valueEnd });
  }
}

/** Child elements with a given name. */
export function childElements(element: XmlElement, name?: string): XmlElement[] {
  return element.children.filter((child): child is XmlElement => child.kind === 'element' && (name === undefined || child.name === name));
}

/** All text inside an element, entities resolved, markup dropped. */
export function textContent(element: XmlElement): string {
  let out = '';
  for (const child of element.children) {
    if (child.kind === 'element') out += textContent(child);
    else if (child.kind !== 'comment') out += child.value;
  }
  return out;
}

/** Escapes text for element content. */
export function escapeXmlText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Escapes text for an attribute value in `quote`. */
export function escapeXmlAttribute(value: string, quote: '"' | "'" = '"'): string {
  return escapeXmlText(value).replace(quote === '"' ? /"/g : /'/g, quote === '"' ? '&quot;' : '&apos;');
}
