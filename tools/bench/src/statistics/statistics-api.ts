import type { ApiAnswers, Summary } from './compare.js';
import { supervisorAuthorization } from './statistics-tenant.js';

/** GET a Statistics API path as the supervisor: its JSON answer, or undefined on any other status (a restarting service). */
export async function getStatistics<T>(baseUrl: string, path: string): Promise<T | undefined> {
  const response = await fetch(`${baseUrl}${path}`, { headers: { authorization: supervisorAuthorization() } });
  if (response.status !== 200) {
    await response.arrayBuffer();
    return undefined;
  }
  return (await response.json()) as T;
}

export const summaryOf = (baseUrl: string): Promise<Summary | undefined> =>
  getStatistics<Summary>(baseUrl, '/statistics/v1/summary');

/** The summary, the routes and the agents, one after the other; undefined when one of them is not answered. */
export async function readAllStatistics(baseUrl: string): Promise<ApiAnswers | undefined> {
  const summary = await summaryOf(baseUrl);
  const queues = await getStatistics<ApiAnswers['queues']>(baseUrl, '/statistics/v1/queues');
  const agents = await getStatistics<ApiAnswers['agents']>(baseUrl, '/statistics/v1/agents');
  return summary && queues && agents ? { summary, queues, agents } : undefined;
}

/** The figures of a summary a restarted service must show again: all but its clock-dependent fields. */
export const restorableFigures = (summary: Summary): string =>
  JSON.stringify({
    today: summary.today,
    interval: summary.interval,
    waiting: summary.realTime.waiting,
    offered: summary.realTime.offered,
    agents: summary.realTime.agents,
  });
