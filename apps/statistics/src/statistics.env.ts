import { z } from 'zod';
import {
  commonEnvSchema,
  HEADERS_WITHIN_REQUEST,
  headersWithinRequest,
  httpServerEnvSchema,
  portSchema,
} from '@switchboard/config';
import type { StatisticsSettings } from './folds/tenant-statistics.js';

const MINUTES_PER_DAY = 24 * 60;

/** "20,60,120": positive numbers of seconds, ascending. */
const thresholdsSchema = z
  .string()
  .transform((text) => text.split(',').map((part) => Number(part.trim())))
  .refine((values) => values.length > 0 && values.every((value) => Number.isFinite(value) && value > 0), {
    message: 'must be positive numbers of seconds separated by commas, e.g. 20,60,120',
  })
  .refine((values) => values.every((value, index) => index === 0 || value > (values[index - 1] ?? 0)), {
    message: 'must be in ascending order',
  });

export const statisticsEnvSchema = commonEnvSchema
  .extend(httpServerEnvSchema.shape)
  .extend({
    /** Internal port: /metrics and the probes. The Statistics API is served by the gateway, over NATS. */
    STATISTICS_PORT: portSchema.default(8083),
    STATISTICS_HOST: z.string().default('127.0.0.1'),
    /** The cumulative interval, counted from 00:00 UTC (the day's last one is cut short when it does not divide it). */
    STATISTICS_INTERVAL_MINUTES: z.coerce.number().int().min(1).max(MINUTES_PER_DAY).default(15),
    /** The SLA target of an interaction whose route's plan sets none. */
    STATISTICS_DEFAULT_SLA_SECONDS: z.coerce.number().min(0).default(20),
    STATISTICS_WAIT_THRESHOLDS_SECONDS: thresholdsSchema.default([20, 60, 120]),
    /**
     * How far before 00:00 UTC the log is read at start: only for what is happening now (an agent logged in, an
     * interaction waiting since before midnight); today's figures count today's events only, however far it reads.
     */
    STATISTICS_REPLAY_LOOKBACK_HOURS: z.coerce.number().min(0).max(168).default(12),
  })
  .refine(headersWithinRequest, HEADERS_WITHIN_REQUEST);

export type StatisticsEnv = z.infer<typeof statisticsEnvSchema>;

export const settingsOf = (env: StatisticsEnv): StatisticsSettings => ({
  intervalMs: env.STATISTICS_INTERVAL_MINUTES * 60_000,
  defaultSlaSeconds: env.STATISTICS_DEFAULT_SLA_SECONDS,
  waitThresholdsSeconds: env.STATISTICS_WAIT_THRESHOLDS_SECONDS,
});
