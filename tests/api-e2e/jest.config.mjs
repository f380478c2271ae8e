import { jestConfig } from '../../jest.preset.mjs';

export default jestConfig({
  globalSetup: '<rootDir>/../../libs/api/platform/testing/dist/global-setup.js',
  globalTeardown: '<rootDir>/../../libs/api/platform/testing/dist/global-teardown.js',
  testTimeout: 60_000,
  maxWorkers: 2,
});
