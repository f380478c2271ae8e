import { ConfigError, loadConfig, type AppConfig } from '../config/config.js';
import { findWorkspaceRoot } from '../config/workspace-root.js';
import { DatabaseUnreachableError } from '../bootstrap/database.js';

/** Pre-boot messages are JSON lines too, like the app's logs. */
export function logLine(message: string): void {
  process.stdout.write(JSON.stringify({ level: 30, time: Date.now(), msg: message }) + '\n');
}

export function loadConfigOrExit(): AppConfig {
  try {
    return loadConfig(process.env, { workspaceRoot: findWorkspaceRoot() });
  } catch (error) {
    exitWith(error);
  }
}

/** Known start-up failures end in one clear line on stderr and a non-zero exit. */
export function exitWith(error: unknown): never {
  if (error instanceof ConfigError || error instanceof DatabaseUnreachableError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(
      `Fatal: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
  }
  process.exit(1);
}
