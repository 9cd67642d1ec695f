import { el } from '../dom.js';
import { agentName, duration, passedOverReason } from './format.js';
import type { CandidateScore, InteractionRoutingHistory, RoutingDecision } from './routing-types.js';

const TRIGGER = {
  'interaction-routable': 'the interaction became routable',
  'agent-available': 'an agent became available',
} as const;

/**
 * One interaction's routing history (GET /supervisor/v1/interactions/{id}/routing): where routing has it now, and
 * for every offer made for it the explanation — the agent chosen with its score, the runners-up, and every other
 * agent counted by why it was passed over — with agents by user name.
 */
export function explanationPanel(history: InteractionRoutingHistory, close: () => void): HTMLElement {
  const names = history.agentNames;
  const { routing } = history;
  const closeButton = el('button', { type: 'button', 'data-testid': 'close-explanation' }, 'Close');
  closeButton.addEventListener('click', close);
  const now = [
    routing.status,
    routing.agentId === undefined ? undefined : `with ${agentName(routing.agentId, names)}`,
    routing.leaseUntil === undefined ? undefined : `until ${new Date(routing.leaseUntil).toLocaleTimeString()}`,
    routing.mandatorySkills.length === 0 ? undefined : `needs ${routing.mandatorySkills.join(', ')}`,
    routing.urgent ? 'urgent' : undefined,
    routing.personalQueueActive ? 'in a personal queue' : undefined,
  ].filter((part) => part !== undefined);
  return el(
    'section',
    { class: 'board explanation', 'data-testid': 'explanation', 'data-id': history.id },
    el(
      'header',
      {},
      el(
        'h2',
        {},
        `Routing of #${history.id}${history.externalId === undefined ? '' : ` (${history.externalId})`}${
          history.route === undefined ? '' : ` in ${history.route}`
        }`,
      ),
      closeButton,
    ),
    el('p', { 'data-testid': 'routing-now' }, `Now: ${now.join(', ')}`),
    history.decisions.length === 0
      ? el('p', { class: 'muted', 'data-testid': 'no-decisions' }, 'Not offered to any agent yet')
      : el('ol', { class: 'decisions' }, ...history.decisions.map((decision) => decisionItem(decision, names))),
  );
}

function decisionItem(decision: RoutingDecision, names: Record<string, string>): HTMLElement {
  const { explanation } = decision;
  const skills = [
    explanation.mandatorySkills.length === 0 ? undefined : `mandatory ${explanation.mandatorySkills.join(', ')}`,
    explanation.optionalSkills.length === 0 ? undefined : `optional ${explanation.optionalSkills.join(', ')}`,
  ].filter((part) => part !== undefined);
  return el(
    'li',
    { 'data-testid': 'decision' },
    el(
      'p',
      {},
      `Offered ${new Date(decision.offeredAt).toLocaleTimeString()} to `,
      el('strong', { 'data-testid': 'chosen-agent' }, agentName(decision.agentId, names)),
      ` when ${TRIGGER[explanation.trigger]}; it had waited ${duration(explanation.queue.waitedMs / 1000)} at priority ${
        explanation.queue.priority
      }${explanation.queue.urgent ? ' (urgent)' : ''}.`,
    ),
    skills.length === 0 ? undefined : el('p', { class: 'muted' }, `Skills: ${skills.join('; ')}`),
    el('p', { 'data-testid': 'chosen-score' }, `Chosen: ${score(explanation.chosen, names)}`),
    el(
      'p',
      { 'data-testid': 'runners-up' },
      explanation.runnersUp.length === 0
        ? 'Runners-up: none'
        : `Runners-up: ${explanation.runnersUp.map((candidate) => score(candidate, names)).join('; ')}`,
    ),
    el(
      'div',
      {},
      'Passed over:',
      explanation.passedOver.length === 0
        ? el('span', { class: 'muted' }, ' nobody')
        : el(
            'ul',
            { 'data-testid': 'passed-over' },
            ...explanation.passedOver.map((entry) =>
              el(
                'li',
                { 'data-testid': 'passed-over-reason', 'data-reason': entry.reason, 'data-count': String(entry.count) },
                `${entry.count} ${entry.count === 1 ? 'agent' : 'agents'} ${passedOverReason(entry.reason, {
                  ...(entry.skill === undefined ? {} : { skill: entry.skill }),
                  ...(entry.agentId === undefined ? {} : { agent: agentName(entry.agentId, names) }),
                })}`,
              ),
            ),
          ),
    ),
  );
}

/** A candidate's score as routing ranks it: optional skills matched, then mandatory skill level, then idle longest. */
function score(candidate: CandidateScore, names: Record<string, string>): string {
  return `${agentName(candidate.agentId, names)} — ${candidate.optionalMatches} optional skills matched, skill level ${
    candidate.skillLevel
  }, idle since ${new Date(candidate.idleSince).toLocaleTimeString()}`;
}
