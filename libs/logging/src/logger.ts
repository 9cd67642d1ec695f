import { pino, type DestinationStream, type LevelWithSilent, type Logger } from 'pino';
import pretty from 'pino-pretty';
import { currentRequestId } from './request-context.js';

export type LogFormat = 'json' | 'pretty';

export interface LoggerOptions {
  service: string;
  level?: LevelWithSilent;
  /** json for machines (the default), pretty for a person at a terminal. */
  format?: LogFormat;
  /** Where json lines go: stdout unless given (a test reads them back). */
  destination?: DestinationStream;
}

/** The request the line was written for, if any: how one request's lines are found across the services. */
const requestIdOfLine = (): { requestId?: string } => {
  const requestId = currentRequestId();
  return requestId === undefined ? {} : { requestId };
};

/** A structured logger whose every line names the service it came from, and the request it was written for. */
export function createLogger({ service, level = 'info', format = 'json', destination }: LoggerOptions): Logger {
  const options = { level, base: { service }, timestamp: pino.stdTimeFunctions.isoTime, mixin: requestIdOfLine };
  if (format === 'pretty') {
    return pino(
      options,
      pretty({
        colorize: process.stdout.isTTY,
        translateTime: 'HH:MM:ss.l',
        ignore: 'pid,hostname',
        messageKey: 'msg',
      }),
    );
  }
  return destination ? pino(options, destination) : pino(options);
}

export type { Logger };
