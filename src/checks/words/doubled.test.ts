import doubled from './doubled.js';
import { testCheck } from '../../testing/check-tester.js';

testCheck(doubled, {
  fires: [
    { source: 'Open the file', target: 'Ouvrir le le fichier', message: /the word "le" is repeated/, fix: 'Ouvrir le fichier' },
    { source: 'Save the file', target: 'Save the the file', locale: 'en-GB' },
    { source: 'Delete', target: 'Datei Datei löschen', locale: 'de', why: 'case-insensitive, not an exception' },
    { source: 'Open', target: 'Открыть открыть', locale: 'ru' },
  ],
  quiet: [
    { source: 'The women who', target: 'Die Frauen, die die Aufgabe', locale: 'de', why: 'German relative pronoun after article' },
    { source: 'We wash', target: 'Nous nous lavons', why: 'French pronominal verb' },
    { source: 'You remember', target: 'Vous vous souvenez' },
    { source: 'If true, spaces are used', target: 'Se se marca, úsanse espazos', locale: 'gl', why: 'if + reflexive pronoun' },
    { source: 'He had left', target: 'He had had enough', locale: 'en-GB' },
    { source: 'People', target: 'orang-orang', locale: 'ms', why: 'reduplication' },
    { source: 'People', target: 'orang orang', locale: 'id', why: 'reduplicating language' },
    { source: 'Yes, yes', target: 'Oui, oui', why: 'separated by a comma' },
    { source: 'Bora Bora', target: 'Bora Bora', why: 'the source has the same pair' },
    { source: '%s %s', target: '%s %s', flags: ['c-format'], why: 'placeholders are not words' },
    { source: '1 1', target: '1 1' },
    { source: '  FILE      An elf file', target: '  ФАЙЛ      Файл във формат elf', locale: 'bg', why: 'a column boundary, not a repeat' },
    { source: 'treat each number LO through HI', target: 'brojeve od OD do DO', locale: 'hr', why: 'a word and a metavariable' },
    { source: 'instead of file status', target: 'em vez do do ficheiro', locale: 'pt' },
    { source: '   eof CHAR      CHAR will send an end of file', target: '   eof CAR         CAR enviarà un final de fitxer', locale: 'ca', why: 'the source has the same doubling (a column layout)' },
  ],
});
