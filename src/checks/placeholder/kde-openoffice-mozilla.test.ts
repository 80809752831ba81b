import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import kdeOpenofficeMozilla from './kde-openoffice-mozilla.js';
import { runCheckWith } from './options-runner.test-helper.js';
import { testCheck } from '../../testing/check-tester.js';

testCheck(kdeOpenofficeMozilla, {
  fires: [
    { source: 'Welcome to &brandName;', target: 'Bienvenue dans &marque;', message: /do not translate &brandName;/ },
    { source: 'Path: $(INSTDIR)', target: 'Chemin : $(DOSSIER)', message: /\$\(INSTDIR\)/ },
    { source: 'Hello', target: 'Bonjour ${user}', message: /\$\{user\} is not in the source/, severity: 'warning' },
  ],
  quiet: [
    { source: 'Welcome to &brandName;', target: 'Bienvenue dans &brandName;' },
    { source: 'From 50% to 60%', target: 'De 50 % à 60 %', why: 'percent prose is not %VAR%' },
    { source: 'Tom & Jerry; more', target: 'Tom et Jerry ; plus', why: '"& Jerry;" has spaces: not an entity' },
  ],
});

describe('placeholder/kde-openoffice-mozilla profiles', () => {
  it('kde: %1 must stay', () => {
    const findings = runCheckWith(kdeOpenofficeMozilla, { source: 'Delete %1?', target: 'Supprimer ?' }, { profile: 'kde' });
    assert.match(findings[0]?.message ?? '', /%1/);
  });
  it('mozilla: #1 must stay', () => {
    const findings = runCheckWith(kdeOpenofficeMozilla, { source: '#1 tabs', target: 'onglets' }, { profile: 'mozilla' });
    assert.match(findings[0]?.message ?? '', /#1/);
  });
  it('unknown profile is a usage error', () => {
    assert.throws(() => runCheckWith(kdeOpenofficeMozilla, { source: 'a', target: 'b' }, { profile: 'nope' }), /unknown profile/);
  });
});
