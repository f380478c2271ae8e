import { jestConfig } from '../../jest.preset.mjs';

export default jestConfig({
  globalSetup: '<rootDir>/global-setup.mjs', // the template includes the territories
  globalTeardown: '<rootDir>/../../libs/api/platform/testing/dist/global-teardown.js',
  testTimeout: 60_000,
  maxWorkers: 2,
});
