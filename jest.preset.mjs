// Shared jest settings: ESM TypeScript through @swc/jest with decorator metadata (Nest DI
// needs it), workspace packages resolved to their sources via the "@pairs/source" condition.
export function jestConfig(overrides = {}) {
  return {
    testEnvironment: 'node',
    testEnvironmentOptions: { customExportConditions: ['@pairs/source', 'node', 'node-addons'] },
    extensionsToTreatAsEsm: ['.ts'],
    moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
    transform: {
      '^.+\\.ts$': [
        '@swc/jest',
        {
          jsc: {
            parser: { syntax: 'typescript', decorators: true },
            transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
            target: 'es2022',
            keepClassNames: true,
          },
          module: { type: 'es6' },
          sourceMaps: 'inline',
        },
      ],
    },
    reporters: ['default', new URL('./tools/jest-summary-reporter.mjs', import.meta.url).pathname],
    testMatch: [
      '<rootDir>/src/**/*.spec.ts',
      '<rootDir>/src/**/*.int-spec.ts',
      '<rootDir>/src/**/*.e2e-spec.ts',
    ],
    ...overrides,
  };
}
