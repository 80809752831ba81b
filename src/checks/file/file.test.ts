import flags from './flags.js';
import headerPlacement from './header-placement.js';
import headerRequired from './header-required.js';
import headerValues from './header-values.js';
import language from './language.js';
import { testCheck } from '../../testing/check-tester.js';

const full = ['Project-Id-Version: app 1.0', 'PO-Revision-Date: 2024-05-31 14:05+0200', 'Last-Translator: Jean Dupont <jean@example.org>', 'Language: fr', 'Content-Type: text/plain; charset=UTF-8', 'MIME-Version: 1.0', 'Content-Transfer-Encoding: 8bit'];
const unit = { source: 'Save', target: 'Enregistrer' };

testCheck(headerRequired, {
  fires: [
    { ...unit, header: ['Language: fr'], message: /no Content-Type/ },
    { ...unit, header: [...full.slice(0, 2), 'Last-Translator: FULL NAME <EMAIL@ADDRESS>', ...full.slice(3)], message: /template value/ },
  ],
  quiet: [{ ...unit, header: full }],
});
testCheck(headerValues, {
  fires: [
    { ...unit, header: [...full, 'MIME-Version: 2.0'], message: /appears twice/ },
    { ...unit, header: ['Language: fr', 'Content-Type: text/html'], message: /Content-Type/ },
    { ...unit, header: ['Language: fr', 'PO-Revision-Date: 2999-01-01 00:00+0000'], message: /future/ },
    { ...unit, header: ['Language: fr', 'Last-Translator: Jean'], message: /no e-mail/ },
    { ...unit, header: ['Language: fr', 'just some words'], message: /not a "Name: value"/ },
  ],
  quiet: [{ ...unit, header: full }, { ...unit, header: ['Language: fr', 'X-Generator: Poedit 3.4'] }],
});
testCheck(headerPlacement, {
  fires: [{ also: [{ source: 'Open', target: 'Ouvrir' }, { source: '', target: 'Language: fr\n' }], ...unit }],
  quiet: [unit],
});
testCheck(language, {
  fires: [{ ...unit, header: ['Language: fr_FR.UTF-8'], message: /encoding/ }, { ...unit, header: ['Language: xx-nonsense-code'], message: /not a language code/ }],
  quiet: [unit, { ...unit, header: ['Language: sr@latin'], locale: 'sr' }],
});
testCheck(flags, {
  fires: [{ source: '%d', target: '%d', flags: ['c-fromat'] }, { source: '%d', target: '%d', flags: ['c-format', 'no-c-format'], message: /contradict/ }],
  quiet: [{ source: '%d', target: '%d', flags: ['c-format', 'range: 0..5'] }, { source: 'a', target: 'b', flags: ['fuzzy', 'no-wrap', 'max-length:30'] }],
});
