#!/usr/bin/env node
// Entry point of `npx outreach`: runs the TypeScript CLI through tsx.
require('../runtime/preload.cjs');
require('tsx/cjs');
// With the extension: './outreach' would resolve to this very file.
require('./outreach.ts');
