import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import antonym from './antonym.js';
import sense from './sense.js';
import { runCheck, testCheck } from '../../testing/check-tester.js';

// These run against the lexicons shipped in lexicon/ (built by scripts/lexicon/build.mjs).
testCheck(sense, {
  fires: [
    { source: 'Delete file', target: 'Удавить файл', locale: 'ru', message: /"Удавить" means "strangle", not "delete"; did you mean "Удалить файл"\?/ },
    { source: 'Close', target: 'Schleißen', locale: 'de', message: /did you mean "Schließen"/ },
    { source: 'File', target: 'Lime', locale: 'fr', message: /"Lime" means "lime", not "file"; did you mean "Fichier"/, why: 'wrong sense: no software word, with a meaning software never translates (the fruit)' },
    { source: 'Save the file', target: 'Datei retten', locale: 'de', message: /^"retten" means "rescuer", not "save"/, why: 'rescue is a synonym of save, but of no software sense of it' },
    { source: 'Open a new window', target: 'Отрыть новое окно', locale: 'ru', message: /did you mean "Открыть новое окно"/, why: '"окно" renders "window": its sense "gap" (~ open) explains nothing else' },
    { source: 'Print', target: 'Impromer', locale: 'fr', message: /^"Impromer" is no known word for "print", likely a misspelling; did you mean "Imprimer"\?$/, why: 'a misspelling no dictionary knows' },
    { source: 'Window size', target: 'Размер сукна', locale: 'ru', message: /"сукна" means "cloth", not "window"; did you mean "Размер окна"\?/, why: 'a known word for something else, two letters off in a short word' },
    { source: 'Save the image', target: 'Enregistrer l’imoge', locale: 'fr', message: /"imoge" .*did you mean "Enregistrer l’image"\?/, why: 'an elided article is not part of the word' },
  ],
  quiet: [
    { source: 'Save', target: 'Сохранить', locale: 'ru' },
    { source: 'Reset', target: 'Сбросить', locale: 'ru' },
    { source: 'File System', target: 'Файловая система', locale: 'ru', why: 'compound meaning (filesystem) explains "file"' },
    { source: 'Open File', target: 'Datei öffnen', locale: 'de' },
    { source: 'Reset', target: 'Перегрузка', locale: 'xx', why: 'no lexicon for the language: no evidence, no finding' },
    { source: 'Show the home page', target: 'Mostra la pagina casa', locale: 'it', why: 'software keeps the English "home": a native word is a weak wrong sense, below the default threshold' },
    { source: 'Time and date of the backup', target: 'Sicherungszeit und -datum', locale: 'de', options: { minConfidence: 0.5 }, why: 'a software translation inside a compound is there' },
    { source: 'Switch application', target: 'Переключить приложение', locale: 'ru', why: 'another inflection of the expected word is no near-miss' },
    { source: 'Print', target: 'Imprimez', locale: 'fr', why: 'an unknown inflection (the ending differs) is no misspelling' },
    { source: 'Copy files', target: 'Skopiuj pliki', locale: 'pl', why: 'a prefixed form (perfective s-) is no misspelling' },
    { source: 'Delete the image', target: 'Supprimer l’image', locale: 'fr', why: 'l’ is an elided article' },
    { source: 'Show in folder', target: 'Apri nella cartella', locale: 'it', why: 'a word software uses (apri: open) is chosen, not mistyped' },
    { source: 'Use the default font', target: 'Użyj domyślną czcionkę', locale: 'pl', why: 'an inflection the stemmer splits from the expected word is no near-miss' },
    { source: 'Maximum size', target: 'Höchstwert der Größe', locale: 'de', why: 'a compound sharing the beginning of a translation is no near-miss' },
    { source: 'Round the values', target: 'Werte runden', locale: 'de', why: 'a prefixed software translation (aufgerundet) holds the word' },
    { source: 'Late evening', target: 'Später Abend', locale: 'de', why: '"evening" shares its stem with "even": its translations are mixed, no evidence' },
    { source: 'Cannot empty the folder', target: 'Nie można opróżnić folderu', locale: 'pl', why: 'opróżnić is opróżniać with the stem cut shorter; folder is borrowed' },
    { source: 'Format the disk', target: 'Форматирование диска', locale: 'ru', why: 'an unknown word derived from a translation (формат) is no misspelling' },
    { source: 'Exclude files', target: 'Не включать файлы', locale: 'ru', why: 'a negated opposite says the same' },
  ],
});

