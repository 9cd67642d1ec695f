import { isEligible } from './eligibility.js';
import type { Assignment, RoutableAgent, RoutableInteraction } from './model.js';

/** Orders agents idle longest first; the id breaks ties so the same inputs always give the same choice. */
function longerIdle(a: RoutableAgent, b: RoutableAgent): number {
  return a.idleSince - b.idleSince || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The eligible agent that has waited longest, if any. */
export function selectLongestWaitingAgent(
  interaction: RoutableInteraction,
  agents: Iterable<RoutableAgent>,
  now: number,
): RoutableAgent | undefined {
  let best: RoutableAgent | undefined;
  for (const agent of agents) {
    if (isEligible(agent, interaction, now) && (!best || longerIdle(agent, best) < 0)) best = agent;
  }
  return best;
}

/**
 * Matches waiting interactions (oldest first) to free agents (longest idle first). Pure and deterministic:
 * it reads its inputs and returns the assignments; the caller records them.
 */
export function assignWaitingInteractions(
  waiting: Iterable<RoutableInteraction>,
  agents: Iterable<RoutableAgent>,
  now: number,
): Assignment[] {
  const byAge = [...waiting].sort((a, b) => a.queuedAt - b.queuedAt || (a.id < b.id ? -1 : 1));
  const free = new Map([...agents].map((agent) => [agent.id, { ...agent }]));
  const assignments: Assignment[] = [];
  for (const interaction of byAge) {
    const agent = selectLongestWaitingAgent(interaction, free.values(), now);
    if (!agent) continue;
    assignments.push({ interactionId: interaction.id, agentId: agent.id });
    free.delete(agent.id);
  }
  return assignments;
}
