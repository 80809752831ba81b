import safeHtml from './safe-html.js';
import { testCheck } from '../../testing/check-tester.js';

testCheck(safeHtml, {
  fires: [
    { source: 'Logo', target: '<img src=x onerror=alert(1)>', message: /onerror= on <img>/ },
    { source: 'Hello', target: 'Bonjour<script>alert(1)</script>', message: /<script>/ },
    { source: '<a href="https://x.org">site</a>', target: '<a href="javascript:alert(1)">site</a>', message: /script URL in href=/ },
    { source: 'Hello', target: 'Bonjour <marquee>!</marquee>', flags: ['safe-html'], message: /<marquee> \(not an allowed element\)/ },
  ],
  quiet: [
    { source: '<b>Save</b>', target: '<b>Enregistrer</b>', flags: ['safe-html'] },
    { source: '<a href="https://x.org">site</a>', target: '<a href="https://x.org/fr">site</a>', flags: ['safe-html'] },
    { source: 'Run <button onclick="go()">Go</button>', target: 'Lancer <button onclick="go()">Aller</button>', why: 'the source has it too' },
    { source: 'Hello', target: 'Bonjour <marquee>!</marquee>', why: 'not declared as rendered HTML: only dangerous constructs count' },
  ],
});
