import { describe, expect, it } from '@jest/globals';
import { ConfigError, parseEnv } from '@switchboard/config';
import { settingsOf, statisticsEnvSchema } from './statistics.env.js';

const parse = (env: Record<string, string>) =>
  parseEnv(statisticsEnvSchema, { NATS_URL: 'nats://127.0.0.1:4222', ...env });

describe('the statistics service’s environment', () => {
  it('defaults to 15-minute intervals, a 20 s SLA and the 20/60/120 s wait-time split', () => {
    expect(settingsOf(parse({}))).toEqual({
      intervalMs: 15 * 60_000,
      defaultSlaSeconds: 20,
      waitThresholdsSeconds: [20, 60, 120],
    });
  });

  it('reads the interval, the SLA and the thresholds', () => {
    expect(
      settingsOf(
        parse({
          STATISTICS_INTERVAL_MINUTES: '30',
          STATISTICS_DEFAULT_SLA_SECONDS: '45',
          STATISTICS_WAIT_THRESHOLDS_SECONDS: '10, 30',
        }),
      ),
    ).toEqual({ intervalMs: 30 * 60_000, defaultSlaSeconds: 45, waitThresholdsSeconds: [10, 30] });
  });

  it.each(['', '20,x', '60,20', '0,20', '-5'])('refuses the thresholds %j', (thresholds) => {
    expect(() => parse({ STATISTICS_WAIT_THRESHOLDS_SECONDS: thresholds })).toThrow(ConfigError);
  });

  it('refuses an interval longer than a day', () => {
    expect(() => parse({ STATISTICS_INTERVAL_MINUTES: '1441' })).toThrow(/STATISTICS_INTERVAL_MINUTES/);
  });
});
