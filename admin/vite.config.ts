import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/** The back-office SPA, served by the gongkai service under /admin/. */
export default defineConfig({
  root,
  base: '/admin/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The chunk shared by every screen (React + antd) is ~560 KB before gzip; that is expected.
    chunkSizeWarningLimit: 2000,
  },
  server: {
    // `npx vite admin` during development: send API calls to a running `npm start`.
    proxy: { '/api': 'http://localhost:3000' },
  },
});
