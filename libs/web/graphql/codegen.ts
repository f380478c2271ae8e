import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Generates typed documents for every `graphql()` call of the web app and web libs.
 * Paths are relative to this folder: run it with `npm run codegen` from libs/web/graphql.
 * The output is committed and CI re-runs codegen, so keep it free of timestamps and local paths.
 */
const config: CodegenConfig = {
  overwrite: true,
  schema: '../../shared/graphql-schema/schema.graphql',
  documents: [
    '../../../apps/web/src/**/*.{ts,tsx}',
    '../*/src/**/*.{ts,tsx}',
    // Never scan our own output: it contains the documents as strings and would feed back into itself.
    '!../*/src/generated/**',
  ],
  // The lib may briefly have no operations (e.g. while a page is rewritten); still emit the helpers.
  ignoreNoDocuments: true,
  generates: {
    './src/generated/': {
      preset: 'client',
      presetConfig: {
        // `useFragment` is not a React hook; a non-hook name keeps the hooks lint rules meaningful.
        fragmentMasking: { unmaskFunctionName: 'getFragmentData' },
      },
      config: {
        useTypeImports: true,
        // The API serialises DateTime as an ISO-8601 string; parse it where it is displayed.
        // JSON (exportMyData) can be anything: `unknown` makes readers check before use.
        scalars: { DateTime: 'string', JSON: 'unknown' },
        // String unions instead of TS enums: no runtime objects in the bundle, plain strings in tests.
        enumsAsTypes: true,
      },
    },
  },
};

export default config;
