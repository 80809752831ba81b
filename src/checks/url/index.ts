import type { Check } from '../../core/check.js';
import emails from './emails.js';
import ip from './ip.js';
import paths from './paths.js';
import urlOnly from './url-only.js';
import urls from './urls.js';

export const urlChecks: Check[] = [urls, urlOnly, emails, paths, ip];
