import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The server (`apps/server`) that `vite dev` proxies to; `pnpm start` there serves the built app itself. */
const SERVER = process.env.CANVAS_SERVER_URL ?? 'http://127.0.0.1:3999';

export default defineConfig({
  plugins: [react()],
  // @tldraw/assets resolves fonts, icons and translations with `new URL(..., import.meta.url)`:
  // pre-bundling would break those URLs in dev.
  optimizeDeps: { exclude: ['@tldraw/assets'] },
  server: {
    proxy: {
      '/api': { target: SERVER, changeOrigin: true },
      '/sync': { target: SERVER, ws: true, changeOrigin: true },
    },
  },
  build: {
    outDir: 'dist',
    // tldraw alone is ~1.7 MB of JS; one chunk keeps the CSP (`script-src 'self'`) story simple.
    chunkSizeWarningLimit: 4000,
    // Never inline assets as data: URLs: tldraw fetch()es its translations, and the CSP's
    // `connect-src 'self'` refuses data: URLs (the tiny en.json would otherwise be inlined).
    assetsInlineLimit: 0,
  },
});
