import type { InteractionDetailsReply, SupervisorApi } from '@switchboard/contracts';

export type InteractionRoutingHistory = SupervisorApi.components['schemas']['InteractionRoutingHistory'];
type Details = Extract<InteractionDetailsReply, { ok: true }>;
type Explanation = SupervisorApi.components['schemas']['RoutingExplanation'];

/** Every agent id an explanation names: the chosen agent, the runners-up, and a personal queue's agent passed over. */
function agentsNamedBy(explanation: Explanation): string[] {
  return [
    explanation.chosen.agentId,
    ...explanation.runnersUp.map(({ agentId }) => agentId),
    ...explanation.passedOver.flatMap(({ agentId }) => (agentId === undefined ? [] : [agentId])),
  ];
}

/**
 * The interactions service's details of an interaction as the Supervisor API answers them: its routing and decisions
 * as they are (the bus and the API share their schemas), and the username of every agent named, so a screen shows
 * names without a second lookup. `usernameOf` answers undefined for an agent removed since (tenant file or admin API).
 */
export function routingHistoryOf(
  { interaction, routing, decisions }: Details,
  usernameOf: (agentId: string) => string | undefined,
): InteractionRoutingHistory {
  const named = new Set<string>();
  if (routing.agentId !== undefined) named.add(routing.agentId);
  for (const decision of decisions) {
    named.add(decision.agentId);
    for (const agentId of agentsNamedBy(decision.explanation)) named.add(agentId);
  }
  const agentNames: Record<string, string> = {};
  for (const agentId of [...named].sort()) {
    const username = usernameOf(agentId);
    if (username !== undefined) agentNames[agentId] = username;
  }
  return {
    id: interaction.id,
    ...(interaction.externalId === undefined ? {} : { externalId: interaction.externalId }),
    // '' is a call an agent placed without a route: no queue to name
    ...(interaction.route === '' ? {} : { route: interaction.route }),
    routing,
    decisions,
    agentNames,
  };
}
