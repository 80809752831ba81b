import acronyms from './acronyms.js';
import misplacedCapitals from './misplaced-capitals.js';
import overall from './overall.js';
import start from './start.js';
import { testCheck } from '../../testing/check-tester.js';

testCheck(start, {
  fires: [
    { source: 'Save', target: 'enregistrer', message: /starts with a lower-case letter \("enregistrer"\) but the source starts with a capital/ },
    { source: 'of %d', target: 'Sur %d', flags: ['c-format'], message: /starts with a capital \("Sur"\)/ },
    { source: '"Save" it', target: '« enregistrer »', why: 'quotes are looked past' },
  ],
  quiet: [
    { source: 'Save', target: 'Enregistrer' },
    { source: 'Save', target: '保存', locale: 'zh', why: 'no case in Chinese' },
    { source: 'Save', target: 'حفظ', locale: 'ar' },
    { source: 'Save', target: 'შენახვა', locale: 'ka', why: 'Georgian Mtavruli is not used for sentence case' },
    { source: 'delete file', target: 'Datei löschen', locale: 'de', why: 'German nouns are capitalised' },
    { source: '%s files', target: '%s fichiers', flags: ['c-format'] },
    { source: '3 files', target: 'trois fichiers', why: 'source starts with a number' },
    { source: 'Open with iPhone', target: 'iPhone öffnen', locale: 'de', why: 'brand keeps its case' },
    { source: 'open Firefox', target: 'Firefox öffnen', locale: 'de' },
    { source: 'Of Ireland', target: 'hÉireann', locale: 'ga', why: 'Irish initial mutation before a capital' },
    { source: 'A house', target: "'n Huis", locale: 'af' },
    { source: '_Open', target: '_Ouvrir', why: 'accelerator markers are skipped' },
    { source: '¿Save?', target: '¿Guardar?', locale: 'es' },
    { source: '<b>Note</b>', target: '<b>Remarque</b>' },
    { source: 'warning: cannot remove: %s', target: 'ПРЕДУПРЕЖДЕНИЕ: „%s“ не може да се изтрие', locale: 'bg', flags: ['c-format'], why: 'a first word in capitals' },
    { source: 'WARNING: checksum did NOT match', target: 'avís: la suma no coincideix', locale: 'ca' },
    { source: 'Unmatched \\{', target: '\\{ sans correspondance', why: 'the translation opens with the symbol: its first letter is mid-sentence' },
    { source: 'Unmatched ( or \\(', target: '„(“ или „\\(“ без еш', locale: 'bg' },
    { source: 'Unmatched [, [^, [:, [., or [=', target: '[, [^, [:, [., o [= desemparejado', locale: 'es' },
  ],
});

testCheck(overall, {
  fires: [
    { source: 'SAVE CHANGES', target: 'Enregistrer les modifications', message: /the source is written in capitals but the translation is not/ },
    { source: 'Save changes', target: 'ENREGISTRER LES MODIFICATIONS', message: /the translation is written in capitals/ },
  ],
  quiet: [
    { source: 'SAVE CHANGES', target: 'ENREGISTRER LES MODIFICATIONS' },
    { source: 'URL', target: 'URL-адрес', locale: 'ru', why: 'an acronym kept and inflected is not shouting' },
    { source: 'HTTP API', target: 'HTTP-API-Schnittstelle', locale: 'ru' },
    { source: 'Portable Document Format', target: 'PDF', why: 'abbreviation' },
    { source: 'Save changes', target: 'Änderungen Speichern', locale: 'de', why: 'pofilter disables this for German' },
    { source: 'SAVE CHANGES', target: '保存更改', locale: 'zh' },
    { source: 'Print XML', target: 'XML প্ৰিন্ট কৰক', locale: 'as', why: 'caseless script with a Latin acronym' },
    { source: 'Open the File Manager', target: 'Ouvrir le gestionnaire de fichiers', why: 'title case vs sentence case is a language choice' },
  ],
});

