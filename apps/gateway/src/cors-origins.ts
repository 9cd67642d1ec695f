import { z } from 'zod';

/** One origin as a browser sends it: scheme, host and port, nothing more (no path, no wildcard). */
const originSchema = z.string().refine((value) => URL.canParse(value) && new URL(value).origin === value, {
  error: (issue) =>
    `${String(issue.input)} is not an origin like https://desk.example.com (scheme, host and port only; no path, no *)`,
});

/** A comma-separated list of origins; empty (the default) allows none. */
export const corsOriginsSchema = z
  .string()
  .default('')
  .transform((list) =>
    list
      .split(',')
      .map((origin) => origin.trim())
      .filter((origin) => origin.length > 0),
  )
  .pipe(z.array(originSchema));
