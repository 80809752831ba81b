import { defineCheck } from '../../core/check.js';

export default defineCheck({
  id: 'translation/kde-comment',
  severity: 'warning',
  summary: 'KDE "_:" context comment copied into the translation',
  peers: { pofilter: ['kdecomments'] },
  appliesTo: (unit) => unit.source.startsWith('_:'),
  check(unit, _context, report) {
    for (let form = 0; form < unit.targets.length; form++) {
      const target = unit.targets[form]!;
      if (target.startsWith('_:')) report({ form, message: 'the "_: …" line is a KDE context comment: leave it out of the translation' });
    }
  },
});
