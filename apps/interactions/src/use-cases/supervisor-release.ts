import type { InteractionCommandReply, SupervisorReleaseCommand } from '@switchboard/contracts';
import { refuse, type Decision } from '../domain/decision.js';
import { newEvent } from '../domain/domain-events.js';
import { failure } from '../domain/domain-failure.js';
import { agentWithIt, type LifecyclePhase } from '../domain/interaction-lifecycle.js';
import type { TenantState } from '../domain/tenant-state.js';

/**
 * The phases a supervisor may release from: still waiting for an agent — in its plan, in line, or offered and not
 * accepted yet (a stuck offer taken back; its agent is told it is revoked, as on a VCC release).
 */
const RELEASABLE: ReadonlySet<LifecyclePhase> = new Set(['in-plan', 'queued', 'offered']);

/** Why an interaction in any other phase stays: an agent has it, or has put it aside in a workbin. */
function refusalOf(state: TenantState, phase: LifecyclePhase, agentId: string | undefined): string {
  const agent = agentId === undefined ? 'an agent' : (state.agentConfig(agentId)?.username ?? `agent ${agentId}`);
  return phase === 'in-workbin'
    ? 'the interaction is parked in a workbin, out of routing: it is not waiting'
    : `the interaction is connected to ${agent}: only a waiting interaction can be released; its agent ends it`;
}

/**
 * A supervisor (or an administrator) takes a waiting interaction out of the system. A repeat of the request (same
 * request id, within the retention) answers the first outcome, as a VCC release does; the event names who did it.
 */
export function decideSupervisorRelease(
  state: TenantState,
  command: SupervisorReleaseCommand,
  now: number,
): Decision<InteractionCommandReply> {
  const repeat = state.requests.repeatOf(command.requestId, now);
  if (repeat) return refuse(repeat);

  const record = state.interactions.get(command.interactionId);
  if (!record) {
    return refuse(failure('interaction_not_found', `no interaction ${command.interactionId} is in the system`));
  }
  const { lifecycle } = record;
  if (!RELEASABLE.has(lifecycle.phase)) {
    return refuse(failure('invalid_state', refusalOf(state, lifecycle.phase, lifecycle.agentId)));
  }
  const agentId = agentWithIt(lifecycle);
  const event = newEvent(
    'interaction.released',
    state.tenant,
    {
      interaction: record.snapshot,
      requestId: command.requestId,
      ...(agentId === undefined ? {} : { agentId }),
      reason: 'released-by-supervisor',
      releasedBy: command.releasedBy,
    },
    now,
  );
  return { events: [event], reply: { ok: true, interactionId: record.snapshot.id, duplicate: false } };
}
