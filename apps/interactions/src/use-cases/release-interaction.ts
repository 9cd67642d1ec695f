import type { InteractionCommandReply, ReleaseInteractionCommand } from '@switchboard/contracts';
import { refuse, type Decision } from '../domain/decision.js';
import { newEvent } from '../domain/domain-events.js';
import { failure } from '../domain/domain-failure.js';
import { agentWithIt } from '../domain/interaction-lifecycle.js';
import type { TenantState } from '../domain/tenant-state.js';

/**
 * Removes an interaction: a waiting one is deleted, an offered one is taken back from its agent, a parked one leaves
 * its workbin. A release must name the provider its dispatch named (reference A5.1).
 */
export function decideRelease(
  state: TenantState,
  command: ReleaseInteractionCommand,
  now: number,
): Decision<InteractionCommandReply> {
  const repeat = state.requests.repeatOf(command.requestId, now);
  if (repeat) return refuse(repeat);

  const record = state.interactionByExternalId(command.externalId);
  if (!record) {
    return refuse(
      failure('interaction_not_found', `no interaction with externalid "${command.externalId}" is in the system`),
    );
  }
  const owner = record.snapshot.provider;
  if (owner !== undefined && command.provider === undefined) {
    return refuse(
      failure('provider_required', `the interaction was dispatched by provider "${owner}": name it to release it`),
    );
  }
  if (command.provider !== undefined && command.provider !== owner) {
    return refuse(
      failure(
        'provider_mismatch',
        `the interaction belongs to ${owner === undefined ? 'no provider' : `provider "${owner}"`}`,
      ),
    );
  }
  const agentId = agentWithIt(record.lifecycle);
  // parked in a workbin: the agents subscribed to it then are told it left (GWS ItemRemoved), as on a pull
  const workbin = state.workbinOf(record.snapshot.id);
  const event = newEvent(
    'interaction.released',
    state.tenant,
    {
      interaction: record.snapshot,
      ...(command.requestId === undefined ? {} : { requestId: command.requestId }),
      ...(agentId === undefined ? {} : { agentId }),
      reason: 'released-by-api',
      ...(workbin === undefined ? {} : { workbin, subscribers: state.workbinSubscribersOf(workbin) }),
    },
    now,
  );
  return { events: [event], reply: { ok: true, interactionId: record.snapshot.id, duplicate: false } };
}
