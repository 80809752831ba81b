import { defineCheck } from '../../core/check.js';

export default defineCheck({
  id: 'translation/stray-previous',
  severity: 'info',
  summary: 'a "#| msgid" previous-source comment on a unit that is not fuzzy',
  peers: { i18nspector: ['stray-previous-msgid'] },
  appliesTo: (unit) => unit.state === 'translated' && unit.notes.some((note) => note.kind === 'previous'),
  check(_unit, _context, report) {
    report({ message: 'has a "#|" previous msgid but is not fuzzy: remove the stale comment' });
  },
});
