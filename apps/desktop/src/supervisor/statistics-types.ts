// The Statistics API's shapes the supervisor view reads, from the contract's generated types
// (contracts/openapi/statistics.openapi.yaml → libs/contracts). Type-only: nothing of the library reaches the page.
import type { StatisticsApi } from '@switchboard/contracts';

type Schemas = StatisticsApi.components['schemas'];
export type Figures = Schemas['Figures'];
export type QueueRealTime = Schemas['QueueRealTime'];
/** One event of GET /statistics/v1/stream. */
export type LiveStatistics = Schemas['LiveStatistics'];
export type AgentStatistics = Schemas['AgentStatistics'];
/** GET /statistics/v1/agents. */
export type AgentStatisticsList =
  StatisticsApi.paths['/statistics/v1/agents']['get']['responses']['200']['content']['application/json'];
