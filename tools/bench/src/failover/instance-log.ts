/** What this benchmark reads from an interactions instance's JSON log lines (pino: the message under `msg`). */
export type InstanceLogEvent = { kind: 'ready' } | { kind: 'takeover'; tenant: string; ms: number };

/** The message apps/interactions/src/main.ts logs once it serves what it holds and looks for free tenants. */
const READY = 'interactions service ready';
/** TenantOwnership's line once a tenant taken over is restored and served; `ms`: from the lease taken to serving. */
const TAKEN_OVER = 'tenant taken over';

/** The event one log line reports, if it is one of those; anything else (other lines, text that is not JSON) is not. */
export function instanceLogEvent(line: string): InstanceLogEvent | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null) return undefined;
  const record = parsed as Record<string, unknown>;
  if (record.msg === READY) return { kind: 'ready' };
  if (record.msg === TAKEN_OVER && typeof record.tenant === 'string' && typeof record.ms === 'number') {
    return { kind: 'takeover', tenant: record.tenant, ms: record.ms };
  }
  return undefined;
}
