import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check } from '../api.js';
import { tempProject as project } from '../testing/fixtures.js';

const resources = (body: string): string => `<?xml version="1.0" encoding="utf-8"?>\n<resources>\n${body}\n</resources>\n`;

describe('a project mixing Android, Apple and PO files', () => {
  it('pairs every one-language file with its own source file and checks them all', async () => {
    const dir = project({
      'android/app/src/main/res/values/strings.xml': resources('    <string name="deleted">Deleted %1$d files</string>\n    <string name="title">Settings</string>'),
      'android/app/src/main/res/values-ru/strings.xml': resources('    <string name="title">Настройки</string>\n    <string name="deleted">Удалено %1$s файлов</string>'),
      'android/app/src/main/res/values-night/colors.xml': resources('    <color name="bg">#000</color>'),
      'ios/App/en.lproj/Localizable.strings': '"deleted" = "Removed %d items";\n"title" = "Preferences";\n',
      'ios/App/ru.lproj/Localizable.strings': '"title" = "Параметры";\n"deleted" = "Удалено %@ элементов";\n',
      'po/ru.po': 'msgid ""\nmsgstr ""\n"Language: ru\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n#, c-format\nmsgid "Erased %d records"\nmsgstr "Стёрто %s записей"\n',
    });
    const report = await check(['.'], { cwd: dir });
    assert.deepEqual(report.errors, []);
    assert.equal(report.summary.files, 6);
    const printf = report.findings.filter((f) => f.ruleId === 'placeholder/printf');
    assert.deepEqual(
      printf.map((f) => [f.file, f.unit.key, f.unit.source, f.unit.target]),
      [
        ['android/app/src/main/res/values-ru/strings.xml', 'deleted', 'Deleted %1$d files', 'Удалено %1$s файлов'],
        ['ios/App/ru.lproj/Localizable.strings', 'deleted', 'Removed %d items', 'Удалено %@ элементов'],
        ['po/ru.po', 'Erased %d records', 'Erased %d records', 'Стёрто %s записей'],
      ],
    );
    for (const finding of printf) assert.equal(finding.unit.locale, 'ru');
    // Source-language files are read as sources, never checked against themselves.
    assert.equal(report.findings.some((f) => f.file.includes('/values/') || f.file.includes('en.lproj')), false);
  });
});
