import negation from './negation.js';
import { testCheck } from '../../testing/check-tester.js';

testCheck(negation, {
  fires: [
    { source: 'Do not save', target: 'Speichern', locale: 'de', message: /drops the negation.*did you mean "Nicht speichern"/ },
    { source: 'Show all files', target: 'Не показывать все файлы', locale: 'ru', message: /no negation; did you mean "Показывать все файлы"/ },
    { source: 'Enable notifications', target: 'Ne pas activer les notifications', locale: 'fr' },
    { source: "Don't ask again", target: 'Preguntar de nuevo', locale: 'es' },
    { source: 'Allow access', target: 'Nie zezwalaj na dostęp', locale: 'pl' },
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
    { source: 'Wait until the download finishes', target: 'Espere hasta que no queden descargas', locale: 'es' },
  ],
});
