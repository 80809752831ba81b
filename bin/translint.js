#!/usr/bin/env node
// dist/translint.js is the CLI bundled into one file (scripts/bundle.mjs): faster to start.
import { main } from '../dist/translint.js';

process.exitCode = await main(process.argv.slice(2));
