import timeDateMeasure from './time-date-measure.js';
import { testCheck } from '../../testing/check-tester.js';

testCheck(timeDateMeasure, {
  fires: [
    { source: 'Distance: 5 km', target: 'Distance : 5 mi', message: /5 km became 5 mi/ },
    { source: 'Backup at 3:00 PM', target: 'Sicherung um 14:00', locale: 'de', message: /3:00 PM \(15:00\) is 14:00/ },
    { source: 'Max 20 °C', target: 'Max 20 °F', message: /20 °C became 20 °F/ },
  ],
  quiet: [
    { source: 'Backup at 3:00 PM', target: 'Sicherung um 15:00', locale: 'de', why: '12-hour to 24-hour clock' },
    { source: 'Backup at 3:00 PM', target: 'Sauvegarde à 15h00', why: 'French clock style' },
    { source: 'Backup at 3:00 PM', target: '午後3:00にバックアップ', locale: 'ja' },
    { source: 'Backup at 3:00 PM', target: 'Sicherung um 15 Uhr', locale: 'de', why: 'written in words: not compared' },
    { source: 'Size: 5 GB', target: 'Taille : 5 Go', why: 'French octets' },
    { source: 'Size: 5 GB', target: 'Размер: 5 ГБ', locale: 'ru' },
    { source: 'Distance: 5 km', target: 'Distance : 3,1 mi', why: 'converted: number/mismatch decides' },
  ],
});
