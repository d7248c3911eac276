import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { precompressAssets } from './build-tools/precompress-assets';
import { reportEntrySizes } from './build-tools/report-entry-sizes';
import { webAppManifest } from './build-tools/web-app-manifest';

// In development the API and relay run on 8787 (pnpm dev); Vite proxies to them.
export default defineConfig({
  plugins: [
    react(),
    VitePWA({
      // A new version is offered ("Reload"), never applied by itself: see src/offline/UpdateOffer.tsx.
      registerType: 'prompt',
      // Registered by the signed-in shell (src/offline/), not by index.html: a signed-out visitor
      // downloads neither the registration code nor the precache.
      injectRegister: false,
      manifest: webAppManifest,
      includeAssets: ['icons/apple-touch-icon-180.png', 'icons/favicon-48.png'],
      workbox: {
        // The shell, every lazily loaded route's chunk (editor, library), styles and icons: the app
        // opens and reloads offline once a signed-in visit installed the worker.
        globPatterns: ['**/*.{js,css,html,png,svg,woff2,webmanifest}'],
        // The editor's shared chunk is larger than Workbox's 2 MiB default would allow in time.
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        navigateFallback: '/index.html',
        // The API, the relay and the health check are never answered by the worker; the API's
        // offline data is the query persister's (src/offline/persisted-queries.ts).
        navigateFallbackDenylist: [/^\/api(\/|$)/, /^\/sync(\/|$)/, /^\/health$/],
        runtimeCaching: [],
        cleanupOutdatedCaches: true,
        // The first worker controls the open page at once (so offline works without a reload);
        // later versions wait until the person chooses "Reload".
        clientsClaim: true,
        skipWaiting: false,
      },
    }),
    // After the service worker is written: compress every text file, then print the sizes.
    precompressAssets(),
    reportEntrySizes(),
  ],
  build: {
    // Every browser that runs the app supports modulepreload: no polyfill in the first download.
    modulePreload: { polyfill: false },
    // The worksheet page's chunk (Tiptap, ProseMirror, Yjs) is loaded only when a worksheet opens.
    chunkSizeWarningLimit: 800,
  },
  server: {
    proxy: {
      '/api': 'http://localhost:8787',
      '/health': 'http://localhost:8787',
      '/sync': { target: 'ws://localhost:8787', ws: true },
    },
  },
});