testCheck(antonym, {
  fires: [
    { source: 'Show', target: 'Скрыть', locale: 'ru', message: /the opposite of "show"/ },
    { source: 'Open the file', target: 'Fermer le fichier', locale: 'fr' },
    { source: 'Lock files', target: 'Desbloquear archivos', locale: 'es', message: /"Desbloquear" means "unlock", the opposite of "lock"/, why: '"unlock" is no compound of "lock"' },
    { source: 'Unlock the screen', target: 'Verrouiller l’écran', locale: 'fr', message: /did you mean "Déverrouiller l’écran"/ },
    { source: 'Rotate clockwise', target: 'Gegen den Uhrzeigersinn drehen', locale: 'de', message: /^"Gegen" makes it "counter-clockwise", the opposite of "clockwise"$/, why: 'a closed-class counter word before a rendering of a source word' },
    { source: 'Rotate clockwise', target: 'Rotar en sentido antihorario', locale: 'es', message: /did you mean "Rotar en sentido horario"\?/, why: 'anti- on a rendering of a source word' },
    { source: 'Move up', target: 'Nach unten verschieben', locale: 'de', message: /^"unten" means "down", the opposite of "up"$/, why: '"up" is read for its direction; only a UI translation of an opposite counts, and no UI translation of "up" is known to suggest' },
  ],
  quiet: [
    { source: 'Move up', target: 'Nach oben verschieben', locale: 'de' },
    { source: 'Rotate counterclockwise', target: 'Gegen den Uhrzeigersinn drehen', locale: 'de' },
    { source: 'Password', target: 'Contraseña', locale: 'es', why: 'only anti- is read as a prefix' },
    { source: '%s (remote, merge, local)', target: '%s (Gegenstelle, zusammengeführt, lokal)', locale: 'de', flags: ['c-format'], why: 'a gegen- compound is a word of its own' },
    { source: "error executing hook '%s', exit code %d", target: "erreur à l'exécution du point d'entrée (hook) « %s », code de sortie %d", locale: 'fr', flags: ['c-format'], why: 'beyond a label only the opposites themselves count, not words related to them (exit ~ entry)' },
    { source: 'Giving up on this name', target: 'Koniec śledzenia tej nazwy', locale: 'pl', why: 'a particle "up" is opposed only by a UI translation of an opposite' },
    { source: 'Hide', target: 'Скрыть', locale: 'ru' },
    { source: 'Not plugged in', target: 'Отключен от сети', locale: 'ru', why: 'an opposite under flipped polarity says the same' },
  ],
});

describe('meaning/sense near-miss (the 2009 button)', () => {
  it('explains "Перегрузка" as overload and suggests "Перезагрузка" when the glossary says reset = перезагрузка', () => {
    const glossaryProject = { glossary: () => [{ source: 'reset', target: 'перезагрузка', language: 'ru', forbidden: false, note: undefined }], memory: () => ({ translationsOf: () => [], meaningsOf: () => [] }) };
    const findings = runCheck(sense, { source: 'Reset', target: 'Перегрузка', locale: 'ru' }, glossaryProject);
    assert.equal(findings.length, 1);
    assert.equal(findings[0]!.meaning?.targetMeans, 'overload');
    assert.equal(findings[0]!.meaning?.expected, 'reset');
    assert.equal(findings[0]!.meaning?.suggestion, 'Перезагрузка');
    assert.match(findings[0]!.message, /^"Перегрузка" means "overload", not "reset"; did you mean "Перезагрузка"\?$/);
  });
});

describe('meaning/antonym and the translation memory', () => {
  it('does not let a repeated mistranslation to the opposite vouch for itself', () => {
    const memory = { translationsOf: (stem: string) => (stem === 'disabl' ? [['включ', 'включить', 0.6] as [string, string, number]] : []), meaningsOf: (stem: string) => (stem === 'включ' ? [['disabl', 0.6] as [string, number]] : []) };
    const project = { glossary: () => [], memory: () => memory };
    const findings = runCheck(antonym, { source: 'Disable sounds', target: 'Включить звуки', locale: 'ru' }, project);
    assert.equal(findings.length, 1);
    assert.equal(findings[0]!.meaning?.targetMeans, 'enable');
    assert.equal(findings[0]!.meaning?.suggestion, 'Выключить звуки');
  });
});
