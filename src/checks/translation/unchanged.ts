import { defineCheck } from '../../core/check.js';
import { languageOf } from '../../core/locale.js';
import { translatedForms } from '../source-for-form.js';
import { isCreditsUnit } from './credits.js';

// Placeholders, tags, URLs, e-mails, paths and numbers say nothing about whether words were translated.
const NOT_WORDS = /%(?:\d+\$)?[-+ #0]*\d*(?:\.\d+)?[hlLqjzt]*[a-zA-Z@]|%\([^)]*\)[a-z]|\{\{?[^{}]*\}\}?|\$\{[^}]*\}|<[^<>]*>|&[a-z]+;|\b[a-z]+:\/\/\S+|\S+@\S+\.\w+|(?:~|\.{0,2})\/[\w.\/-]+|[\d.,:]+/gi;
const LETTER = /\p{L}/u;
// Words every language keeps (international abbreviations, units, protocol and file-type names).
const INTERNATIONAL = new Set(['ok', 'id', 'url', 'uri', 'http', 'https', 'ftp', 'ssh', 'pdf', 'png', 'jpeg', 'jpg', 'gif', 'svg', 'html', 'css', 'xml', 'json', 'csv', 'utf-8', 'usb', 'cpu', 'gpu', 'ram', 'dns', 'ip', 'ipv4', 'ipv6', 'tcp', 'udp', 'vpn', 'wi-fi', 'wifi', 'bluetooth', 'email', 'e-mail', 'online', 'offline', 'internet', 'web', 'gnome', 'kde', 'linux', 'unix', 'gnu', 'debian', 'ubuntu', 'windows', 'macos', 'android', 'ios', 'api', 'sql', 'mb', 'kb', 'gb', 'tb', 'kib', 'mib', 'gib', 'hz', 'khz', 'mhz', 'ghz', 'dpi', 'px', 'pt', 'cm', 'mm', 'km', 'rgb', 'cmyk', 'hsv', 'gtk', 'qt', 'x11', 'wayland', 'sha1', 'sha256', 'md5', 'gpg', 'pgp', 'openpgp', 'smtp', 'imap', 'pop3', 'ldap', 'tls', 'ssl', 'x509', 'rss', 'atom', 'ascii', 'unicode', 'tab', 'ctrl', 'alt', 'shift', 'esc', 'fn', 'home', 'end', 'backspace', 'enter', 'total', 'normal', 'status', 'version', 'info', 'logo', 'radio', 'video', 'audio', 'stop', 'start', 'test', 'hotel', 'menu', 'mode', 'modem', 'server', 'proxy', 'port', 'host', 'hostname', 'cache', 'cookie', 'cookies', 'plugin', 'plugins', 'firmware', 'kernel', 'shell', 'terminal', 'script', 'bit', 'byte', 'bytes', 'pixel', 'pixels', 'zoom', 'no', 'si', 'auto', 'manual', 'minimal', 'maximal', 'optimal', 'global', 'local', 'original', 'panorama', 'fax', 'tv', 'sms', 'mms', 'gps', 'nfc', 'lan', 'wan', 'dhcp', 'nat', 'mac', 'uuid', 'guid', 'hdmi', 'vga', 'dvi', 'dvd', 'cd', 'bios', 'uefi', 'raid', 'lvm', 'ext4', 'btrfs', 'xfs', 'ntfs', 'fat', 'fat32', 'exfat', 'iso', 'zip', 'tar', 'gzip', 'bzip2', 'xz', 'zstd', 'deb', 'rpm']);

/** The words of a string, lower-cased, with placeholders, markup, URLs and numbers removed. */
function words(text: string): string[] {
  return text.replace(NOT_WORDS, ' ').toLowerCase().split(/[^\p{L}\p{M}\p{N}'’-]+/u).filter((word) => LETTER.test(word));
}

export default defineCheck({
  id: 'translation/unchanged',
  severity: 'warning',
  summary: 'the translation is identical to the source (skipping names, acronyms, international words and code)',
  peers: { pofilter: ['unchanged'], weblate: ['same'], okapi: ['targetSameAsSource'], poexam: ['unchanged'] },
  appliesTo: (unit) => languageOf(unit.locale) !== languageOf(unit.sourceLocale) && !isCreditsUnit(unit.source),
  check(unit, _context, report) {
    for (const { form, source, target } of translatedForms(unit)) {
      if (source !== target) continue;
      const sourceWords = words(source);
      if (sourceWords.length === 0) continue;
      // A single letter, an all-caps token, or only international words: leaving it is normal.
      if (sourceWords.every((word) => word.length <= 1 || INTERNATIONAL.has(word))) continue;
      const letters = source.replace(NOT_WORDS, '').replace(/[^\p{L}]/gu, '');
      if (letters === letters.toUpperCase() && letters.length <= 12) continue;
      // One capitalised word that is not a common word (a product or proper name like "Firefox").
      if (sourceWords.length === 1 && /^[\p{Lu}][\p{Ll}]+(?:[\p{Lu}][\p{Ll}]*)+$/u.test(source.trim())) continue;
      report({ form, message: 'the translation is the same as the source: translate it, or mark the unit if it must stay unchanged' });
    }
  },
});
