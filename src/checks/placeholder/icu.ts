import { defineCheck } from '../../core/check.js';
import { integerPluralCategories } from '../../core/locale.js';
import { memoText, type Unit } from '../../core/unit.js';
import { parseIcu, type IcuParse } from '../../syntax/icu.js';
import { translatedForms } from '../source-for-form.js';

function categoriesOf(locale: string, ordinal: boolean): string[] | undefined {
  try {
    if (Intl.PluralRules.supportedLocalesOf([locale]).length === 0) return undefined;
    return new Intl.PluralRules(locale, { type: ordinal ? 'ordinal' : 'cardinal' }).resolvedOptions().pluralCategories;
  } catch {
    return undefined;
  }
}

const parsed = (unit: Unit, text: string): IcuParse => memoText(unit, 'icu', text, parseIcu);

export default defineCheck({
  id: 'placeholder/icu',
  severity: 'error',
  summary: 'ICU MessageFormat: invalid syntax, arguments missing/added/retyped, plural categories wrong for the language, select keys or tags dropped',
  peers: { weblate: ['icu_message_format', 'icu_message_format_syntax'] },
  appliesTo: (unit) => unit.formats.has('icu'),
  check(unit, _context, report) {
    for (const { form, source, target } of translatedForms(unit)) {
      const want = parsed(unit, source);
      if (!want.ok) continue; // a broken source is the developer's bug, not the translator's
      const have = parsed(unit, target);
      if (!have.ok) {
        report({ form, message: `ICU syntax error in the translation: ${have.message} (at character ${have.offset + 1})` });
        continue;
      }
      const sourceArgs = want.structure.arguments;
      const targetArgs = have.structure.arguments;
      for (const [name, kind] of sourceArgs) {
        const found = targetArgs.get(name);
        if (found === undefined) report({ form, message: `missing {${name}}` });
        else if (found !== kind) report({ form, message: `{${name}} is a ${found} in the translation but a ${kind} in the source` });
      }
      for (const name of targetArgs.keys()) if (!sourceArgs.has(name)) report({ form, message: `{${name}} is not in the source` });

      for (const plural of have.structure.plurals) {
        const valid = categoriesOf(unit.locale, plural.ordinal);
        if (!valid) continue;
        const keys = plural.keys.filter((key) => !key.startsWith('='));
        const unused = keys.filter((key) => !valid.includes(key as Intl.LDMLPluralRule));
        // Only categories whole numbers below 1000 reach are "needed": French `many` (millions) is not.
        const needed = plural.ordinal ? valid : integerPluralCategories(unit.locale);
        const missing = needed.filter((category) => category !== 'other' && !keys.includes(category) && !(category === 'one' && plural.keys.includes('=1')));
        if (unused.length) report({ form, severity: 'warning', message: `plural {${plural.name}} has ${unused.join(', ')}, which ${unit.locale} never selects (CLDR: ${valid.join(', ')})` });
        if (missing.length) report({ form, severity: 'warning', message: `plural {${plural.name}} lacks ${missing.join(', ')}, which ${unit.locale} needs (CLDR: ${valid.join(', ')})` });
      }
      for (const select of want.structure.selects) {
        const translated = have.structure.selects.find((s) => s.name === select.name);
        const dropped = translated ? select.keys.filter((key) => key !== 'other' && !translated.keys.includes(key)) : [];
        if (dropped.length) report({ form, severity: 'warning', message: `select {${select.name}} lost its ${dropped.join(', ')} branch${dropped.length > 1 ? 'es' : ''}` });
      }
      const sourceTags = [...want.structure.tags].sort().join(',');
      const targetTags = [...have.structure.tags].sort().join(',');
      if (sourceTags !== targetTags) report({ form, message: `tags differ: source has <${want.structure.tags.join('>, <') || 'none'}>, translation has <${have.structure.tags.join('>, <') || 'none'}>` });
    }
  },
});
