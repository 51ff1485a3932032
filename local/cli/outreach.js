#!/usr/bin/env node
// Entry point of `npx outreach`: runs the TypeScript CLI through tsx.
require('tsx/cjs');
require('./outreach.ts');
