/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Dates in tests are written for one time zone, whatever the machine's.
const testEnv = { TZ: 'UTC' };

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  build: {
    target: 'es2022',
    // DIST_DIR lets several end-to-end runs build side by side; npm start serves the same folder.
    outDir: process.env.DIST_DIR ?? 'dist',
    emptyOutDir: true,
    // Maps for debugging a build are written but not referenced from the files, and the server never
    // serves them: a production visitor cannot download the source.
    sourcemap: 'hidden',
    rollupOptions: {
      input: {
        main: fileURLToPath(new URL('./index.html', import.meta.url)),
        redirect: fileURLToPath(new URL('./redirect.html', import.meta.url)),
      },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'dashboard',
          environment: 'jsdom',
          env: testEnv,
          globals: true,
          include: ['src/**/*.test.{ts,tsx}'],
          setupFiles: ['./src/testing/setup-tests.ts'],
          css: false,
        },
      },
      {
        test: {
          name: 'servers',
          environment: 'node',
          env: testEnv,
          include: ['{emulator,server,scripts}/**/*.test.ts'],
        },
      },
    ],
  },
});
