import { defineCheck } from '../../core/check.js';
import { markedVariables, PROFILES, type VariableMatch } from '../../syntax/variables.js';
import { translatedForms } from '../source-for-form.js';

function countOf(list: readonly string[], item: string): number {
  let n = 0;
  for (const x of list) if (x === item) n++;
  return n;
}

function profileOf(options: Readonly<Record<string, unknown>>): readonly VariableMatch[] {
  const name = typeof options.profile === 'string' ? options.profile : 'common';
  const profile = PROFILES[name];
  if (!profile) throw new Error(`unknown profile "${name}" (use ${Object.keys(PROFILES).join(', ')})`);
  return profile;
}

export default defineCheck({
  id: 'placeholder/kde-openoffice-mozilla',
  severity: 'error',
  summary: "project variables (&entity;, $(VAR), %VAR%, ${x}, #1) missing or added, by pofilter's KDE/GNOME/OpenOffice/Mozilla profiles",
  peers: { pofilter: ['variables'] },
  defaultOff: true,
  check(unit, { options }, report) {
    const matches = profileOf(options);
    for (const { form, source, target } of translatedForms(unit)) {
      const missing: string[] = [];
      const added: string[] = [];
      const seenSource = new Set<string>();
      const seenTarget = new Set<string>();
      for (const match of matches) {
        const want = markedVariables(source, match);
        const have = markedVariables(target, match);
        // A variable already matched by an earlier marker pair is not counted twice (pofilter does the same).
        for (const variable of new Set(want)) {
          if (seenSource.has(variable)) continue;
          seenSource.add(variable);
          if (countOf(have, variable) < countOf(want, variable)) missing.push(variable);
        }
        for (const variable of new Set(have)) {
          if (seenTarget.has(variable)) continue;
          seenTarget.add(variable);
          if (countOf(want, variable) < countOf(have, variable) && !seenSource.has(variable)) added.push(variable);
        }
      }
      if (missing.length) report({ form, message: `do not translate ${missing.join(', ')}: the translation lacks ${missing.length > 1 ? 'them' : 'it'}` });
      else if (added.length) report({ form, severity: 'warning', message: `${added.join(', ')} ${added.length > 1 ? 'are' : 'is'} not in the source` });
    }
  },
});
