import aroundTags from './around-tags.js';
import { testCheck } from '../../testing/check-tester.js';

testCheck(aroundTags, {
  fires: [
    { source: 're<b>load</b>', target: 'neu <b>laden</b>', locale: 'de', message: /inside a word in the source/ },
    { source: 'Click <b>Save</b> now', target: 'Cliquez sur<b>Enregistrer</b> maintenant', message: /letter right before/ },
  ],
  quiet: [
    { source: 'Click <b>Save</b>', target: '点击<b>保存</b>', locale: 'zh', why: 'Chinese needs no spaces' },
    { source: 'Click <b>Save</b>', target: 'Klicken Sie auf <b>Speichern</b>', locale: 'de' },
    { source: 'Open the <b>file</b> now', target: 'افتح الـ<b>ملف</b> الآن', locale: 'ar', why: 'Arabic prefixes attach to the word' },
    { source: 'Press <b>Save</b> to continue', target: '<b>저장</b>을 눌러 계속하세요', locale: 'ko', why: 'Korean particles attach after' },
    { source: 'the <b>screen</b>', target: 'l’<b>écran</b>' },
  ],
});
