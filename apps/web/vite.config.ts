/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defaultClientConditions, defaultServerConditions, defineConfig } from 'vite';

// Workspace libs export their TypeScript sources under this condition: no lib build step is needed.
const SOURCE_CONDITION = '@pairs/source';
const API_ORIGIN = 'http://localhost:3000';

export default defineConfig({
  plugins: [react()],
  resolve: {
    conditions: [SOURCE_CONDITION, ...defaultClientConditions],
  },
  // Vitest may resolve through the SSR environment; keep the same lookup order there.
  ssr: {
    resolve: {
      conditions: [SOURCE_CONDITION, ...defaultServerConditions],
    },
  },
  server: {
    // Same-origin in development as in production, so cookies and CSRF checks behave identically.
    proxy: {
      '/graphql': { target: API_ORIGIN, ws: true },
      '/health': { target: API_ORIGIN },
    },
  },
  build: {
    outDir: 'dist',
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.spec.tsx', 'src/**/*.spec.ts'],
    setupFiles: ['src/test/setup.ts'],
    // Above the 5 s of Testing Library's waits (src/test/setup.ts), so that a slow wait reports
    // what it was waiting for instead of a bare timeout.
    testTimeout: 20_000,
  },
});
