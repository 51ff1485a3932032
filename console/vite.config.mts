import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/**
 * The staff console's build: static files under `/console/`, which the local API server serves at the
 * platform's address and CDK uploads to the console bucket behind CloudFront. No inline scripts (the CSP
 * forbids them), one chunk per page (each page is a dynamic import in `src/app/pages.ts`).
 */
export default defineConfig({
  root: __dirname,
  base: '/console/',
  logLevel: 'warn',
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  build: {
    outDir: resolve(__dirname, 'dist'),
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 2000,
    modulePreload: { polyfill: false },
    rolldownOptions: {
      // Cloudscape's modules start with React's 'use client', which means nothing to a static bundle.
      onLog: (level, log, handler) => (log.code === 'MODULE_LEVEL_DIRECTIVE' ? undefined : handler(level, log)),
      input: { index: resolve(__dirname, 'index.html'), 'api-docs': resolve(__dirname, 'api-docs.html') },
    },
  },
});
