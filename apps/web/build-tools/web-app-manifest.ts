import type { ManifestOptions } from 'vite-plugin-pwa';

/** What an installed Interlude is called and looks like; colours are the app's tokens (styles/base.css). */
export const webAppManifest: Partial<ManifestOptions> = {
  id: '/',
  name: 'Interlude',
  short_name: 'Interlude',
  description: 'Homework between therapy sessions, shared with your therapist, online or offline.',
  start_url: '/',
  scope: '/',
  display: 'standalone',
  theme_color: '#1d6150',
  background_color: '#f6f5f1',
  lang: 'en',
  icons: [
    { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
    { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
    { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
  ],
};
