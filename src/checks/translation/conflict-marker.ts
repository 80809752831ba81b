import { defineCheck } from '../../core/check.js';

const MARKER = /#-#-#-#-#/;

export default defineCheck({
  id: 'translation/conflict-marker',
  severity: 'error',
  summary: 'msgcat/msgmerge conflict markers (#-#-#-#-#) left in the translation',
  peers: { pofilter: ['compendiumconflicts'], i18nspector: ['conflict-marker-in-translation', 'conflict-marker-in-header-entry'] },
  check(unit, _context, report) {
    for (let form = 0; form < unit.targets.length; form++) {
      const target = unit.targets[form]!;
      if (MARKER.test(target)) report({ form, message: 'contains "#-#-#-#-#" conflict markers from msgcat: pick one translation' });
    }
  },
  checkCatalog(catalog, _context, report) {
    const header = catalog.header;
    if (header && [...header.fields.keys()].some((key) => MARKER.test(key))) report(undefined, { span: header.span, message: 'the header contains "#-#-#-#-#" conflict markers from msgcat' });
  },
});
