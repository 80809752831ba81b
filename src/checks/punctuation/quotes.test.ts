import doubleQuotes from './double-quotes.js';
import singleQuotes from './single-quotes.js';
import { testCheck } from '../../testing/check-tester.js';

testCheck(doubleQuotes, {
  fires: [
    { source: 'Click "Save"', target: 'Cliquez sur Enregistrer', message: /0 double quotation marks where the source has 2/ },
    { source: 'Click Save', target: 'Klicken Sie auf „Speichern', locale: 'de', message: /1 double quotation mark: one is not closed/ },
    { source: 'Click "Save"', target: '「保存」をクリック「', locale: 'ja' },
  ],
  quiet: [
    { source: 'Click "Save"', target: 'Cliquez sur « Enregistrer »' },
    { source: 'Click "Save"', target: 'Klicken Sie auf „Speichern“', locale: 'de' },
    { source: 'Click "Save"', target: '「保存」をクリックします', locale: 'ja' },
    { source: 'Click "Save"', target: 'Нажмите «Сохранить»', locale: 'ru' },
    { source: 'Click "Save"', target: 'Click ‘Save’', locale: 'en-GB', why: 'single quotes as the primary style' },
    { source: 'Visit <a href="https://x.org">our site</a>', target: 'Visitez <a href="https://x.org">notre site</a>' },
    { source: 'The IDF', target: 'צה"ל', locale: 'he', why: 'gershayim is not a quote' },
    { source: 'Open "%s"', target: 'Ouvrir « %s »', flags: ['c-format'] },
    { source: 'Say &quot;hi&quot;', target: 'Dites « salut »', why: 'entities are decoded' },
    { source: "invalid option -- '%c'", target: 'недопустимый параметр — «%c»', locale: 'ru', flags: ['c-format'], why: 'single quotes around a placeholder became guillemets' },
    { source: "unterminated `s' command", target: 'befejezetlen „s” parancs', locale: 'hu', why: 'GNU `quotes\' became „ ”' },
    { source: "'", target: '»', why: 'punctuation-only source' },
    { source: 'Commit', target: 'Publica («commit»)', locale: 'ca', why: 'quotes added around a term are the translator\'s choice' },
  ],
});

testCheck(singleQuotes, {
  fires: [
    { source: "Press 'Enter'", target: 'Appuyez sur Entrée', message: /0 pairs of single quotes where the source has 1/ },
    { source: "Use `s' here", target: 'Utilisez s ici' },
  ],
  quiet: [
    { source: "It's done", target: "C'est fait", why: 'apostrophes' },
    { source: "The user's file", target: "Le fichier de l'utilisateur" },
    { source: "Press 'Enter'", target: 'Appuyez sur « Entrée »', why: 'single quotes became guillemets' },
    { source: "Press 'Enter'", target: 'Drücken Sie „Eingabe“', locale: 'de' },
    { source: "Press 'Enter'", target: "Appuyez sur 'Entrée'" },
    { source: "The users' files", target: 'Les fichiers des utilisateurs', why: 'possessive plural is not a quote' },
    { source: 'A house', target: "'n Huis", locale: 'af' },
    { source: "Don\\'t save", target: "Ne pas l\\'enregistrer", why: 'Android escapes' },
    { source: 'Press Enter', target: "Drücken Sie 'Eingabe'", locale: 'de', why: 'added pairs are the translator\'s choice' },
    { source: "unterminated `s' command", target: 'befejezetlen „s” parancs', locale: 'hu' },
    { source: "like 'HUP', or like '1'", target: '類似"HUP"的訊號，或如"1"', locale: 'zh-TW', why: 'quotes glued to Chinese text' },
    { source: "'%s' exists.", target: "'%s'이(가) 존재합니다.", locale: 'ko', flags: ['c-format'], why: 'a quote glued to a Korean particle is still a quote' },
    { source: "Try '%s --help'", target: "詳しくは'%s --help'を実行してください", locale: 'ja', flags: ['c-format'] },
    { source: "%s's files", target: 'Fichiers de %s', flags: ['c-format'], why: 'possessive after a placeholder' },
  ],
});
