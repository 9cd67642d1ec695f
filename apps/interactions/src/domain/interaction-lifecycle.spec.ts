import { describe, expect, it } from '@jest/globals';
import type { InteractionCommandReply } from '@switchboard/contracts';
import { demoTenantEntry } from '../testing/demo-tenant.js';
import { runOnTenant } from '../testing/run-decision.js';
import { decideHold } from '../use-cases/agent-actions.js';
import { decideAgentInteraction } from '../use-cases/agent-interaction.js';
import { decideAgentStateChange } from '../use-cases/change-agent-state.js';
import { decideDispatch } from '../use-cases/dispatch-interaction.js';
import { decidePark } from '../use-cases/park-interaction.js';
import { decideWorkbin } from '../use-cases/workbins.js';
import type { Decision } from './decision.js';
import { lifecycleOf } from './interaction-lifecycle.js';

const T0 = Date.parse('2026-12-07T09:00:00Z');
const AGENT = '5464';

describe('an interaction’s lifecycle', () => {
  it('follows it from queued to offered, connected, held, parked, in a workbin, and out of the system', () => {
    const tenant = demoTenantEntry();
    const run = <R>(decision: Decision<R>): R => runOnTenant(tenant, decision, T0).reply;
    const idOf = (reply: InteractionCommandReply): string => {
      if (!reply.ok) throw new Error(reply.error.message);
      return reply.interactionId;
    };
    const phase = (id: string) => lifecycleOf(tenant.state, id);
    const command = { route: 'CrmCallRouting', externalId: 'E1', properties: {}, skills: [] };
    const id = idOf(run(decideDispatch(tenant.state, tenant.catalog, command, T0)));
    expect(phase(id)).toEqual({ phase: 'queued' });

    for (const change of ['login', 'ready'] as const)
      run(decideAgentStateChange(tenant.state, { agentId: AGENT, change }, T0));
    expect(phase(id)).toEqual({ phase: 'offered', agentId: AGENT, leaseUntil: expect.any(Number) as unknown });
    run(decideAgentInteraction(tenant.state, { interactionId: id, agentId: AGENT }, 'accept', T0));
    expect(phase(id)).toEqual({ phase: 'connected', agentId: AGENT });
    run(decideHold(tenant.state, { interactionId: id, agentId: AGENT }, true, T0));
    expect(phase(id)).toEqual({ phase: 'held', agentId: AGENT });
    run(decidePark(tenant.state, { interactionId: id, agentId: AGENT }, T0));
    expect(phase(id)).toEqual({ phase: 'parked', agentId: AGENT });
    run(decideHold(tenant.state, { interactionId: id, agentId: AGENT }, false, T0));
    run(
      decideWorkbin(tenant.state, { agentId: AGENT, operation: 'place', workbin: 'followup', interactionId: id }, T0),
    );
    expect(phase(id)).toEqual({
      phase: 'in-workbin',
      agentId: AGENT,
      workbin: { name: 'FollowUp', ownerAgentId: AGENT },
    });
    expect(lifecycleOf(tenant.state, 'no-such-interaction')).toBeUndefined();
  });
});
