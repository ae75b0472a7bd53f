import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { NAMESPACES } from './src/app/i18n/languages';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

// What the entry imports statically, in the entry's file; each language's texts of the tablet's first screens
// (lock, Today, their banners) in one file per language, instead of one per namespace.
const FIRST_ROUTE_NAMESPACES: readonly string[] = NAMESPACES;
const FIRST_ROUTE_GROUPS = [
  { name: 'index', tags: ['$initial' as const] },
  {
    name: (id: string) => {
      const [, lng, ns] = /[\\/]locales[\\/]([^/\\]+)[\\/]([^/\\.]+)\.json$/.exec(id) ?? [];
      return lng && ns && FIRST_ROUTE_NAMESPACES.includes(ns) ? `locale-${lng}` : null;
    },
  },
];

export default defineConfig({
  define: { __APP_VERSION__: JSON.stringify(process.env.URA_BUILD_ID ?? version) },
  build: {
    target: 'es2022',
    sourcemap: true,
    // The tablet's browser (Chromium) preloads modules itself: no polyfill in the entry.
    modulePreload: { polyfill: false },
    // Fewer, larger files on a restarted tablet's path (issue 2, first-route JS): gzip does better on one file
    // than on fifty small ones. `node scripts/bench/firstRoute.mjs --dist <dir> --build` shows what is on it.
    rolldownOptions: { output: { codeSplitting: { groups: FIRST_ROUTE_GROUPS } } },
  },
  server: { proxy: { '/api': 'http://localhost:8080' } },
  plugins: [
    react(),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg', 'icon.svg', 'icons/apple-touch-icon.png'],
      manifest: {
        name: 'Ura',
        short_name: 'Ura',
        description: 'Session log for e-government support centres',
        lang: 'sq',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'any',
        background_color: '#f6f8f7',
        theme_color: '#0b5d4b',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // The shell and every language chunk: the app starts and switches language with no network.
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [/^\/api\//],
        cleanupOutdatedCaches: true,
      },
    }),
  ],
});
