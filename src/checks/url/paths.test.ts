import paths from './paths.js';
import { testCheck } from '../../testing/check-tester.js';

testCheck(paths, {
  fires: [
    { source: 'Run /usr/bin/passwd', target: 'Lancez /usr/bin/mot', message: /path \/usr\/bin\/passwd became \/usr\/bin\/mot/ },
    { source: 'Edit ~/.config/app.ini', target: 'Modifiez le fichier de configuration', message: /missing path ~\/\.config\/app\.ini/ },
    { source: 'Saved to C:\\Program Files\\App', target: 'Enregistré dans C:\\Programmes\\App', message: /path/ },
  ],
  quiet: [
    { source: 'Run /usr/bin/passwd', target: 'Lancez «/usr/bin/passwd»', why: 'path wrapped in guillemets (translate/translate#236)' },
    { source: 'Add 1/2 cup and/or more', target: 'Ajoutez 1/2 tasse et/ou plus' },
    { source: 'Speed in km/h', target: 'Vitesse en km/h' },
    { source: 'Speed in km/h', target: 'Vitesse en km par heure', why: 'km/h is not a path' },
    { source: 'Saved in ~/Desktop/notes.txt', target: 'Enregistré dans ~/Bureau/notes.txt', why: 'XDG user directories are localized' },
    { source: 'Read <b>this</b>', target: 'Lisez <b>ceci</b>' },
    { source: 'See https://x.org/a/b', target: 'Voir https://x.org/a/b' },
    { source: 'Type /help.', target: 'Tapez /help.' },
  ],
});
