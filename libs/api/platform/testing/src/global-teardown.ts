import type { TestServer } from './lib/test-database.js';

/** jest globalTeardown: stops the embedded test server when this run started it. */
export default async function globalTeardown(): Promise<void> {
  const server = (globalThis as { __pairsTestServer?: TestServer }).__pairsTestServer;
  await server?.embedded?.stop();
}
