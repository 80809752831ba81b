import mdx from './mdx.js';
import { testCheck } from '../../testing/check-tester.js';

const f = ['safe-mdx'];

testCheck(mdx, {
  fires: [
    { source: 'Hello {props.name}!', target: 'Bonjour !', flags: f, message: /missing \{props\.name\}/ },
    { source: '<Note type="info">Read this</Note>', target: '<Remarque type="info">Lisez ceci</Remarque>', flags: f, message: /missing <Note type="info">/ },
  ],
  quiet: [
    { source: 'Hello {props.name}!', target: 'Bonjour { props.name } !', flags: f, why: 'whitespace in expressions' },
    { source: '<Note type="info">Read this</Note>', target: '<Note type="info">Lisez ceci</Note>', flags: f },
    { source: 'Hello {props.name}!', target: 'Bonjour !', why: 'not an MDX unit' },
  ],
});
