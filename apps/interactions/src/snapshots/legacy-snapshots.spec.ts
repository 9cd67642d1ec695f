import { readFile } from 'node:fs/promises';
import { describe, expect, it } from '@jest/globals';
import type { TenantConfig } from '@switchboard/config';
import { attributeSourceOf } from '../domain/attributes/attribute-source.js';
import { lifecycleOf } from '../domain/interaction-lifecycle.js';
import type { TenantState } from '../domain/tenant-state.js';
import { contentsOf, newTenant, type Tenant } from '../tenant.js';
import { DAY_MS } from '../testing/demo-tenant.js';
import { EVERY_PHASE_AT, everyPhaseConfig, everyPhaseTenant } from '../testing/every-phase-tenant.js';
import { expectLifecyclesAgreeWithRouting } from '../testing/lifecycle-agreement.js';
import { decodeSnapshot, encodeSnapshot, SNAPSHOT_FORMAT } from './snapshot-codec.js';

/**
 * Snapshots written by the code of formats 1 and 2 (fixtures/, made by testing/every-phase-tenant.ts on that code),
 * whose state held an interaction's phase in sets beside routing's: read into stored lifecycles, they restore the
 * tenant this code builds from the same commands — the upgrade path (README "Snapshots and retention").
 */

const fixture = (format: 1 | 2): Promise<Buffer> =>
  readFile(new URL(`./fixtures/every-phase.format-${String(format)}.v8`, import.meta.url));

async function restored(bytes: Uint8Array, config: TenantConfig = everyPhaseConfig): Promise<Tenant> {
  const decoded = await decodeSnapshot(bytes, 'demo');
  if (typeof decoded === 'string') throw new Error(decoded);
  return newTenant(config, DAY_MS, { contents: decoded.contents, at: EVERY_PHASE_AT });
}

/** Each interaction's lifecycle and ICWS attribute source, by externalid. */
function byExternalId(state: TenantState): Record<string, unknown> {
  return Object.fromEntries(
    [...state.interactions.values()].map(({ snapshot }): [string, unknown] => [
      snapshot.externalId ?? snapshot.id,
      { lifecycle: lifecycleOf(state, snapshot.id), source: attributeSourceOf(state, snapshot.id) },
    ]),
  );
}

describe('a snapshot of an earlier format', () => {
  it.each([1, 2] as const)(
    '(%i) restores every phase as this code has it, held, parked and workbins included',
    async (format) => {
      const fresh = everyPhaseTenant();
      const tenant = await restored(await fixture(format));

      expect(byExternalId(tenant.state)).toEqual(byExternalId(fresh.state));
      const phases = Object.fromEntries(
        [...tenant.state.interactions.values()].map((r): [string, unknown] => [
          r.snapshot.externalId ?? r.snapshot.id,
          lifecycleOf(tenant.state, r.snapshot.id),
        ]),
      );
      expect(phases).toEqual({
        E1: { phase: 'in-workbin', agentId: '5464', workbin: { name: 'FollowUp', ownerAgentId: '5464' } },
        E2: { phase: 'in-workbin', workbin: { name: 'CrmBacklog' } },
        E3: { phase: 'parked', agentId: '5464' },
        E4: { phase: 'held', agentId: '5465' },
        E5: { phase: 'connected', agentId: '5466' },
        E6: { phase: 'offered', agentId: '5467', leaseUntil: EVERY_PHASE_AT + 30_000 },
        E7: { phase: 'queued' },
        E8: { phase: 'in-plan' },
      });
      // each lifecycle is stored with its interaction now, in what a snapshot of this format holds
      const stored = [...contentsOf(tenant).state.interactions.records.values()].map(
        (record) => record.lifecycle.phase,
      );
      expect(stored.sort()).toEqual([
        'connected',
        'held',
        'in-plan',
        'in-workbin',
        'in-workbin',
        'offered',
        'parked',
        'queued',
      ]);
      expect([...tenant.state.pausedInteractions()]).toEqual([...fresh.state.pausedInteractions()]);
      expect(tenant.state.pausedInteractions().size).toBe(1);
      const backlog = { name: 'CrmBacklog' };
      expect(tenant.state.workbinContent(backlog)).toEqual(fresh.state.workbinContent(backlog));
      expect(tenant.state.workbinSubscribersOf(backlog)).toEqual(['5464']);
      expect(tenant.state.providers.get('Extra')).toEqual(fresh.state.providers.get('Extra'));
      expect(tenant.state.nextInteractionId()).toBe(fresh.state.nextInteractionId());
      expectLifecyclesAgreeWithRouting(tenant.state, EVERY_PHASE_AT);
    },
  );

  it.each([1, 2] as const)('(%i) is written again in this format, and read back the same', async (format) => {
    const tenant = await restored(await fixture(format));
    const head = { format: SNAPSHOT_FORMAT, tenant: 'demo', seq: 43, takenAt: EVERY_PHASE_AT };
    const again = await restored(await encodeSnapshot({ ...head, contents: contentsOf(tenant) }));
    expect(contentsOf(again)).toEqual(contentsOf(tenant));
    expect(contentsOf(again).state.interactions.records.size).toBe(8);
  });

  it('(2) whose agent is gone from the configuration since: what it had waits again, as routing has it', async () => {
    const withoutBob = { ...everyPhaseConfig, agents: everyPhaseConfig.agents.filter((a) => a.username !== 'bob') };
    const tenant = await restored(await fixture(2), withoutBob);
    const e5 = tenant.state.interactionByExternalId('E5');
    expect(e5 && lifecycleOf(tenant.state, e5.snapshot.id)).toEqual({ phase: 'queued' });
    expectLifecyclesAgreeWithRouting(tenant.state, EVERY_PHASE_AT);
  });
});

describe('a snapshot of this format', () => {
  it('restored for a configuration without an agent: what the agent had waits again, as routing has it', async () => {
    const tenant = everyPhaseTenant();
    const head = { format: SNAPSHOT_FORMAT, tenant: 'demo', seq: 42, takenAt: EVERY_PHASE_AT };
    const bytes = await encodeSnapshot({ ...head, contents: contentsOf(tenant) });
    const withoutAlice = { ...everyPhaseConfig, agents: everyPhaseConfig.agents.filter((a) => a.id !== '5465') };
    const restoredTenant = await restored(bytes, withoutAlice);
    const e4 = restoredTenant.state.interactionByExternalId('E4');
    expect(e4 && lifecycleOf(restoredTenant.state, e4.snapshot.id)).toEqual({ phase: 'queued' });
    expect(restoredTenant.state.isHeld(e4?.snapshot.id ?? '')).toBe(false);
    expectLifecyclesAgreeWithRouting(restoredTenant.state, EVERY_PHASE_AT);
  });
});
