import { defineCheck } from '../../core/check.js';
import type { Unit } from '../../core/unit.js';
import { translatedForms } from '../source-for-form.js';

const SETTING = /"([a-z_]+?)"/g;

/** Strings from GSettings/GConf schemas, known by their source reference (`#: x.gschema.xml.in:12`). */
function fromSchema(unit: Unit): boolean {
  return unit.notes.some((note) => note.kind === 'reference' && (note.text.includes('schemas.in') || note.text.includes('gschema.xml.in')));
}

export default defineCheck({
  id: 'markup/gconf',
  severity: 'warning',
  summary: 'GNOME schema strings: quoted setting names ("modification_date") translated; the quotes may change',
  peers: { pofilter: ['gconf'] },
  defaultOff: true,
  appliesTo: (unit) => unit.source.includes('"') && fromSchema(unit),
  check(unit, _context, report) {
    for (const { form, source, target } of translatedForms(unit)) {
      const missing = [...source.matchAll(SETTING)].map((m) => m[1]!).filter((name) => !target.includes(name));
      if (missing.length) report({ form, message: `do not translate the setting name${missing.length > 1 ? 's' : ''} ${missing.map((name) => `"${name}"`).join(', ')}` });
    }
  },
});
