import ellipsisSource from './ellipsis-source.js';
import pipes from './pipes.js';
import sentenceCount from './sentence-count.js';
import { testCheck } from '../../testing/check-tester.js';

testCheck(sentenceCount, {
  fires: [
    { source: 'File saved. Close the window.', target: 'Datei gespeichert, Fenster schließen.', locale: 'de', message: /1 sentence where the source has 2/ },
    { source: 'Done.', target: 'Fertig. Schließen Sie das Fenster.', locale: 'de' },
  ],
  quiet: [
    { source: 'File saved. Close the window.', target: 'Datei gespeichert. Schließen Sie das Fenster.', locale: 'de' },
    { source: 'See e.g. the manual.', target: 'Voir par ex. le manuel.', why: 'a lower-case word after the stop continues the sentence' },
    { source: 'File saved. Close the window.', target: '文件已保存。关闭窗口。', locale: 'zh' },
    { source: 'Saved? Yes.', target: 'Αποθηκεύτηκε; Ναι.', locale: 'el' },
    { source: 'File saved. Close the window.', target: 'บันทึกไฟล์แล้ว ปิดหน้าต่าง', locale: 'th' },
    { source: 'Version 1.5 is out', target: 'La version 1.5 est sortie' },
  ],
});

testCheck(pipes, {
  fires: [
    { source: 'a|b|c', target: 'a|b', message: /1 "\|" where the source has 2/ },
    { source: 'Home | About', target: 'Accueil À propos' },
  ],
  quiet: [
    { source: 'a|b|c', target: 'x|y|z' },
    { source: 'File saved.', target: 'फ़ाइल सहेजी गई|', locale: 'hi', why: '| typed for the danda' },
    { source: 'Noun|Open', target: 'Ouvert', why: 'old GNOME Q_() context prefix' },
    { source: 'No pipes', target: 'Pas de barres' },
    { source: '  -s, --status    Show status', target: '  -s|--status    Affiche l\'état', why: 'command-line syntax' },
    { source: 'Usage: %s [-F DEV | --file=DEV]', target: 'Usage : %s [-F DEV] [--file=DEV]', flags: ['c-format'] },
  ],
});

testCheck(ellipsisSource, {
  fires: [
    { source: 'Open...', target: 'Ouvrir…', message: /uses "\.\.\." instead of the ellipsis character/ },
    { source: 'Loading...', target: '', why: 'source advice applies to untranslated units too' },
  ],
  quiet: [
    { source: 'Open…', target: 'Ouvrir…' },
    { source: 'Pages 1...10', target: 'Pages 1...10', why: 'a range' },
    { source: 'Go to ../parent', target: 'Aller à ../parent' },
    { source: 'Wait....', target: 'Attendez....', why: 'four dots are not an ellipsis typed as dots' },
  ],
});
