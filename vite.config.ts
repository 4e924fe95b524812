/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { viteSingleFile } from 'vite-plugin-singlefile';
import solid from 'vite-plugin-solid';
import { cspInlineHashes } from './scripts/cspInlineHashes.ts';

/**
 * Two builds:
 * - default: `dist/`, static files with a service worker so that after one visit the app works
 *   offline; base './' so it works from any sub-path of any static server;
 * - `--mode single` (`npm run build:single`): one self-contained HTML file in `dist-single/` that
 *   works when opened from disk (file://), for training rooms and USB sticks. No service worker there
 *   (file:// cannot register one) and no separate worker files: imports parse in the page.
 */
export default defineConfig(({ mode }) => {
  const single = mode === 'single';
  return {
    base: './',
    define: { __SINGLE_FILE__: JSON.stringify(single) },
    plugins: [
      solid(),
      single
        ? [viteSingleFile({ removeViteModuleLoader: true }), cspInlineHashes()]
        : VitePWA({
            registerType: 'autoUpdate',
            // Registered from main.tsx (no inline script, so the CSP needs no 'unsafe-inline').
            injectRegister: false,
            includeAssets: ['favicon.svg', 'robots.txt', 'apple-touch-icon.png'],
            manifest: {
              name: '软件业统计报表预审',
              short_name: '统计预审',
              description: '在浏览器本地填写、审核并导出软件和信息技术服务业统计报表，数据不离开本机。',
              lang: 'zh-CN',
              start_url: './',
              scope: './',
              display: 'standalone',
              background_color: '#ffffff',
              theme_color: '#1d4ed8',
              icons: [
                { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
                { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
                { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
              ],
            },
            workbox: {
              // Without clientsClaim the first visit is not controlled and an offline reload fails.
              clientsClaim: true,
              skipWaiting: true,
              globPatterns: ['**/*.{js,css,html,svg,png,webmanifest,txt}'],
              navigateFallback: 'index.html',
              maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
            },
          }),
    ],
    build: {
      target: 'es2022',
      sourcemap: false,
      outDir: single ? 'dist-single' : 'dist',
      // The manifest tells the size budget which chunks index.html loads eagerly.
      manifest: !single,
    },
    worker: { format: 'es' as const },
    server: { port: 5173 },
    preview: { port: 4173, strictPort: true },
    test: {
      include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
      environment: 'node',
      // UI component tests opt into jsdom with a `// @vitest-environment jsdom` comment.
    },
  };
});
