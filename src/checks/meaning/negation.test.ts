import negation from './negation.js';
import { testCheck } from '../../testing/check-tester.js';

testCheck(negation, {
  fires: [
    { source: 'Do not save', target: 'Speichern', locale: 'de', message: /drops the negation.*did you mean "Nicht speichern"/ },
    { source: 'Show all files', target: 'Не показывать все файлы', locale: 'ru', message: /no negation; did you mean "Показывать все файлы"/ },
    { source: 'Enable notifications', target: 'Ne pas activer les notifications', locale: 'fr' },
    { source: "Don't ask again", target: 'Preguntar de nuevo', locale: 'es' },
    { source: 'Allow access', target: 'Nie zezwalaj na dostęp', locale: 'pl' },
    { source: 'Do not disconnect', target: 'Déconnecter', locale: 'fr', message: /drops the negation/, why: 'dé- is the prefix of "disconnect" itself, which the word translates' },
    { source: 'Not supported', target: 'Unterstützt', locale: 'de', message: /drops the negation/, why: '"un" followed by no word is no prefix' },
    { source: 'Do not install', target: 'Installare', locale: 'it', message: /did you mean "Non installare"/ },
    { source: 'Show hidden folders', target: 'Versteckte Ordner nicht anzeigen', locale: 'de', message: /no negation/, why: '"hidden" is rendered (versteckte); the negator stands by "anzeigen" (show)' },
    { source: 'Unsaved changes', target: 'Cambios guardados', locale: 'es', message: /"guardados" means "saved", not "unsaved".*did you mean "Cambios no guardados"/ },
  ],
  quiet: [
    { source: 'Failed to open the file', target: 'Не удалось открыть файл', locale: 'ru' },
    { source: 'Unknown error', target: 'Неизвестная ошибка', locale: 'ru' },
    { source: 'Do not ask again', target: 'Больше не спрашивать', locale: 'ru' },
    { source: 'Not available', target: 'Недоступно', locale: 'ru' },
    { source: 'Invalid name', target: 'Nom non valide', locale: 'fr' },
    { source: 'No files', target: 'Keine Dateien', locale: 'de' },
    { source: 'Hide', target: 'Nicht anzeigen', locale: 'de' },
    { source: 'Save', target: 'Enregistrer', locale: 'fr' },
    { source: 'Cannot open the file', target: 'Impossible d’ouvrir le fichier', locale: 'fr', why: '"impossible" renders "cannot"' },
    { source: 'Unsaved changes', target: 'Cambios no guardados', locale: 'es' },
    { source: 'Unknown device', target: 'Appareil inconnu', locale: 'fr' },
    { source: 'Invisible', target: 'Unsichtbar', locale: 'de' },
    { source: 'Invalid hostname', target: 'El nombre del host no es válido', locale: 'es', why: 'the negator goes with the rendering of "invalid"' },
    { source: 'failed to get attributes of %s', target: 'konnte Attribute von %s nicht holen', locale: 'de', flags: ['c-format'], why: '"konnte" (a weak alignment of "failed") renders nothing by itself' },
    { source: 'Attribute not found', target: 'Attribut introuvable', locale: 'fr', why: 'only a weak alignment links "introuvable" to "found"' },
    { source: 'wait for system to be online', target: 'подождать, пока система не будет подключена к сети', locale: 'ru', why: 'the negator precedes no rendering of a positive source word' },
    { source: '%s -> %s (unbackup)', target: '%s -> %s (Löschen der Sicherung)', locale: 'de', flags: ['c-format'], why: '"unbackup" is no known word' },
    { source: 'Skip hidden files', target: 'Не пропускать скрытые файлы', locale: 'ru', why: 'the negator stands by the rendering of an implicitly negative word (skip): no evidence' },
    { source: 'Wait until the download finishes', target: 'Espere hasta que no queden descargas', locale: 'es' },
  ],
});
