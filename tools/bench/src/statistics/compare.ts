import type { StatisticsApi } from '@switchboard/contracts';
import type { ApiAgentCounts, ApiFigures, Recount, RecountedScope } from './recount.js';

type Schemas = StatisticsApi.components['schemas'];
export type Summary = Schemas['Periods'] & {
  realTime: Schemas['QueueRealTime'] & { agents: Schemas['AgentCounts'] };
  interval: Schemas['Figures'];
  today: Schemas['Figures'];
};
export type Queues = Schemas['Periods'] & { queues: Schemas['QueueStatistics'][] };
/** A page of GET /statistics/v1/agents (the benchmark reads them all into one). */
export type Agents =
  StatisticsApi.paths['/statistics/v1/agents']['get']['responses']['200']['content']['application/json'];

/** What the Statistics API answered, read one after the other with nothing happening meanwhile. */
export interface ApiAnswers {
  summary: Summary;
  queues: Queues;
  agents: Agents;
}

export interface Comparison {
  /** Figures compared (each number of each scope and period). */
  compared: number;
  /** One line per figure that differs: where, the API's value, the log's. */
  mismatches: string[];
}

/** Every figure of the API's answers against the recount from the log: they must be equal, exactly. */
export function compareWithRecount(api: ApiAnswers, log: Recount): Comparison {
  const mismatches: string[] = [];
  let compared = 0;
  const same = (where: string, apiValue: unknown, logValue: unknown): void => {
    compared += 1;
    if (!Object.is(apiValue, logValue))
      mismatches.push(`${where}: API ${JSON.stringify(apiValue)}, log ${JSON.stringify(logValue)}`);
  };
  const figures = (where: string, apiFigures: ApiFigures, logFigures: ApiFigures): void => {
    for (const key of FIGURE_KEYS) same(`${where}.${key}`, apiFigures[key], logFigures[key]);
    const splits = Math.max(apiFigures.splitByWaitTime.length, logFigures.splitByWaitTime.length);
    for (let index = 0; index < splits; index += 1) {
      const apiSplit = apiFigures.splitByWaitTime[index];
      const logSplit = logFigures.splitByWaitTime[index];
      const at = `${where}.splitByWaitTime[${String(apiSplit?.thresholdSeconds ?? logSplit?.thresholdSeconds)}s]`;
      same(`${at}.thresholdSeconds`, apiSplit?.thresholdSeconds, logSplit?.thresholdSeconds);
      same(`${at}.accepted`, apiSplit?.accepted, logSplit?.accepted);
      same(`${at}.abandoned`, apiSplit?.abandoned, logSplit?.abandoned);
    }
  };
  const periods = (where: string, apiScope: { interval: ApiFigures; today: ApiFigures }, scope: string): void => {
    const logScope = log.scopes.get(scope) ?? zeroScope(apiScope);
    figures(`${where}.interval`, apiScope.interval, logScope.interval);
    figures(`${where}.today`, apiScope.today, logScope.today);
  };

  periods('summary', api.summary, 'tenant');
  same('summary.realTime.waiting', api.summary.realTime.waiting, log.waiting.get('') ?? 0);
  same('summary.realTime.offered', api.summary.realTime.offered, log.offered.get('') ?? 0);
  agentCounts(api.summary.realTime.agents, log.agents, same);

  const apiRoutes = new Map(api.queues.queues.map((queue) => [queue.route, queue]));
  const logRoutes = [...log.scopes.keys()].filter((scope) => scope.startsWith('route:')).map((scope) => scope.slice(6));
  for (const route of new Set([...apiRoutes.keys(), ...logRoutes])) {
    const queue = apiRoutes.get(route);
    if (queue === undefined) {
      mismatches.push(`queues[${route}]: not in the API's answer, in the log`);
      continue;
    }
    periods(`queues[${route}]`, queue, `route:${route}`);
    same(`queues[${route}].realTime.waiting`, queue.realTime.waiting, log.waiting.get(route) ?? 0);
    same(`queues[${route}].realTime.offered`, queue.realTime.offered, log.offered.get(route) ?? 0);
  }

  const apiAgents = new Map(api.agents.agents.map((agent) => [agent.agentId, agent]));
  const logAgents = [...log.scopes.keys()].filter((scope) => scope.startsWith('agent:')).map((scope) => scope.slice(6));
  for (const agentId of new Set([...apiAgents.keys(), ...logAgents])) {
    const agent = apiAgents.get(agentId);
    if (agent === undefined) {
      mismatches.push(`agents[${agentId}]: not in the API's answer, in the log`);
      continue;
    }
    periods(`agents[${agentId}]`, agent, `agent:${agentId}`);
  }
  return { compared, mismatches };
}

const FIGURE_KEYS = [
  'entered',
  'offered',
  'accepted',
  'rejected',
  'offerTimeouts',
  'abandoned',
  'completed',
  'transferred',
  'averageSpeedOfAnswerSeconds',
  'maxSpeedOfAnswerSeconds',
  'averageHandleTimeSeconds',
  'acceptedWithinSla',
  'serviceLevel',
] as const satisfies readonly (keyof ApiFigures)[];

/** A scope the log has nothing of: zeros, split by the API's own thresholds. */
function zeroScope(apiScope: { interval: ApiFigures }): RecountedScope {
  const zero: ApiFigures = {
    entered: 0,
    offered: 0,
    accepted: 0,
    rejected: 0,
    offerTimeouts: 0,
    abandoned: 0,
    completed: 0,
    transferred: 0,
    averageSpeedOfAnswerSeconds: 0,
    maxSpeedOfAnswerSeconds: 0,
    averageHandleTimeSeconds: 0,
    acceptedWithinSla: 0,
    splitByWaitTime: apiScope.interval.splitByWaitTime.map((split) => ({ ...split, accepted: 0, abandoned: 0 })),
  };
  return { interval: zero, today: zero };
}

function agentCounts(
  api: ApiAgentCounts,
  log: ApiAgentCounts,
  same: (where: string, apiValue: unknown, logValue: unknown) => void,
): void {
  for (const key of ['loggedIn', 'ready', 'busy', 'wrapUp', 'notReady'] as const)
    same(`summary.realTime.agents.${key}`, api[key], log[key]);
  const byReason = (counts: ApiAgentCounts): Map<string, number> =>
    new Map(counts.notReadyByReason.map(({ reason, agents }) => [reason, agents]));
  const apiReasons = byReason(api);
  const logReasons = byReason(log);
  for (const reason of new Set([...apiReasons.keys(), ...logReasons.keys()]))
    same(
      `summary.realTime.agents.notReadyByReason[${JSON.stringify(reason)}]`,
      apiReasons.get(reason),
      logReasons.get(reason),
    );
}
