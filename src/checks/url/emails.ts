import { defineCheck } from '../../core/check.js';
import { languageOf } from '../../core/locale.js';
import { memoText } from '../../core/unit.js';
import { emails, type Token } from '../../syntax/urls.js';
import { compareTokens, isCredits } from './shared.js';

/** A support inbox for the target language at the same domain: help@x.org → help-fr@x.org, fr@x.org. */
function localizedInbox(want: string, have: string, locale: string): boolean {
  const [wantLocal, wantDomain] = want.toLowerCase().split('@') as [string, string];
  const [haveLocal, haveDomain] = have.toLowerCase().split('@') as [string, string];
  if (wantDomain !== haveDomain || wantLocal === haveLocal) return false;
  const language = languageOf(locale);
  return haveLocal.split(/[-_.+]/).some((part) => part === language || part === locale.toLowerCase());
}

export default defineCheck({
  id: 'url/emails',
  severity: 'warning',
  summary: 'e-mail addresses missing or changed (a localized inbox at the same domain, or a team address added, is fine)',
  peers: { pofilter: ['emails'], poexam: ['emails'], okapi: ['Email addresses'] },
  appliesTo: (unit) => (unit.source.includes('@') || unit.targets.some((target) => target.includes('@'))) && !isCredits(unit),
  check(unit, _context, report) {
    const tokens = (text: string): Token[] => memoText(unit, 'emails', text, emails);
    const same = (want: string, have: string) => want.toLowerCase() === have.toLowerCase() || localizedInbox(want, have, unit.locale);
    // Translation teams add their own address to "Report bugs to" strings: added addresses are fine.
    compareTokens(unit, tokens, same, 'e-mail', report, false);
  },
});
