// The Supervisor API's shapes the explanation panel reads (GET /supervisor/v1/interactions/{id}/routing), from the
// contract's generated types (contracts/openapi/supervisor.openapi.yaml → libs/contracts). Type-only.
import type { SupervisorApi } from '@switchboard/contracts';

type Schemas = SupervisorApi.components['schemas'];

export type CandidateScore = Schemas['CandidateScore'];
export type RoutingDecision = Schemas['RoutingDecision'];
export type InteractionRoutingHistory = Schemas['InteractionRoutingHistory'];
