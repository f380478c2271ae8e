import { jestConfig } from '../../jest.preset.mjs';

export default jestConfig({
  // Same template as the API tests (with the French territories): the profile editor searches them.
  globalSetup: '<rootDir>/../api-e2e/global-setup.mjs',
  globalTeardown: '<rootDir>/../../libs/api/platform/testing/dist/global-teardown.js',
  testTimeout: 90_000,
  maxWorkers: 1,
});
