/** Code that prose mentions and translations must keep: function names `rgb()`, command-line options `--help`. */

export interface CodeWord {
  text: string;
  start: number;
}

// pofilter's reference forms: pam_*_item(), window.resizeBy(), Class::method(), ptr->method(); only empty parentheses.
// Names are ASCII identifiers, so a name glued to Chinese or Japanese text ("调用open()") is still found.
const FUNCTION = /(?<![A-Za-z0-9_.])@?[A-Za-z_][A-Za-z0-9_]*(?:(?:::|->|\.)[A-Za-z_][A-Za-z0-9_]*)*\(\)/g;

export function functionNames(text: string): CodeWord[] {
  if (!text.includes('()')) return [];
  return [...text.matchAll(FUNCTION)].map((m) => ({ text: m[0], start: m.index }));
}

export interface CliOption extends CodeWord {
  /** The option itself, without `=VALUE`. */
  name: string;
  /** The value after `=`, if written. */
  value: string | undefined;
}

// `--name` not glued to a Latin word; "--" alone and em-dash pairs ("a -- b", "yes--no") are not options.
// Options are ASCII, so one glued to Chinese text ("使用--follow=name，") still reads right.
const OPTION = /(?<![A-Za-z0-9_-])--[A-Za-z0-9][A-Za-z0-9_-]*(?:=((?:[A-Za-z0-9_.:/+@%~*-]|\[[^\]\s]*\]|<[^<>\s]*>)+))?/g;

export function cliOptions(text: string): CliOption[] {
  if (!text.includes('--')) return [];
  return [...text.matchAll(OPTION)].map((m) => {
    const value = m[1]?.replace(/[.:!?]+$/, '');
    const name = value === undefined ? m[0].replace(/[-_]+$/, '') : m[0].slice(0, m[0].indexOf('='));
    return { text: m[0], start: m.index, name, value: value || undefined };
  });
}
