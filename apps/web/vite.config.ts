import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// In development the API and relay run on 8787 (pnpm dev); Vite proxies to them.
export default defineConfig({
  plugins: [react()],
  build: {
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
