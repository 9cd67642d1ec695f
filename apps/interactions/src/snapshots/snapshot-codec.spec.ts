import { serialize } from 'node:v8';
import { describe, expect, it } from '@jest/globals';
import { contentsOf, newTenant, type Tenant } from '../tenant.js';
import { DAY_MS, demoTenantEntry, demoTenantWithSupervisorConfig } from '../testing/demo-tenant.js';
import { decideAgentStateChange } from '../use-cases/change-agent-state.js';
import { decideDispatch } from '../use-cases/dispatch-interaction.js';
import { runCommand } from '../write-path.js';
import { decodeSnapshot, encodeSnapshot, SNAPSHOT_FORMAT } from './snapshot-codec.js';

const T0 = Date.parse('2026-01-01T09:00:00Z');

/** The demo tenant with one agent ready and `waiting` + 1 interactions dispatched: one offered, the rest in line. */
function busyTenant(waiting: number): Tenant {
  const tenant = demoTenantEntry();
  const run = (decide: Parameters<typeof runCommand>[1]): void => {
    expect(runCommand(tenant, decide, T0, () => undefined).kind).toBe('applied');
  };
  for (const change of ['login', 'ready'] as const)
    run((state) => decideAgentStateChange(state, { agentId: '5464', change }, T0));
  for (let n = 0; n <= waiting; n += 1)
    run((state) =>
      decideDispatch(
        state,
        tenant.catalog,
        { route: 'CrmCallRouting', externalId: `E${String(n)}`, properties: { n: String(n) }, skills: [] },
        T0,
      ),
    );
  return tenant;
}

const snapshotOf = (tenant: Tenant) => ({
  format: SNAPSHOT_FORMAT,
  tenant: tenant.state.tenant,
  seq: 42,
  takenAt: T0,
  contents: contentsOf(tenant),
});

/** Runs `work` and counts the turns the event loop had while it ran. */
async function turnsDuring<T>(work: () => Promise<T>): Promise<{ result: T; turns: number }> {
  let turns = 0;
  let running = true;
  const turn = (): void => {
    if (!running) return;
    turns += 1;
    setImmediate(turn);
  };
  setImmediate(turn);
  const result = await work();
  running = false;
  return { result, turns };
}

describe('a tenant snapshot', () => {
  it('restores the tenant it was taken of: every interaction, the line, the offer, the ledger', async () => {
    const tenant = busyTenant(20);
    const decoded = await decodeSnapshot(await encodeSnapshot(snapshotOf(tenant)), 'demo');
    if (typeof decoded === 'string') throw new Error(decoded);
    expect(decoded).toMatchObject({ format: SNAPSHOT_FORMAT, tenant: 'demo', seq: 42, takenAt: T0 });
    const restored = newTenant(demoTenantWithSupervisorConfig, DAY_MS, { contents: decoded.contents, at: T0 });
    expect(contentsOf(restored)).toEqual(contentsOf(tenant));
    expect(restored.state.interactions.size).toBe(21);
  });

  it('is written and read in slices: the process gets turns while a big tenant is encoded and decoded', async () => {
    const tenant = busyTenant(2_000);
    const encoding = await turnsDuring(() => encodeSnapshot(snapshotOf(tenant), 0));
    expect(encoding.turns).toBeGreaterThan(10);
    const decoding = await turnsDuring(() => decodeSnapshot(encoding.result, 'demo', 0));
    expect(decoding.turns).toBeGreaterThan(10);
    expect(typeof decoding.result).toBe('object');
  });

  it('of another format, tenant or garbage is refused with the reason, not misread', async () => {
    const tenant = busyTenant(1);
    expect(await decodeSnapshot(serialize({ ...snapshotOf(tenant), format: 0 }), 'demo')).toBe(
      `its format is 0, this code reads ${String(SNAPSHOT_FORMAT)}, 3, 2, 1`,
    );
    expect(await decodeSnapshot(await encodeSnapshot(snapshotOf(tenant)), 'other')).toBe("it is tenant demo's");
    expect(await decodeSnapshot(new TextEncoder().encode('not a snapshot'), 'demo')).toMatch(/^it cannot be read: /);
    const bytes = await encodeSnapshot(snapshotOf(tenant));
    expect(await decodeSnapshot(bytes.subarray(0, bytes.length - 40), 'demo')).toMatch(
      /^its contents cannot be read: /,
    );
  });
});
