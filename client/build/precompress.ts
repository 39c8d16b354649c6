import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { gzipAsync } from '@gfx/zopfli';
import type { Plugin } from 'vite';

const TEXT = /\.(js|css|html|svg|json|txt|webmanifest)$/;

/**
 * Writes `file.br` and `file.gz` beside every text asset after a production build, at the highest levels, so the
 * server sends compressed bytes without compressing on each request (see serveWebApp in server/src/http/app.ts).
 * The gzip twins come from Zopfli, a slower encoder whose output any gzip reader decodes, 3–4% smaller than zlib's
 * level 9: what a gzip-only browser downloads (and what the initial-script budget measures).
 */
export function precompress(): Plugin {
  let outDir = 'dist';
  return {
    name: 'salon-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    async writeBundle() {
      const walk = (dir: string): string[] =>
        fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
      for (const file of walk(outDir).filter((f) => TEXT.test(f))) {
        const body = fs.readFileSync(file);
        fs.writeFileSync(`${file}.br`, zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length } }));
        fs.writeFileSync(`${file}.gz`, await gzipAsync(body, { numiterations: 15 }));
      }
    },
  };
}
