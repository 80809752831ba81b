import printf from './printf.js';
import { testCheck } from '../../testing/check-tester.js';

const c = ['c-format'];

testCheck(printf, {
  fires: [
    { source: 'Deleted %d files', target: 'Fichiers supprimés', flags: c, message: /missing %d/ },
    { source: 'Copy %s to %s', target: 'Copier %d vers %s', flags: c, message: /%d where the source has %s/ },
    { source: 'Size: %lu bytes', target: 'Taille : %u octets', flags: c, message: /long int expected, int given/ },
    { source: '%s', target: '%s %s', flags: c, message: /%s is not in the source/ },
    { source: '%1$s of %2$s', target: '%1$s sur %3$s', flags: c, message: /missing %2\$s/ },
    { source: 'Read %<PRIu64> bytes', target: 'Lu %d octets', flags: c, message: /int64 expected/ },
    { why: 'Russian form 0 also serves 21, 31...: dropping %d there is a real bug', source: 'One file', sourcePlural: '%d files', targets: ['Один файл', '%d файла', '%d файлов'], flags: c, locale: 'ru', pluralForms: 'nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);', message: /missing %d in plural form 0/ },
    { why: 'no flags anywhere (msgunfmt output): guessed from the source', source: 'Deleted %d files', target: 'Fichiers supprimés', message: /missing %d/ },
    { source: 'Width %*d', target: 'Largeur %d', flags: c, message: /missing/ },
    { why: 'same type, but %250s pads the string where %.250s cut it', source: '  %.250s is not installed.\n', target: ' %250s není nainstalován.\n', flags: c, message: /%250s where the source has %\.250s: precision \.250 dropped/, severity: 'warning' },
    { source: 'Progress: %.1f%%', target: 'Fortschritt: %.2f%%', flags: c, message: /precision \.1 changed to \.2/, severity: 'warning' },
    { why: 'a zero precision prints nothing of the string', source: 'Name: %s', target: 'Nom : %.s', flags: c, message: /precision \.0 added/ },
    { why: 'unordered arguments swapped: the limit moved to the other string', source: 'end of file in %s in %.255s', target: 'fin de fichier dans %.255s dans %s', flags: c, message: /%s where the source has %\.255s: precision \.255 dropped/ },
    { why: 'no flags anywhere: a directive added to a source without any still reaches printf', source: 'Cannot set permissions on symlinks', target: 'Impossible de définir les droits : %s', message: /%s is not in the source/ },
  ],
  quiet: [
    { source: 'Deleted %d files', target: '%d fichiers supprimés', flags: c },
    { why: 'reordering with positions is allowed', source: '%1$s of %2$s', target: '%2$s sur %1$s', flags: c },
    { source: '100%% done', target: 'Terminé à 100%%', flags: c },
    { why: 'prose percent in a unit that is not c-format', source: '100% sure', target: 'sûr à 100%', flags: ['no-c-format'] },
    { why: 'French form 0 serves only 0 and 1: msgfmt lets it drop the count', source: 'One file', sourcePlural: '%d files', targets: ['Un fichier', '%d fichiers'], flags: c, locale: 'fr', pluralForms: 'nplurals=2; plural=(n > 1);' },
    { why: 'singular form without a Plural-Forms header (CLDR decides)', source: 'One file', sourcePlural: '%d files', targets: ['Ein Datei', '%d Dateien'], flags: c, locale: 'de' },
    { why: 'catalog with flags: an unflagged unit is not a format string', source: 'Progress: 50% done', target: 'Fortschritt: 50 % erledigt', flags: ['fuzzy'] },
    { why: 'space flag alone is prose', source: '100% of files', target: '100 % des fichiers' },
    { source: 'Name: %s', target: '', flags: c, why: 'untranslated units are for translation/missing' },
    { why: 'no flags anywhere: a strftime format is not printf', source: '%H:%M:%S', target: '%r' },
    { source: '%a %b %e %H:%M:%S %Y', target: '%a %d %b %Y %T %Z', why: 'strftime: %e and %d are days' },
    { source: '%m/%d/%y', target: '%d.%m.%y' },
    { why: 'a width change realigns columns; only the precision changes what is printed', source: '%-20s %s', target: '%-28s %s', flags: c },
    { source: 'Done: %5.1f%%', target: 'Fait : %6.1f %%', flags: c },
    { source: 'Line: %.*s', target: 'Ligne : %.*s', flags: c },
    { source: '%.0f s', target: '%.f s', flags: c, why: 'an empty precision is zero' },
    { source: "cannot open '%s'", target: "impossible d'ouvrir « %.250s »", flags: c, why: 'a limit added to a string only shortens very long values' },
    { source: "cannot open '%.255s'", target: "impossible d'ouvrir « %.250s »", flags: c, why: 'a string limit of 250 or 255 makes no difference to a reader' },
    { source: 'Date format', target: '%d.%m.%Y', why: 'a strftime format added to a plain source is no printf directive' },
  ],
});
