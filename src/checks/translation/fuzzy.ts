import { defineCheck } from '../../core/check.js';

export default defineCheck({
  id: 'translation/fuzzy',
  severity: 'info',
  summary: 'the unit is marked fuzzy / needs review, so the program will not use it',
  peers: { pofilter: ['isfuzzy', 'isreview'], poexam: ['fuzzy'] },
  appliesTo: (unit) => unit.state === 'fuzzy',
  check(_unit, _context, report) {
    report({ message: 'marked fuzzy: review it and remove the flag, or it stays unused' });
  },
});
