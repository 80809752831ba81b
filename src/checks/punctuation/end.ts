import { languageOf } from '../../core/locale.js';
import { defineCheck } from '../../core/check.js';
import { maskText } from '../../syntax/mask.js';
import { translatedForms } from '../source-for-form.js';
import { describeEnding, endingOf, endKindsAgree, endMarkFor, endsWithPlaceholder, isCredits } from './conventions.js';

// Abbreviations that end a translation with a stop where the source has none ("Jan" -> "janv.").
const ABBREVIATION_END = /(?:^|[\s(])(?:\p{L}{1,4}|etc|usw|bzw|ecc|itd|itp|т\.\s?[дп]|др|пр|vb|vs|ua|z\.\s?B|o\.\s?ä|u\.\s?a)\.$/iu;
const LETTER = /\p{L}/gu;
// CJK text followed by an ASCII mark where full-width punctuation belongs.
const CJK_BEFORE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]$/u;
const FULL_WIDTH: Record<string, Record<string, string>> = {
  zh: { '.': '。', '?': '？', '!': '！', ':': '：', ';': '；' },
  ja: { '.': '。' },
};

export default defineCheck({
  id: 'punctuation/end',
  severity: 'info',
  summary: 'final punctuation of the translation differs from the source (after mapping to the target language)',
  peers: {
    pofilter: ['endpunc'],
    weblate: ['end_stop', 'end_colon', 'end_question', 'end_exclamation', 'end_ellipsis', 'end_semicolon', 'end_interrobang'],
    poexam: ['punc-end'],
  },
  appliesTo: (unit) => !isCredits(unit),
  check(unit, _context, report) {
    const language = languageOf(unit.locale);
    const sourceLanguage = languageOf(unit.sourceLocale);
    for (const { form, target, source } of translatedForms(unit)) {
      const maskedSource = withoutAcceleratorHint(maskText(unit, source));
      const maskedTarget = withoutAcceleratorHint(maskText(unit, target));
      const want = endingOf(maskedSource, sourceLanguage);
      const have = endingOf(maskedTarget, language);
      if (have.end === 0) continue;
      if (!endKindsAgree(want.kind, have.kind, language)) {
        // Word order moved a final placeholder ("Report bugs to: %s" -> "… %s címen jelenthetők."):
        // the source's end says nothing about the punctuation the sentence needs.
        if (endsWithPlaceholder(maskedSource, want) !== endsWithPlaceholder(maskedTarget, have)) continue;
        // "? at start of expression" -> "表示式開頭有 ?": the mark is a symbol the source talks about.
        if (want.kind === 'none' && have.mark.length === 1 && maskedSource.includes(have.mark)) continue;
        if (want.kind === 'none' && have.kind === 'stop' && ABBREVIATION_END.test(maskedTarget.slice(0, have.end))) continue;
        // Very short sources ("No.", "OK") are often shortcuts or labels (Weblate skips them too).
        if ((want.kind === 'stop' && have.kind === 'none') || (want.kind === 'none' && have.kind === 'stop')) {
          if ((maskedSource.match(LETTER)?.length ?? 0) <= 3) continue;
        }
        const message = want.kind === 'none'
          ? `ends with ${describeEnding(have)} but the source has no end punctuation`
          : `ends with ${describeEnding(have)} but the source ends with ${describeEnding(want)}`;
        const mark = have.kind === 'none' ? endMarkFor(want.kind, want.mark, unit.locale, language) : undefined;
        // Only appending is offered: replacing a mark may turn a question into a statement; and
        // not after a closing mnemonic hint, where the mark would belong before it.
        if (mark !== undefined && withoutAcceleratorHint(target) === target) {
          const at = trimmedEnd(target);
          report({ form, message, fix: { replacement: target.slice(0, at) + mark + target.slice(at), safe: true, form } });
        } else {
          report({ form, message });
        }
        continue;
      }
      const fullWidth = FULL_WIDTH[language]?.[have.mark];
      if (fullWidth && CJK_BEFORE.test(maskedTarget.slice(0, have.start))) {
        const message = `ends with "${have.mark}" after ${language === 'zh' ? 'Chinese' : 'Japanese'} text; use "${fullWidth}"`;
        const raw = endingOf(target, language);
        if (raw.mark === have.mark) {
          report({ form, message, fix: { replacement: target.slice(0, raw.start) + fullWidth + target.slice(raw.start + 1), safe: true, form } });
        } else {
          report({ form, message });
        }
      }
    }
  },
});

// CJK-style accelerator hints close the translation: "新建…(_N)", "ファイル(&F)".
const ACCELERATOR_HINT = /\s*\([&_~][\p{L}\p{N}]\)\s*$/u;

function withoutAcceleratorHint(text: string): string {
  return text.endsWith(')') ? text.replace(ACCELERATOR_HINT, '') : text;
}

function trimmedEnd(text: string): number {
  let end = text.length;
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  return end;
}
