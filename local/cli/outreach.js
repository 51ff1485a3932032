#!/usr/bin/env node
// Entry point of `npx outreach`: runs the TypeScript CLI through tsx.
require('../runtime/preload.cjs');
require('tsx/cjs');
require('./outreach');
