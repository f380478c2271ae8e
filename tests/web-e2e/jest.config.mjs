import { jestConfig } from '../../jest.preset.mjs';

export default jestConfig({
  globalSetup: '<rootDir>/../../libs/api/platform/testing/dist/global-setup.js',
  globalTeardown: '<rootDir>/../../libs/api/platform/testing/dist/global-teardown.js',
  testTimeout: 90_000,
  maxWorkers: 1,
});
