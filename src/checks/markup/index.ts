import type { Check } from '../../core/check.js';
import aroundTags from './around-tags.js';
import bbcode from './bbcode.js';
import fluent from './fluent.js';
import gconf from './gconf.js';
import markdownLinks from './markdown-links.js';
import markdownRefs from './markdown-refs.js';
import markdownSyntax from './markdown-syntax.js';
import mdx from './mdx.js';
import mozillaDialogsizes from './mozilla-dialogsizes.js';
import rst from './rst.js';
import safeHtml from './safe-html.js';
import tagOrder from './tag-order.js';
import tags from './tags.js';
import xmlValid from './xml-valid.js';

// markup/xliff-schema (./xliff-schema.ts) is written and tested but not registered yet: its doc
// examples are XLIFF files, and doc examples can only be PO units so far.
export const markupChecks: Check[] = [
  tags, tagOrder, xmlValid, aroundTags, safeHtml, bbcode, markdownLinks, markdownRefs, markdownSyntax, rst, mdx, fluent, mozillaDialogsizes, gconf,
];
