import { defineCheck } from '../../core/check.js';

/** Units that list translators; other rules (URLs, e-mails, unchanged) should leave them alone. */
export const CREDIT_KEYS = /^(translator[-_ ]credits|translator_credits|TRANSLATORS?|_: ?(NAME OF TRANSLATORS|EMAIL OF TRANSLATORS)|Your names|Your emails|ROLES_OF_TRANSLATORS|CREDIT_FOR_TRANSLATORS)$/i;

// First letters of the keys above, for a quick no: most sources start with none of them.
const CREDIT_START = /^\s*[tTyYrRcC_]/;

export function isCreditsUnit(source: string): boolean {
  return CREDIT_START.test(source) && CREDIT_KEYS.test(source.trim());
}

export default defineCheck({
  id: 'translation/credits',
  severity: 'info',
  summary: 'translator-credits unit (listed for review; other rules skip it)',
  peers: { pofilter: ['credits'] },
  defaultOff: true,
  appliesTo: (unit) => isCreditsUnit(unit.source),
  check(_unit, _context, report) {
    report({ message: 'translator credits: names and addresses here are not checked' });
  },
});
