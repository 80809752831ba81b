import end from './end.js';
import start from './start.js';
import { testCheck } from '../../testing/check-tester.js';

testCheck(start, {
  fires: [
    { source: ' Name', target: 'Nom', message: /leading whitespace differs/, fix: ' Nom' },
    { source: 'Name', target: '  Nom', fix: 'Nom' },
  ],
  quiet: [{ source: ' Name', target: ' Nom' }, { source: 'Name', target: 'Nom' }, { source: '\nName', target: '\nNom' }],
});

testCheck(end, {
  fires: [
    { source: 'Name: ', target: 'Nom :', message: /trailing whitespace differs: source has 1 space, translation has none/, fix: 'Nom : ' },
    { source: 'Done', target: 'Fini\t', fix: 'Fini' },
  ],
  quiet: [
    { source: 'Name: ', target: 'Nom : ' },
    { source: 'Done\n', target: 'Fini\n' },
    { source: 'Done', target: '' },
    { source: 'Warning: ', target: '警告：' },
    { source: 'Replace %s? ', target: '是否取代 %s？' },
  ],
});
