import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents for the web app from the contract (schema.graphql) and the app's graphql() calls.
 * `persistedDocuments` also writes the trusted-documents manifest the server reads.
 */
const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['client/src/**/*.{ts,tsx}', '!client/src/gql/**/*'],
  ignoreNoDocuments: true,
  generates: {
    'client/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false, persistedDocuments: true },
      config: {
        enumsAsTypes: true,
        scalars: { DateTime: 'string', Date: 'string' },
        useTypeImports: true,
      },
    },
  },
};

export default config;
