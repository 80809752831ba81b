import type { Catalog } from '../core/catalog.js';
import type { Project } from '../core/check.js';
import { languageOf } from '../core/locale.js';
import type { GlossaryEntry } from './glossary.js';
import { buildMemory, type TranslationMemory } from './memory.js';

/** A Project over loaded glossaries, with translation memories built lazily per catalog. */
export function createProject(glossaries: GlossaryEntry[]): Project {
  const memories = new WeakMap<Catalog, TranslationMemory>();
  const byLanguage = new Map<string, GlossaryEntry[]>();
  return {
    glossary(language) {
      let entries = byLanguage.get(language);
      if (!entries) byLanguage.set(language, (entries = glossaries.filter((entry) => entry.language === undefined || entry.language === language)));
      return entries;
    },
    memory(catalog) {
      let memory = memories.get(catalog);
      if (!memory) memories.set(catalog, (memory = buildMemory([catalog], catalog.locale)));
      return memory;
    },
  };
}

export function glossaryLanguageOf(locale: string): string {
  return languageOf(locale);
}