testCheck(misplacedCapitals, {
  fires: [
    { source: 'Hello', target: 'HEllo', message: /misplaced capitals in "HEllo"/ },
    { source: 'Open the file', target: 'Öffnen Sie die DAtei', locale: 'de' },
    { source: 'Which format would you like?', target: 'KOji format bi željeli?', locale: 'bs' },
  ],
  quiet: [
    { source: 'Open iPhone settings', target: 'Ouvrir les réglages de l’iPhone' },
    { source: 'Use OAuth', target: 'Utiliser OAuth', why: 'in the source' },
    { source: 'Delete URLs', target: 'Supprimer les URLs' },
    { source: 'Frequency', target: 'Fréquence en MHz' },
    { source: '19th century', target: 'XIXe siècle' },
    { source: 'Iceland', target: 'IJsland', locale: 'nl' },
    { source: 'McDonald', target: 'McDonald' },
    { source: 'Enable IPv6', target: 'Activer IPv6' },
    { source: 'Read FILE', target: 'Прочитать ФАЙЛа', locale: 'ru', why: 'metavariable with a case ending' },
    { source: 'Take PATTERNS from FILE', target: 'Ota HAHMOT TIEDOSTOsta', locale: 'fi' },
    { source: 'Convert to LF', target: 'Muunna LFanna', locale: 'fi', why: 'two-letter acronym of the source, inflected' },
    { source: 'IUse%', target: 'IUso%', locale: 'es', why: 'a word of the source with the same capitals, adapted' },
    { source: 'Type of GVariant', target: 'GVariant를 입력', locale: 'ko' },
    { source: 'Create a stream', target: 'GMemoryInputStream erstellen', locale: 'de', why: 'CamelCase identifier' },
    { source: 'September', target: 'MFómh', locale: 'ga' },
  ],
});

testCheck(acronyms, {
  fires: [
    { source: 'HTTP API', target: 'interface', message: /acronyms "HTTP", "API" missing/ },
    { source: 'Insert a USB stick', target: 'Insérez une clé', message: /"USB"/ },
  ],
  quiet: [
    { source: 'Open URL', target: 'Ouvrir l’URL' },
    { source: 'Copy URL', target: 'URL:n kopiointi', locale: 'fi', why: 'Finnish inflects with a colon' },
    { source: 'OK', target: 'Aceptar', locale: 'es', why: 'commonly translated' },
    { source: 'Size in MB', target: 'Taille en Mo' },
    { source: 'Chapter IV', target: 'Chapitre 4' },
    { source: 'SAVE ALL CHANGES', target: 'TOUT ENREGISTRER', why: 'shouting, not acronyms' },
    { source: 'Open URL', target: 'افتح الرابط', locale: 'ar', why: 'Arabic translates acronyms (pofilter)' },
    { source: 'Open USB', target: 'ＵＳＢを開く', locale: 'ja', why: 'full-width Latin letters' },
    { source: 'United Nations (UN)', target: 'Nations unies (ONU)', options: { ignore: ['UN'] } },
    { source: 'Value: %(NAME)s', target: 'Valeur : %(NAME)s', flags: ['python-format'] },
    { source: 'Search for PATTERNS in each FILE.', target: 'Busca PATRÓNS en cada FICHERO.', locale: 'gl', why: 'metavariables translated in capitals' },
    { source: 'There is NO WARRANTY', target: 'Yasaların izin verdiği ölçüde garanti yoktur', locale: 'tr', why: 'emphasis, not acronyms' },
    { source: '  -m, --max-count=NUM  stop after NUM lines', target: '  -m, --max-count=რიცხვი  გაჩერება', locale: 'ka', why: 'a metavariable' },
    { source: 'Usage: %s [OPTION]... PATTERNS [FILE]...', target: '사용법: %s [<옵션>]... <패턴> [<파일>]...', locale: 'ko', flags: ['c-format'] },
  ],
});
