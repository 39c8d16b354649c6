import path from 'node:path';
import { defineConfig } from 'vite';
import { graphqlDocuments } from './build/graphql-documents.ts';
import { precompileMessages } from './build/precompile-messages.ts';
import { precompress } from './build/precompress.ts';
import { inlineCss } from './build/inline-css.ts';

// react-router's package exports only its development build (no `production` condition), so production builds
// point the bare import at the production build it ships beside it.
const reactRouterProduction = import.meta.resolve('react-router').replace(/\/dist\/development\//, '/dist/production/').replace(/^file:\/\//, '');

// The server serves client/dist; during `vite` development the API is proxied to it.
// `vite build --ssr src/entry-server.tsx` builds the server's first render (dist-ssr, see server-render.ts in server/).
export default defineConfig(({ mode, isSsrBuild }) => ({
  resolve: {
    alias:
      mode === 'production'
        ? [
            { find: /^react-router$/, replacement: reactRouterProduction },
            // Only react-intl's injectIntl() uses it (with react-is), and the app does not: 1.2 KB of the first script.
            { find: /^hoist-non-react-statics$/, replacement: path.resolve(import.meta.dirname, 'build/no-hoist-statics.ts') },
          ]
        : [],
  },
  build: {
    outDir: 'dist',
    sourcemap: true,
    // Every browser the app supports has modulepreload; the polyfill would only add to the first script.
    modulePreload: { polyfill: false },
    // The server render needs no copy of public/ (the browser build serves it).
    copyPublicDir: !isSsrBuild,
    rollupOptions: {
      onwarn(warning, warn) {
        // "use client" marks React Server Component boundaries; this app has no server components, so the
        // directive means nothing here and dropping it is correct.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && /"use client"/.test(warning.message)) return;
        warn(warning);
      },
    },
  },
  plugins: [graphqlDocuments(), precompileMessages(), ...(isSsrBuild ? [] : [inlineCss(), precompress()])],
  server: {
    port: 5173,
    proxy: { '/graphql': 'http://localhost:4000', '/moyasar-sim': 'http://localhost:4000', '/payments': 'http://localhost:4000' },
  },
}));
