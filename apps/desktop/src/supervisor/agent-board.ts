import { el } from '../dom.js';
import { agentState, duration, load } from './format.js';
import type { AgentStatistics, AgentStatisticsList } from './statistics-types.js';

/** Logged-in agents first, then by user name. */
function byPresenceThenName(a: AgentStatistics, b: AgentStatistics): number {
  const out = Number(a.state === 'logged-out') - Number(b.state === 'logged-out');
  return out !== 0 ? out : (a.username ?? a.agentId).localeCompare(b.username ?? b.agentId);
}

/**
 * Every agent of the tenant seen today (GET /statistics/v1/agents): its state and not-ready reason, how long it has
 * been in that state (counting on between reads), its load by interaction type.
 */
export class AgentBoard {
  readonly element = el('section', { class: 'board', 'data-testid': 'agent-board' });
  private agents: AgentStatistics[] = [];
  private readAt = 0;

  /** Agent user names by id, for the other boards. */
  get names(): Record<string, string> {
    return Object.fromEntries(
      this.agents.flatMap((agent) => (agent.username === undefined ? [] : [[agent.agentId, agent.username]])),
    );
  }

  show(list: AgentStatisticsList): void {
    this.agents = [...list.agents].sort(byPresenceThenName);
    this.readAt = performance.now();
    this.render();
  }

  /** Called every second: the time in state goes on. */
  tick(): void {
    if (this.agents.length > 0) this.render();
  }

  private render(): void {
    const elapsed = (performance.now() - this.readAt) / 1000;
    this.element.replaceChildren(
      el('h2', {}, 'Agents'),
      this.agents.length === 0
        ? el('p', { class: 'muted' }, 'No agent seen today yet')
        : el(
            'table',
            { class: 'grid' },
            el(
              'thead',
              {},
              el('tr', {}, ...['Agent', 'State', 'Time in state', 'Load'].map((heading) => el('th', {}, heading))),
            ),
            el(
              'tbody',
              {},
              ...this.agents.map((agent) =>
                el(
                  'tr',
                  {
                    'data-testid': 'agent-row',
                    'data-agent': agent.username ?? agent.agentId,
                    'data-state': agent.state,
                  },
                  el('th', { scope: 'row' }, agent.username ?? agent.agentId),
                  el(
                    'td',
                    { class: `agent-state agent-${agent.state}`, 'data-testid': 'agent-state' },
                    agentState(agent.state, agent.notReadyReason),
                  ),
                  el('td', {}, duration(agent.secondsInState + elapsed)),
                  el('td', { 'data-testid': 'agent-load' }, load(agent.load)),
                ),
              ),
            ),
          ),
    );
  }
}
