/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import solid from 'vite-plugin-solid';

// base './' so the built dist/ works from any sub-path of any static server.
export default defineConfig({
  base: './',
  plugins: [solid()],
  build: {
    target: 'es2022',
    sourcemap: false,
    // The manifest tells the size budget which chunks index.html loads eagerly.
    manifest: true,
  },
  worker: { format: 'es' },
  server: { port: 5173 },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
    environment: 'node',
    // UI component tests opt into jsdom with a `// @vitest-environment jsdom` comment.
  },
});
