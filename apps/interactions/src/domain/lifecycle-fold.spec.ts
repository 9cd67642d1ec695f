import { describe, expect, it } from '@jest/globals';
import type { DomainEvent } from '@switchboard/contracts';
import { DAY_MS } from '../testing/demo-tenant.js';
import { EVERY_PHASE_AT, everyPhaseConfig, everyPhaseTenant } from '../testing/every-phase-tenant.js';
import { expectLifecyclesAgreeWithRouting } from '../testing/lifecycle-agreement.js';
import { runOnTenant } from '../testing/run-decision.js';
import { decideAgentInteraction } from '../use-cases/agent-interaction.js';
import { decideAgentStateChange } from '../use-cases/change-agent-state.js';
import { decideWorkbin } from '../use-cases/workbins.js';
import { TenantState } from './tenant-state.js';

const AT = EVERY_PHASE_AT;

/** The log replayed into a state for the configuration, agents removed from it or not. */
function replayed(log: readonly DomainEvent[], removedAgent?: string): TenantState {
  const config = { ...everyPhaseConfig, agents: everyPhaseConfig.agents.filter((a) => a.id !== removedAgent) };
  const state = new TenantState(config, DAY_MS);
  for (const event of log) state.apply(event);
  return state;
}

const phaseOf = (state: TenantState, externalId: string) => state.interactionByExternalId(externalId)?.lifecycle;

describe('the lifecycle stored with each interaction, folded from its events', () => {
  it('is rebuilt by a replay exactly, in every phase, and says what routing does', () => {
    const log: DomainEvent[] = [];
    const tenant = everyPhaseTenant(log);
    const state = replayed(log);
    const lifecycles = (of: TenantState) => [...of.interactions.values()].map((record) => record.lifecycle);
    expect(lifecycles(state)).toEqual(lifecycles(tenant.state));
    expect(phaseOf(state, 'E8')).toEqual({ phase: 'in-plan', paused: true });
    expect([...state.pausedInteractions()]).toEqual([state.interactionByExternalId('E8')?.snapshot.id]);
    expect(phaseOf(state, 'E4')).toEqual({ phase: 'held', agentId: '5465', connectedAt: AT });
    expectLifecyclesAgreeWithRouting(state, AT);
  });

  it.each(['5464', '5465', '5466', '5467'])(
    'replayed without agent %s, removed from the configuration since: what it had waits in line, as routing has it',
    (removed) => {
      const log: DomainEvent[] = [];
      const tenant = everyPhaseTenant(log);
      const state = replayed(log, removed);
      expectLifecyclesAgreeWithRouting(state, AT);
      for (const [id, record] of tenant.state.interactions) {
        const { phase, agentId } = record.lifecycle;
        const had = phase !== 'in-workbin' && agentId === removed;
        if (had) expect(state.interactions.get(id)?.lifecycle).toEqual({ phase: 'queued' });
      }
      // a workbin keeps what was placed in it, whoever placed it
      expect(phaseOf(state, 'E2')?.phase).toBe('in-workbin');
    },
  );

  it('goes back in line when its agent logs out with the offer pending, in a log without the revoke', () => {
    const log: DomainEvent[] = [];
    const tenant = everyPhaseTenant(log);
    runOnTenant(tenant, decideAgentStateChange(tenant.state, { agentId: '5467', change: 'logout' }, AT), AT, log);
    // an older log: the logout alone, routing taking back the offer itself (RoutingEngine.logOut)
    const state = replayed(log.filter((event) => event.type !== 'interaction.offer-revoked'));
    expect(phaseOf(state, 'E6')).toEqual({ phase: 'queued' });
    expect(phaseOf(tenant.state, 'E6')).toEqual({ phase: 'queued' });
    expectLifecyclesAgreeWithRouting(state, AT);
  });

  it('pulled from a workbin by an agent removed since: it leaves the workbin and waits in line, as routing has it', () => {
    const log: DomainEvent[] = [];
    const tenant = everyPhaseTenant(log);
    const run = (decision: Parameters<typeof runOnTenant>[1]) => runOnTenant(tenant, decision, AT, log).reply;
    const e5 = tenant.state.interactionByExternalId('E5')?.snapshot.id ?? '';
    // bob makes himself not ready, so the interaction in line is not offered to him once he is free
    run(decideAgentStateChange(tenant.state, { agentId: '5466', change: 'not-ready' }, AT));
    run(decideAgentInteraction(tenant.state, { interactionId: e5, agentId: '5466' }, 'complete', AT));
    const e2 = tenant.state.interactionByExternalId('E2')?.snapshot.id ?? '';
    const pull = { agentId: '5466', operation: 'pull' as const, workbin: 'CrmBacklog', interactionId: e2 };
    expect(run(decideWorkbin(tenant.state, pull, AT))).toEqual({ ok: true, interactionId: e2 });
    expect(phaseOf(tenant.state, 'E2')).toEqual({ phase: 'connected', agentId: '5466', connectedAt: AT });

    const state = replayed(log, '5466');
    expect(phaseOf(state, 'E2')).toEqual({ phase: 'queued' });
    expect(state.workbinContent({ name: 'CrmBacklog' })).toEqual([]);
    expect(state.workbinOf(e2)).toBeUndefined();
    expectLifecyclesAgreeWithRouting(state, AT);
  });
});
