import { ConfigError } from './env.js';

/**
 * The exit status of a process whose configuration (environment or tenant file) is invalid: sysexits.h EX_CONFIG.
 * Starting it again cannot help, so the launcher stops the platform when an app exits with it, instead of restarting it.
 */
export const EXIT_CONFIG = 78;
/** Any other failure to start: worth a restart (NATS not there yet, a port taken for a moment). */
export const EXIT_FAILURE = 1;

/** The status a process that failed to start exits with. */
export function startupExitStatus(error: unknown): number {
  return error instanceof ConfigError ? EXIT_CONFIG : EXIT_FAILURE;
}

/** Prints why `app` could not start (every configuration problem: file, field, what is wrong) and exits with its status. */
export function exitOnStartupFailure(app: string, error: unknown): never {
  console.error(`${app}: failed to start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(startupExitStatus(error));
}
