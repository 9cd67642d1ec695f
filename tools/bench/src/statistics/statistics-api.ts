import type { ApiAnswers, Summary } from './compare.js';
import { supervisorAuthorization } from './statistics-tenant.js';

/** The most agents the Statistics API answers in one page. */
const AGENT_PAGE = 500;

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
  const agents = await allAgents(baseUrl);
  return summary && queues && agents ? { summary, queues, agents } : undefined;
}

/** Every page of GET /statistics/v1/agents, as one list; undefined when a page is not answered. */
async function allAgents(baseUrl: string): Promise<ApiAnswers['agents'] | undefined> {
  const read = (offset: number) =>
    getStatistics<ApiAnswers['agents']>(baseUrl, `/statistics/v1/agents?offset=${offset}&limit=${AGENT_PAGE}`);
  const first = await read(0);
  if (first === undefined) return undefined;
  const agents = [...first.agents];
  while (agents.length < first.totalCount) {
    const page = await read(agents.length);
    if (page === undefined || page.agents.length === 0) return undefined;
    agents.push(...page.agents);
  }
  return { ...first, agents };
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
