import { pino, type Logger, type LevelWithSilent } from 'pino';
import pretty from 'pino-pretty';

export type LogFormat = 'json' | 'pretty';

export interface LoggerOptions {
  service: string;
  level?: LevelWithSilent;
  /** json for machines (the default), pretty for a person at a terminal. */
  format?: LogFormat;
}

/** A structured logger whose every line names the service it came from. */
export function createLogger({ service, level = 'info', format = 'json' }: LoggerOptions): Logger {
  const options = { level, base: { service }, timestamp: pino.stdTimeFunctions.isoTime };
  if (format === 'pretty') {
    return pino(
      options,
      pretty({ colorize: process.stdout.isTTY, translateTime: 'HH:MM:ss.l', ignore: 'pid,hostname', messageKey: 'msg' }),
    );
  }
  return pino(options);
}

export type { Logger };
