import type { CheckContext } from '../../core/check.js';
import { languageOf } from '../../core/locale.js';
import { memo, type Unit } from '../../core/unit.js';
import { glossaryMemory } from '../../meaning/glossary.js';
import { lexiconFor } from '../../meaning/lexicon.js';
import { combineMemories, type TranslationMemory } from '../../meaning/memory.js';
import { polarityDiffers } from '../../meaning/negation.js';
import { defaultSenseOptions, senseProblems, type SenseOptions, type SenseProblem } from '../../meaning/sense.js';
import { translatedForms } from '../source-for-form.js';

const glossaryMemories = new WeakMap<object, ReturnType<typeof glossaryMemory>>();
const combinedMemories = new WeakMap<TranslationMemory, WeakMap<TranslationMemory, TranslationMemory>>();

/** The catalog's memory and the glossary's, one object per pair: sense remembers word evidence per memory object. */
function combinedMemory(project: TranslationMemory, glossary: TranslationMemory): TranslationMemory {
  let byGlossary = combinedMemories.get(project);
  if (!byGlossary) combinedMemories.set(project, (byGlossary = new WeakMap()));
  let memory = byGlossary.get(glossary);
  if (!memory) byGlossary.set(glossary, (memory = combineMemories([project, glossary])));
  return memory;
}

/** Sense and antonym problems of every form of a unit, computed once for both rules. */
export function unitSenseProblems(unit: Unit, context: CheckContext): { form: number; problem: SenseProblem }[] {
  return memo(unit, 'meaning:sense', () => {
    const language = languageOf(unit.locale);
    const glossary = context.project.glossary(language);
    let fromGlossary = glossaryMemories.get(glossary);
    if (!fromGlossary) glossaryMemories.set(glossary, (fromGlossary = glossaryMemory(glossary, language)));
    // Without a lexicon for the language there is nothing to explain a word with; don't learn a memory for it.
    if (!lexiconFor(language)) return [];
    const memory = combinedMemory(context.project.memory(context.catalog), fromGlossary);
    const found: { form: number; problem: SenseProblem }[] = [];
    for (const { form, source, target } of translatedForms(unit)) {
      const options: SenseOptions = { maxSourceWords: defaultSenseOptions.maxSourceWords, unexplainedPairs: defaultSenseOptions.unexplainedPairs, memory, polarityDiffers: polarityDiffers(source, target, unit.locale, unit.formats) };
      for (const problem of senseProblems(source, target, unit.locale, unit.formats, options)) found.push({ form, problem });
    }
    return found;
  });
}
