import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import custom, { splitFlagValue } from './custom.js';
import { runCheckWith } from './options-runner.test-helper.js';
import { testCheck } from '../../testing/check-tester.js';

testCheck(custom, {
  fires: [
    { source: 'Open $URL$', target: 'Ouvrir', flags: ['placeholders:$URL$:$TARGET$'], message: /missing \$URL\$/ },
    { source: 'Open %foo%', target: 'Ouvrir', flags: ['placeholders:r"%[^% ]+%"'], message: /missing %foo%/ },
    { source: 'Key', target: 'Clé!', flags: ['regex:^[\\p{L} ]+$'], message: /does not match/ },
  ],
  quiet: [
    { source: 'Open $URL$', target: 'Ouvrir $URL$', flags: ['placeholders:$URL$:$TARGET$'] },
    { source: 'Open $URL$', target: 'Ouvrir $url$', flags: ['placeholders:$URL$', 'case-insensitive'] },
    { source: 'Open $URL$', target: 'Ouvrir', why: 'nothing declared' },
  ],
});

describe('placeholder/custom options', () => {
  it('literal placeholders from config', () => {
    const findings = runCheckWith(custom, { source: 'Go to [[HOME]]', target: 'Aller à [[ACCUEIL]]' }, { placeholders: ['[[HOME]]'] });
    assert.deepEqual(findings.map((f) => f.message), ['missing [[HOME]]']);
  });
  it('regular expressions from config', () => {
    const findings = runCheckWith(custom, { source: 'Press {KEY_ENTER}', target: 'Appuyez sur {TOUCHE}' }, { patterns: ['\\{[A-Z_]+\\}'] });
    assert.deepEqual(findings.map((f) => f.message), ['missing {KEY_ENTER}', '{TOUCHE} is not in the source']);
  });
  it('target pattern from config', () => {
    const findings = runCheckWith(custom, { source: 'id', target: 'mon id' }, { targetPattern: '^[a-z_]+$' });
    assert.equal(findings.length, 1);
  });
  it('splits flag values on colons, honouring quotes', () => {
    assert.deepEqual(splitFlagValue('$URL$:"a:b":r"%[^% ]%"'), ['$URL$', 'a:b', 'r:%[^% ]%']);
  });
});
