import fs from 'node:fs';
import path from 'node:path';
import { parse } from '@formatjs/icu-messageformat-parser';
import type { Plugin } from 'vite';

const PREFIX = '\0salon-messages:';
const WORK = '\0salon-work-messages:';
/**
 * Messages only staff and managers read, the home page's search filters, and the customer screens past the home page
 * (salon, bookings, profile: payment forms and terms, fees, visits, waitlist, channels, photos, review replies): they
 * load with those screens (see loadWorkMessages in locale.tsx and App.tsx), not with the first page.
 */
export const WORK_MESSAGE = /^(pay\.|terms\.|bookings\.fee\.|search\.|manage\.(?!saved?$)|hours\.|weekday\.|calendar\.|timeOff\.|staff\.|invoice\.|invoices\.|team\.|admin\.|exceptions\.|policy\.|desk\.|audit\.|opening\.|visit\.|waitlist\.|channel\.|whatsapp\.|photos\.|reply\.|moderation\.|later\.)/;

const compile = (messages: Record<string, string>) => JSON.stringify(Object.fromEntries(Object.entries(messages).map(([key, message]) => [key, parse(message)])));

/**
 * Production builds ship the message catalogues already parsed (ICU AST), so the ICU parser (~15 KB gzipped)
 * stays out of the browser: the build aliases it to its parser-less entry. Each catalogue is cut in two: what
 * everyone reads, in the first load, and the staff and manager screens' messages, exported as `work()` to load
 * later. Tests and `vite` dev read the plain JSON (all messages, parsed at run time).
 */
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
    // Module ids of our own (ending in .js), so Vite's JSON plugin does not read the catalogue after us.
    resolveId(source, importer) {
      if (source.startsWith(WORK)) return source;
      if (!importer || !/^\.\/[\w-]+\.json$/.test(source) || !/\/src\/i18n\//.test(importer)) return null;
      return `${PREFIX}${path.resolve(path.dirname(importer), source)}.js`;
    },
    load(id) {
      const work = id.startsWith(WORK);
      if (!work && !id.startsWith(PREFIX)) return null;
      const file = id.slice((work ? WORK : PREFIX).length, -'.js'.length);
      const messages = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string>;
      const part = Object.fromEntries(Object.entries(messages).filter(([key]) => WORK_MESSAGE.test(key) === work));
      if (work) return `export default ${compile(part)};`;
      return `export default ${compile(part)};\nexport const work = () => import(${JSON.stringify(`${WORK}${file}.js`)});`;
    },
    // The catalogue of the language the person last used starts downloading with the first script, not after it.
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const chunks = Object.values(ctx.bundle ?? {}).flatMap((c) => (c.type === 'chunk' && c.facadeModuleId?.startsWith(PREFIX) ? [c] : []));
        const files = Object.fromEntries(chunks.map((c) => [path.basename(c.facadeModuleId!.slice(PREFIX.length, -'.json.js'.length)), `/${c.fileName}`]));
        if (!files.en || !files['ar-SA']) return html;
        const script = `<script>(function(){var f=${JSON.stringify(files)};var l=document.createElement('link');l.rel='modulepreload';l.crossOrigin='';l.href=f[localStorage.getItem('salon.locale')==='en'?'en':'ar-SA'];document.head.appendChild(l)})()</script>`;
        return html.replace('</head>', `  ${script}\n  </head>`);
      },
    },
  };
}
