import { defineConfig } from 'vite';

// The server serves client/dist; during `vite` development the API is proxied to it.
export default defineConfig({
  build: { outDir: 'dist', sourcemap: true, chunkSizeWarningLimit: 600 },
  server: {
    port: 5173,
    proxy: { '/graphql': 'http://localhost:4000', '/moyasar-sim': 'http://localhost:4000', '/payments': 'http://localhost:4000' },
  },
});
