import { jestConfig } from '../../../jest.preset.mjs';

// Unit tests only (no database): the search behaviour on real data is covered by tests/api-e2e.
export default jestConfig();
