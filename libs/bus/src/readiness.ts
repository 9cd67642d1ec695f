/**
 * One thing an app's readiness depends on: resolves to undefined when it is fine, or to why it is not (a short
 * sentence for the operator). A check that throws is not ready, with the error's message.
 */
export type ReadinessCheck = () => Promise<string | undefined> | string | undefined;

/** What /readyz answers: every check by name ('ok' or why not), and the names of those not ready. */
export interface ReadinessBody {
  status: 'ok' | 'unavailable';
  notReady: string[];
  checks: Record<string, string>;
}

export interface Readiness {
  /** 200 when every check is ok, else 503: what orchestrators and load balancers read. */
  statusCode: 200 | 503;
  body: ReadinessBody;
}

/** /livez: the process is up and its event loop turns; it depends on nothing else, so a restart is never asked for it. */
export const LIVE = { status: 'ok' } as const;

/** Runs the checks at once (each is a round trip at most) and reports them by name. */
export async function checkReadiness(checks: Readonly<Record<string, ReadinessCheck>>): Promise<Readiness> {
  const outcomes = await Promise.all(
    Object.entries(checks).map(async ([name, check]) => {
      try {
        return [name, (await check()) ?? 'ok'] as const;
      } catch (error) {
        return [name, error instanceof Error ? error.message : String(error)] as const;
      }
    }),
  );
  const notReady = outcomes.filter(([, outcome]) => outcome !== 'ok').map(([name]) => name);
  return {
    statusCode: notReady.length === 0 ? 200 : 503,
    body: { status: notReady.length === 0 ? 'ok' : 'unavailable', notReady, checks: Object.fromEntries(outcomes) },
  };
}

/** The check every app has: its NATS connection is up (see ConnectionHealth). */
export function natsConnected(health: { isConnected(): boolean }): ReadinessCheck {
  return () => (health.isConnected() ? undefined : 'not connected to NATS');
}
