import type { CodegenConfig } from '@graphql-codegen/cli';
import { addTypenameSelectionDocumentTransform } from '@graphql-codegen/client-preset';

/**
 * Typed documents for the web app from the contract (schema.graphql) and the app's graphql() calls.
 * `persistedDocuments` also writes the trusted-documents manifest the server reads. The server runs those documents,
 * not the ones Apollo Client would send, so they carry `__typename` on every object as Apollo's own documents do:
 * without it the cache cannot tell entities apart, every query overwrites the objects of the others and they fetch
 * each other in a loop (the manager's page never went quiet).
 */
const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['client/src/**/*.{ts,tsx}', '!client/src/gql/**/*'],
  ignoreNoDocuments: true,
  generates: {
    'client/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false, persistedDocuments: true },
      documentTransforms: [addTypenameSelectionDocumentTransform],
      config: {
        enumsAsTypes: true,
        scalars: { DateTime: 'string', Date: 'string' },
        useTypeImports: true,
      },
    },
  },
};

export default config;
