import type { Check } from '../../core/check.js';
import angular from './angular.js';
import cliOptions from './cli-options.js';
import componentTags from './component-tags.js';
import csharp from './csharp.js';
import custom from './custom.js';
import esTemplate from './es-template.js';
import fluent from './fluent.js';
import functions from './functions.js';
import i18next from './i18next.js';
import icu from './icu.js';
import javaMessageFormat from './java-messageformat.js';
import kdeOpenofficeMozilla from './kde-openoffice-mozilla.js';
import laravel from './laravel.js';
import pedantic from './pedantic.js';
import percentNamed from './percent-named.js';
import perlBrace from './perl-brace.js';
import printf from './printf.js';
import pythonBrace from './python-brace.js';
import pythonPercent from './python-percent.js';
import qt from './qt.js';
import qtPlural from './qt-plural.js';
import ruby from './ruby.js';
import scheme from './scheme.js';
import unnamedMultiple from './unnamed-multiple.js';
import vue from './vue.js';

export const placeholderChecks: Check[] = [
  printf, pythonPercent, pythonBrace, icu,
  perlBrace, javaMessageFormat, csharp, qt, qtPlural, ruby, scheme, i18next, vue, angular, esTemplate, laravel, percentNamed,
  componentTags, fluent, kdeOpenofficeMozilla, custom, functions, cliOptions, unnamedMultiple, pedantic,
];
