import fs from 'node:fs';
import path from 'node:path';
import { parse } from '@formatjs/icu-messageformat-parser';
import type { Plugin } from 'vite';

/**
 * Production builds ship the message catalogues already parsed (ICU AST), so the ICU parser (~15 KB gzipped)
 * stays out of the browser: the build aliases it to its parser-less entry. Tests and `vite` dev parse at run time.
 */
const PREFIX = '\0salon-messages:';

export function precompileMessages(): Plugin {
  return {
    name: 'salon-precompile-messages',
    enforce: 'pre',
    apply: 'build',
    config: () => ({
      resolve: {
        alias: [{ find: /^@formatjs\/icu-messageformat-parser$/, replacement: path.join(path.dirname(new URL(import.meta.resolve('@formatjs/icu-messageformat-parser')).pathname), 'lib', 'no-parser.js') }],
      },
    }),
    // A module id of our own, so Vite's JSON plugin does not read the catalogue as plain JSON after us.
    resolveId(source, importer) {
      if (!importer || !/^\.\/[\w-]+\.json$/.test(source) || !/\/src\/i18n\//.test(importer)) return null;
      return `${PREFIX}${path.resolve(path.dirname(importer), source)}.js`;
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const messages = JSON.parse(fs.readFileSync(id.slice(PREFIX.length, -'.js'.length), 'utf8')) as Record<string, string>;
      const compiled = Object.fromEntries(Object.entries(messages).map(([key, message]) => [key, parse(message)]));
      return `export default ${JSON.stringify(compiled)};`;
    },
  };
}
