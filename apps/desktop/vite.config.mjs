// The agent desktop is built into dist/ and served by the gateway at /desktop (apps/gateway/src/desktop/):
// everything it loads comes from there (no CDN), with content-hashed names under assets/ so they can be cached.
import { fileURLToPath, URL } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/desktop/',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // no source maps served to agents' browsers; the TypeScript sources are in the repository
    sourcemap: false,
  },
});
