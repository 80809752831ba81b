import { defineCheck } from '../../core/check.js';
import { memoText } from '../../core/unit.js';
import { ipAddresses, urls, type Token } from '../../syntax/urls.js';
import { compareTokens } from './shared.js';

/** IP addresses outside URLs (a URL that changed is url/urls' to report). */
function addresses(text: string): Token[] {
  const inUrls = urls(text);
  return ipAddresses(text).filter((ip) => !inUrls.some((url) => ip.start >= url.start && ip.end <= url.end));
}

export default defineCheck({
  id: 'url/ip',
  severity: 'error',
  summary: 'IPv4/IPv6 addresses missing or changed in the translation',
  peers: { okapi: ['IP addresses'] },
  appliesTo: (unit) => /\d\.\d|:[0-9a-fA-F]*:/.test(unit.source),
  check(unit, _context, report) {
    const tokens = (text: string): Token[] => memoText(unit, 'ip', text, addresses);
    compareTokens(unit, tokens, (a, b) => a.toLowerCase() === b.toLowerCase(), 'address', report);
  },
});
