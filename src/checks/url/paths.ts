import { defineCheck } from '../../core/check.js';
import { memoText } from '../../core/unit.js';
import { paths, type Token } from '../../syntax/urls.js';
import { compareTokens } from './shared.js';

// XDG user directories are localized on disk (~/Desktop is ~/Bureau in French), so their names may change.
const XDG_DIRECTORY = /^~\/(?:Desktop|Documents|Downloads|Music|Pictures|Public|Templates|Videos)(?=\/|$)/;

function samePath(want: string, have: string): boolean {
  if (want === have || want.replace(/(?<=.)\/$/, '') === have.replace(/(?<=.)\/$/, '')) return true;
  const xdg = XDG_DIRECTORY.exec(want);
  if (!xdg) return false;
  const rest = want.slice(xdg[0].length);
  return have.startsWith('~/') && have.endsWith(rest) && !have.slice(2, have.length - rest.length).includes('/');
}

export default defineCheck({
  id: 'url/paths',
  severity: 'warning',
  summary: 'absolute file paths (/usr/bin/passwd, ~/.config, C:\\Windows) missing or changed in the translation',
  peers: { pofilter: ['filepaths'], poexam: ['paths'] },
  appliesTo: (unit) => unit.source.includes('/') || unit.source.includes(':\\'),
  check(unit, _context, report) {
    const tokens = (text: string): Token[] => memoText(unit, 'paths', text, paths);
    // A translation may mention a path to explain something ("… to /dev/null"): added paths are fine.
    compareTokens(unit, tokens, samePath, 'path', report, false);
  },
});
