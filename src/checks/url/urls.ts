import { defineCheck } from '../../core/check.js';
import { memoText } from '../../core/unit.js';
import { sameUrl, urls, type Token } from '../../syntax/urls.js';
import { compareTokens, isCredits } from './shared.js';

// Example hosts (RFC 2606/6761, "your-server.com", or a bare name such as smb://server/share)
// stand for the user's own machine: translating the rest of the URL is fine.
const EXAMPLE_HOST = /^(?:[a-z][a-z0-9+.-]*:\/\/)?(?:[^/@]*@)?(?:(?:[\w-]+\.)*(?:example\.(?:com|org|net)|[\w-]+\.(?:example|test|invalid|localhost)|your[\w-]*\.[\w.]+)|[\p{L}\p{N}_-]+)(?::\d+)?(?:[/?#]|$)/iu;
const MAYBE_URL = /:\/\/|www\./i;

export default defineCheck({
  id: 'url/urls',
  severity: 'warning',
  summary: 'URLs missing or changed in the translation (the same page in the target language is fine)',
  peers: { pofilter: ['urls'], poexam: ['urls'], okapi: ['URLs'] },
  appliesTo: (unit) => (MAYBE_URL.test(unit.source) || unit.targets.some((target) => MAYBE_URL.test(target))) && !isCredits(unit),
  check(unit, { options }, report) {
    const localized = options.allowLocalized !== false;
    const tokens = (text: string): Token[] => memoText(unit, 'urls', text, () => urls(text).filter((url) => !EXAMPLE_HOST.test(url.text)));
    const same = (want: string, have: string) => (localized ? sameUrl(want, have, unit.sourceLocale, unit.locale) : want === have);
    // An added URL is reported quietly: mostly a translation team's page, sometimes a planted link.
    compareTokens(unit, tokens, same, 'URL', (finding) => report(/is not in the source/.test(finding.message) ? { ...finding, severity: 'info' } : finding));
  },
});
