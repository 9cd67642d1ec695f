/** One day in milliseconds: "today" is the UTC day (a tenant time zone is a later option). */
export const DAY_MS = 86_400_000;

/** The start of the UTC day that holds `at` (epoch ms). */
export function dayStartOf(at: number): number {
  return Math.floor(at / DAY_MS) * DAY_MS;
}

/**
 * The start of the interval that holds `at`: intervals are counted from UTC midnight, every `intervalMs`, so that the
 * same instant falls in the same interval on every instance; the day's last interval is cut short at midnight when
 * `intervalMs` does not divide the day.
 */
export function intervalStartOf(at: number, intervalMs: number): number {
  const day = dayStartOf(at);
  return day + Math.floor((at - day) / intervalMs) * intervalMs;
}
