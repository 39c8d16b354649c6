import fs from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

const CALL = /\bgraphql\(\s*`([^`]*)`\s*\)/g;
const PREFIX = '\0salon-document:';

/**
 * Production builds replace each `graphql(\`query Name …\`)` call with a direct import of the `NameDocument` that
 * GraphQL Code Generator wrote to src/gql/graphql.ts. The generated `graphql()` looks documents up in one map of
 * every operation, which would put all screens' documents in the first script. Each document becomes a module of
 * its own (cut from the generated file), so each lazy screen carries only its own, as the client preset's Babel
 * plugin would do.
 */
export function graphqlDocuments(): Plugin {
  let generated = '';
  return {
    name: 'salon-graphql-documents',
    apply: 'build',
    enforce: 'pre',
    configResolved(config) {
      generated = path.join(config.root, 'src', 'gql', 'graphql.ts');
    },
    transform(code, id) {
      if (!/\/src\/.*\.tsx?$/.test(id) || id.includes('/src/gql/') || !code.includes('graphql(`')) return null;
      const names = new Set<string>();
      const out = code.replace(CALL, (call, body: string) => {
        const name = /\b(?:query|mutation|subscription)\s+(\w+)/.exec(body)?.[1];
        if (!name) throw new Error(`${id}: every GraphQL operation needs a name (${call.slice(0, 60)}…)`);
        names.add(name);
        return `__document_${name}`;
      });
      const imports = [...names].map((n) => `import __document_${n} from ${JSON.stringify(`${PREFIX}${n}`)};`).join('\n');
      return { code: `${imports}\n${out}`, map: null };
    },
    resolveId(source) {
      return source.startsWith(PREFIX) ? source : null;
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const name = id.slice(PREFIX.length);
      const line = fs.readFileSync(generated, 'utf8').split('\n').find((l) => l.startsWith(`export const ${name}Document = `));
      if (!line) throw new Error(`${name}Document is missing from src/gql/graphql.ts: run npm run codegen`);
      return `export default ${line.slice(`export const ${name}Document = `.length).replace(/ as unknown as DocumentNode<.*$/, '')};`;
    },
  };
}
