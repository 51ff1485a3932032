// Preloaded by `npm start`, the `outreach` CLI and `npm run bench` (node --require).
// Middy v7 ships ESM only, with an `exports` map that has no `require` condition. On Lambda esbuild
// bundles it; locally the handlers run as CommonJS under tsx, so resolve `@middy/*` to its entry file
// and let Node (>= 20.19) load that ES module through require(esm). Jest does the same with moduleNameMapper.
const Module = require('node:module');
const path = require('node:path');

const root = path.join(__dirname, '..', '..', 'node_modules');
const original = Module._resolveFilename;
Module._resolveFilename = function resolveEsmOnly(request, ...rest) {
  const match = /^@middy\/([a-z-]+)$/.exec(request);
  if (match) return path.join(root, '@middy', match[1], 'index.js');
  return original.call(this, request, ...rest);
};

// Lambda runs Node 22; the SDK's notice about Node 20 support ending in 2027 is noise on a laptop.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
