/* eslint-disable */
// ---------------------------------------------------------------------------------------------
// GENERATED FILE — DO NOT EDIT. Generated from contracts/asyncapi/bus.asyncapi.yaml by tools/codegen.
// Edit the contract and run `npm run codegen`; `npm run codegen:check` fails on any drift.
// ---------------------------------------------------------------------------------------------

export interface DispatchInteractionCommand {
  requestId?: string;
  externalId?: string;
  provider?: string;
  route: string;
  interactionType?: InteractionType;
  mediaType?: string;
  clid?: string;
  name?: string;
  url?: LinkedUrl;
  properties: AttributesInput;
  /**
   * @maxItems 100
   */
  skills: SkillRequirement[];
  personalQueue?: PersonalQueueRequirement;
}

export interface InvokeInteractionsCommand {
  /**
   * Processed in order; one item's failure does not stop the next.
   *
   * @minItems 1
   * @maxItems 100
   */
  items: [
    (
      | {
          dispatch: DispatchInteractionCommand;
        }
      | {
          release: ReleaseInteractionCommand;
        }
    ),
    ...(
      | {
          dispatch: DispatchInteractionCommand;
        }
      | {
          release: ReleaseInteractionCommand;
        }
    )[]
  ];
}

export type InvokeInteractionsReply =
  | {
      ok: true;
      /**
       * One per item, in the items' order.
       */
      results: InteractionCommandReply[];
    }
  | CommandFailure;

export interface ReleaseInteractionCommand {
  requestId?: string;
  externalId: string;
  provider?: string;
}

export type InteractionCommandReply =
  | {
      ok: true;
      interactionId: string;
      /**
       * The request id was processed before; this is the first outcome, not acted on again.
       */
      duplicate: boolean;
      /**
       * With `duplicate`: the request first processed under this request id, whose outcome this is — its
       * action and the externalid it named, whatever the repeat asks. Absent where the first outcome was
       * remembered before it was recorded (a snapshot of an older release).
       *
       */
      firstRequest?: {
        action: "dispatch" | "release";
        externalId?: string;
      };
    }
  | CommandFailure;

export interface ChangeAgentStateCommand {
  agentId: string;
  change: AgentStateChange;
  reason?: string;
  channel?: InteractionType;
}

export interface GetAgentQuery {
  agentId: string;
}

export type AgentReply =
  | {
      ok: true;
      agent: AgentView;
      /**
       * In the answer to agentGet: the agent's skills with their levels, as routing weighs them, in the
       * tenant file's order (a state change answers without them).
       *
       */
      skills?: AgentSkill[];
    }
  | CommandFailure;

export interface AgentSkill {
  /**
   * The skill's name as the tenant file writes it for the agent.
   */
  name: string;
  level: number;
}

export interface AgentInteractionCommand {
  /**
   * The caller's reference for this request, echoed in the events it causes.
   */
  referenceId?: number;
  interactionId: string;
  /**
   * The agent acting; it must be the one offered or handling it.
   */
  agentId: string;
}

export interface ChangeUserDataCommand {
  /**
   * The caller's reference for this request, echoed in the events it causes.
   */
  referenceId?: number;
  interactionId: string;
  agentId: string;
  /**
   * attach and update set the keys given (nested values as given); delete removes the keys given.
   */
  operation: "attach" | "update" | "delete";
  userData: UserDataInput;
  /**
   * update only: append each value to the key's current one, joined by this separator ('' — directly); ICWS appendMode.
   */
  appendSeparator?: string;
}

/**
 * Attached data, any JSON values (nested objects kept).
 */
export interface UserData {
  [k: string]: unknown | undefined;
}

/**
 * User data a command sets or deletes: at most 100 keys, each at most 256 characters, a string value at most 32,768
 * characters (README, Limits). Events keep the unbounded UserData, so a log written before the bounds still replays.
 *
 */
export interface UserDataInput {
  [k: string]: string | number | boolean | null | {} | unknown[] | undefined;
}

/**
 * String attributes or properties a command sets; at most 100, each name at most 256 characters and value at most 32,768.
 */
export interface AttributesInput {
  [k: string]: string | undefined;
}

export interface TransferToAgentCommand {
  /**
   * The caller's reference for this request, echoed in the events it causes.
   */
  referenceId?: number;
  interactionId: string;
  agentId: string;
  /**
   * The agent to hand it to.
   */
  targetAgentId: string;
  /**
   * When the target cannot take it now, it waits in the target's own queue (a personal queue) instead of being refused: an ICWS blind transfer to a user queue.
   */
  queueIfUnavailable?: boolean;
}

export interface TransferToRouteCommand {
  /**
   * The caller's reference for this request, echoed in the events it causes.
   */
  referenceId?: number;
  interactionId: string;
  agentId: string;
  /**
   * The named route whose plan the interaction goes through next.
   */
  route: string;
}

export interface SupervisorReleaseCommand {
  /**
   * The request's id: a repeat within the request retention is answered with the first outcome (`duplicate`)
   * and not acted on again, as a VCC release's requestid.
   *
   */
  requestId: string;
  interactionId: string;
  /**
   * Who releases it, for the audit: `agent <username>` (a supervisor) or `client <clientId>` (an admin token).
   */
  releasedBy: string;
}

export interface GetInteractionQuery {
  interactionId: string;
}

export type InteractionDetailsReply =
  | {
      ok: true;
      interaction: InteractionSnapshot;
      routing: InteractionRouting;
      /**
       * Every offer made for the interaction, oldest first, each with why.
       */
      decisions: RoutingDecisionRecord[];
    }
  | CommandFailure;

export interface InteractionRouting {
  status: "waiting" | "offered" | "connected";
  agentId?: string;
  leaseUntil?: string;
  mandatorySkills: string[];
  urgent: boolean;
  personalQueueActive: boolean;
}

export interface RoutingDecisionRecord {
  eventId: string;
  offeredAt: string;
  agentId: string;
  explanation: RoutingExplanation;
}

export interface CandidateScore {
  agentId: string;
  /**
   * How many of the interaction's optional skills the agent has.
   */
  optionalMatches: number;
  /**
   * The sum of the agent's levels in the mandatory, unexpired skills.
   */
  skillLevel: number;
  /**
   * Epoch milliseconds of its last interaction or presence change.
   */
  idleSince: number;
}

/**
 * Why the interaction went to this agent, who came next, and why every other agent was passed over.
 */
export interface RoutingExplanation {
  trigger: "interaction-routable" | "agent-available";
  chosen: CandidateScore;
  runnersUp: CandidateScore[];
  passedOver: {
    reason:
      "logged-out" | "not-ready" | "wrap-up" | "channel-not-ready" | "no-capacity" | "missing-skill" | "personal-queue";
    count: number;
    skill?: string;
    agentId?: string;
  }[];
  mandatorySkills: string[];
  optionalSkills: string[];
  personalQueueAgentId?: string;
  queue: {
    urgent: boolean;
    priority: number;
    waitedMs: number;
  };
}

/**
 * A provider and everything it is registered with; registering again replaces all of it.
 */
export interface ProviderSettings {
  name: string;
  /**
   * Where callbacks are posted; none means the provider only governs agent actions.
   */
  endpoint?: string;
  /**
   * Sent with every callback (may hold credentials).
   */
  headers: {
    [k: string]: string | undefined;
  };
  agentActionsPermitted: {
    release: boolean;
    /**
     * Hold a live interaction or park a non-live one, and retrieve it.
     */
    hold: boolean;
    transferToAgent: boolean;
    transferToRoute: boolean;
  };
}

export interface ProviderName {
  name: string;
}

export interface ListProvidersQuery {}

export type ProviderReply =
  | {
      ok: true;
      provider: ProviderSettings;
    }
  | CommandFailure;

export type ProvidersReply =
  | {
      ok: true;
      providers: ProviderSettings[];
    }
  | CommandFailure;

export interface RedriveCommand {
  notificationId: string;
}

export interface DeadLetter {
  notificationId: string;
  provider: string;
  endpoint: string;
  /**
   * The notification as it would be posted (one element of the callback array).
   */
  notification: {
    [k: string]: unknown | undefined;
  };
  attempts: number;
  lastError: string;
  failedAt: string;
}

export type DeadLettersReply =
  | {
      ok: true;
      deadLetters: DeadLetter[];
    }
  | CommandFailure;

export type RedriveReply =
  | {
      ok: true;
      notificationId: string;
    }
  | CommandFailure;

export type AgentInteractionsReply =
  | {
      ok: true;
      interactions: {
        interaction: InteractionSnapshot;
        /**
         * held — connected, and on hold (or parked) through another dialect, e.g. ICWS.
         */
        status: "offered" | "connected" | "held";
        permitted: PermittedActions;
        offerLease?: OfferLease;
      }[];
    }
  | CommandFailure;

/**
 * While the interaction is offered: when the offer is taken back unless accepted, and the time left then as the interactions service's clock saw it when answering, so that a desktop counts down whatever its own clock says.
 */
export interface OfferLease {
  leaseUntil: string;
  remainingMs: number;
}

export interface PermittedActions {
  release: boolean;
  hold: boolean;
  transferToAgent: boolean;
  transferToRoute: boolean;
}

export interface CommandFailure {
  ok: false;
  error: DomainError;
}

export interface DomainError {
  code: DomainErrorCode;
  message: string;
}

/**
 * The catalogue of domain failures; each API dialect maps them to its own error format.
 */
export type DomainErrorCode =
  | "invalid_command"
  | "route_not_found"
  | "external_id_in_use"
  | "interaction_not_found"
  | "provider_required"
  | "provider_mismatch"
  | "provider_not_registered"
  | "agent_not_found"
  | "unknown_skill"
  | "unknown_agent"
  | "not_offered_to_agent"
  | "provider_not_found"
  | "dead_letter_not_found"
  | "action_not_permitted"
  | "target_unavailable"
  | "delivery_failed"
  | "offer_expired"
  | "invalid_state"
  | "workbin_not_found"
  | "queue_not_found"
  | "queue_not_visible"
  | "agent_exists"
  | "precondition_failed"
  | "log_unavailable"
  | "internal_error";

export type AgentStateChange = "login" | "logout" | "ready" | "not-ready";

export interface AgentView {
  /**
   * The agent's display id.
   */
  id: string;
  username: string;
  loggedIn: boolean;
  ready: boolean;
  notReadyReason?: string;
  /**
   * Channels (interaction types) set not ready on their own; none when absent.
   */
  notReadyChannels?: InteractionType[];
}

export type InteractionType = "live" | "chat" | "nonlive";

export interface LinkedUrl {
  label: string;
  value?: string;
}

/**
 * Interaction properties the plan can read, by key.
 */
export interface Properties {
  [k: string]: string | undefined;
}

export interface SkillRequirement {
  name: string;
  /**
   * Absent — mandatory for ever; 0 — optional; N — mandatory for N seconds after queueing.
   */
  expiryAfterSeconds?: number;
}

export interface PersonalQueueRequirement {
  /**
   * The agent's username.
   */
  agent: string;
  loggedInTimeoutSeconds: number;
  loggedOutTimeoutSeconds: number;
}

export interface InteractionSnapshot {
  /**
   * Switchboard's numeric-string id.
   */
  id: string;
  externalId?: string;
  requestId?: string;
  provider?: string;
  /**
   * The named route (ICWS workgroup) it came through; '' for a call an agent placed without one.
   */
  route: string;
  interactionType: InteractionType;
  mediaType: string;
  clid?: string;
  name?: string;
  url?: LinkedUrl;
  properties: Properties;
  skills: SkillRequirement[];
  personalQueue?: PersonalQueueRequirement;
  /**
   * 1 lowest … 5 highest; 3 normal.
   */
  priority?: number;
  /**
   * Answer within this many seconds of queueing.
   */
  slaSeconds?: number;
  /**
   * How long an agent has to accept an offer (the ACD applet's).
   */
  offerTimeoutSeconds?: number;
  /**
   * How long the agent wraps up after completing it (the ACD applet's).
   */
  wrapUpSeconds?: number;
  /**
   * The ACD applet's mode: longest-waiting ranks free agents by idle time alone.
   */
  routingMode?: "skills-based" | "longest-waiting";
  /**
   * The plan applet the interaction is at while its plan waits.
   */
  planStep?: string;
  userData?: UserData;
  queuedAt: string;
  direction?: InteractionDirection;
  subject?: string;
  remoteId?: string;
  /**
   * The agent's audio is muted.
   */
  muted?: boolean;
  /**
   * Usernames of the agents recording it.
   */
  recorders?: string[];
  /**
   * Usernames of those recording it as supervisors.
   */
  supervisorRecorders?: string[];
  recordingPaused?: boolean;
}

/**
 * Unique per event; a derived event's JetStream Nats-Msg-Id.
 */
export type EventId = string;

/**
 * One stored message of the domain log: the domain events of one group-committed batch of one tenant, in
 * order (each validated against its own event schema), or none for a takeover's fence.
 *
 */
export interface EventRecord {
  /**
   * The interactions instance that stored it.
   */
  writer: string;
  events: {}[];
}

export interface InteractionQueuedEvent {
  id: EventId;
  type: "interaction.queued";
  tenant: string;
  occurredAt: string;
  data: {
    interaction: InteractionSnapshot;
  };
}

export interface InteractionOfferedEvent {
  id: EventId;
  type: "interaction.offered";
  tenant: string;
  occurredAt: string;
  data: {
    interaction: InteractionSnapshot;
    agentId: string;
    agentUsername: string;
    /**
     * An accept after this is refused.
     */
    leaseUntil: string;
    explanation: RoutingExplanation;
  };
}

export interface InteractionReleasedEvent {
  id: EventId;
  type: "interaction.released";
  tenant: string;
  occurredAt: string;
  data: {
    /**
     * The referenceId of the request that caused it.
     */
    referenceId?: number;
    interaction: InteractionSnapshot;
    /**
     * The release request's id.
     */
    requestId?: string;
    /**
     * The agent that was offered or handling it, if any.
     */
    agentId?: string;
    /**
     * released-by-api — a VCC release; released-by-plan — its route's plan ended it; released-by-agent — the
     * agent handling it ended it; released-by-supervisor — a supervisor or administrator took it out while
     * it waited (or was offered).
     *
     */
    reason: "released-by-api" | "released-by-plan" | "released-by-agent" | "released-by-supervisor";
    /**
     * With released-by-supervisor: who released it (`agent <username>` or `client <clientId>`).
     */
    releasedBy?: string;
    workbin?: WorkbinRef;
    /**
     * With `workbin`, the agents subscribed to that workbin then (told the item is removed).
     */
    subscribers?: string[];
  };
}

export interface InteractionOfferRevokedEvent {
  id: EventId;
  type: "interaction.offer-revoked";
  tenant: string;
  occurredAt: string;
  data: {
    interaction: InteractionSnapshot;
    agentId: string;
    reason: "agent-logged-out";
  };
}

export interface InteractionAcceptedEvent {
  id: EventId;
  type: "interaction.accepted";
  tenant: string;
  occurredAt: string;
  data: {
    /**
     * The referenceId of the request that caused it.
     */
    referenceId?: number;
    interaction: InteractionSnapshot;
    agentId: string;
  };
}

export interface InteractionRejectedEvent {
  id: EventId;
  type: "interaction.rejected";
  tenant: string;
  occurredAt: string;
  data: {
    /**
     * The referenceId of the request that caused it.
     */
    referenceId?: number;
    interaction: InteractionSnapshot;
    agentId: string;
    agent?: AgentView;
  };
}

export interface InteractionOfferTimedOutEvent {
  id: EventId;
  type: "interaction.offer-timed-out";
  tenant: string;
  occurredAt: string;
  data: {
    interaction: InteractionSnapshot;
    agentId: string;
    agent?: AgentView;
  };
}

export interface InteractionCompletedEvent {
  id: EventId;
  type: "interaction.completed";
  tenant: string;
  occurredAt: string;
  data: {
    /**
     * The referenceId of the request that caused it.
     */
    referenceId?: number;
    interaction: InteractionSnapshot;
    agentId: string;
    agent?: AgentView;
  };
}

export interface AgentWrapUpEndedEvent {
  id: EventId;
  type: "agent.wrap-up-ended";
  tenant: string;
  occurredAt: string;
  data: {
    agentId: string;
    agent?: AgentView;
  };
}

export interface InteractionPlanPausedEvent {
  id: EventId;
  type: "interaction.plan-paused";
  tenant: string;
  occurredAt: string;
  data: {
    interaction: InteractionSnapshot;
    /**
     * The HTTP Request applet whose call the plan waits on.
     */
    step: string;
  };
}

export interface InteractionPlanStepCompletedEvent {
  id: EventId;
  type: "interaction.plan-step-completed";
  tenant: string;
  occurredAt: string;
  data: {
    interaction: InteractionSnapshot;
    step: string;
    outcome: "completed" | "failed";
    /**
     * Why the call failed.
     */
    error?: string;
  };
}

export interface ProviderRegisteredEvent {
  id: EventId;
  type: "provider.registered";
  tenant: string;
  occurredAt: string;
  data: {
    provider: ProviderSettings;
  };
}

export interface ProviderRemovedEvent {
  id: EventId;
  type: "provider.removed";
  tenant: string;
  occurredAt: string;
  data: {
    name: string;
  };
}

export interface InteractionHeldEvent {
  id: EventId;
  type: "interaction.held";
  tenant: string;
  occurredAt: string;
  data: {
    interaction: InteractionSnapshot;
    agentId: string;
    /**
     * Parked (ICWS park): held, and shown as Parked.
     */
    parked?: boolean;
  };
}

export interface InteractionRetrievedEvent {
  id: EventId;
  type: "interaction.retrieved";
  tenant: string;
  occurredAt: string;
  data: {
    interaction: InteractionSnapshot;
    agentId: string;
  };
}

export interface InteractionTransferredEvent {
  id: EventId;
  type: "interaction.transferred";
  tenant: string;
  occurredAt: string;
  data: {
    /**
     * The referenceId of the request that caused it.
     */
    referenceId?: number;
    interaction: InteractionSnapshot;
    fromAgentId: string;
    toAgentId: string;
    toAgentUsername: string;
    leaseUntil: string;
  };
}

export interface InteractionRouteTransferredEvent {
  id: EventId;
  type: "interaction.route-transferred";
  tenant: string;
  occurredAt: string;
  data: {
    /**
     * The referenceId of the request that caused it.
     */
    referenceId?: number;
    interaction: InteractionSnapshot;
    fromAgentId: string;
    route: string;
  };
}

export interface InteractionUserDataChangedEvent {
  id: EventId;
  type: "interaction.user-data-changed";
  tenant: string;
  occurredAt: string;
  data: {
    /**
     * The referenceId of the request that caused it.
     */
    referenceId?: number;
    interaction: InteractionSnapshot;
    agentId: string;
  };
}

export interface AgentStateChangedEvent {
  id: EventId;
  type: "agent.state-changed";
  tenant: string;
  occurredAt: string;
  data: {
    change: AgentStateChange;
    channel?: InteractionType;
    agent: AgentView;
  };
}

/**
 * A workbin by name; an agent's own workbin also names its owner (a queue's is shared by the tenant's agents).
 */
export interface WorkbinRef {
  name: string;
  ownerAgentId?: string;
}

export interface WorkbinCommand {
  /**
   * The caller's reference for this request, echoed in the events it causes.
   */
  referenceId?: number;
  /**
   * The agent acting.
   */
  agentId: string;
  /**
   * place — park an interaction the agent handles; pull — take one out and work on it; list — publish the
   * workbin's content to the agent; subscribe / unsubscribe — to items added to and removed from it.
   *
   */
  operation: "place" | "pull" | "list" | "subscribe" | "unsubscribe";
  /**
   * The workbin's name (the agent's own, or a queue's).
   */
  workbin: string;
  /**
   * place and pull — the interaction.
   */
  interactionId?: string;
}

export type WorkbinCommandReply =
  | {
      ok: true;
      interactionId?: string;
    }
  | CommandFailure;

export interface WorkbinView {
  name: string;
  /**
   * agent — every agent has its own; queue — one, shared.
   */
  scope: "agent" | "queue";
  /**
   * The named route a queue workbin belongs to.
   */
  queue?: string;
  interactions: InteractionSnapshot[];
}

export type AgentWorkbinsReply =
  | {
      ok: true;
      workbins: WorkbinView[];
    }
  | CommandFailure;

/**
 * One page of the tenant's active interactions, oldest first. The service answers at most `limit` of them and stops earlier when the page would pass its reply budget (a bus reply must fit NATS's max_payload); the caller goes on from `offset` + the number it got.
 */
export interface ListInteractionsQuery {
  offset?: number;
  limit?: number;
}

export type InteractionListReply =
  | {
      ok: true;
      /**
       * How many active interactions the tenant has in all.
       */
      total: number;
      interactions: {
        interaction: InteractionSnapshot;
        /**
         * in-plan — its plan waits on a data connector call.
         */
        status: "in-plan" | "waiting" | "offered" | "connected" | "in-workbin";
        /**
         * The agent it is offered to or connected with.
         */
        agentId?: string;
        workbin?: WorkbinRef;
      }[];
    }
  | CommandFailure;

export interface InteractionCancelledEvent {
  id: EventId;
  type: "interaction.cancelled";
  tenant: string;
  occurredAt: string;
  data: {
    /**
     * The referenceId of the request that caused it.
     */
    referenceId?: number;
    interaction: InteractionSnapshot;
    agentId: string;
  };
}

export interface InteractionPlacedInWorkbinEvent {
  id: EventId;
  type: "interaction.placed-in-workbin";
  tenant: string;
  occurredAt: string;
  data: {
    /**
     * The referenceId of the request that caused it.
     */
    referenceId?: number;
    interaction: InteractionSnapshot;
    /**
     * The agent that parked it.
     */
    agentId: string;
    workbin: WorkbinRef;
    /**
     * The agents subscribed to the workbin then.
     */
    subscribers: string[];
  };
}

export interface InteractionPulledFromWorkbinEvent {
  id: EventId;
  type: "interaction.pulled-from-workbin";
  tenant: string;
  occurredAt: string;
  data: {
    /**
     * The referenceId of the request that caused it.
     */
    referenceId?: number;
    interaction: InteractionSnapshot;
    /**
     * The agent that took it out; it now works on it.
     */
    agentId: string;
    workbin: WorkbinRef;
    /**
     * The agents subscribed to the workbin then.
     */
    subscribers: string[];
  };
}

export interface AgentWorkbinListedEvent {
  id: EventId;
  type: "agent.workbin-listed";
  tenant: string;
  occurredAt: string;
  data: {
    /**
     * The referenceId of the request that caused it.
     */
    referenceId?: number;
    agentId: string;
    workbin: WorkbinRef;
    interactions: InteractionSnapshot[];
  };
}

export interface AgentWorkbinSubscriptionChangedEvent {
  id: EventId;
  type: "agent.workbin-subscription-changed";
  tenant: string;
  occurredAt: string;
  data: {
    /**
     * The referenceId of the request that caused it.
     */
    referenceId?: number;
    agentId: string;
    workbin: WorkbinRef;
    subscribed: boolean;
  };
}

/**
 * A queue: a user's (what is offered to, connected to, held or parked by that agent) or a workgroup's (a named route's).
 */
export interface QueueRef {
  type: "user" | "workgroup";
  /**
   * The agent's username, or the named route; either matched case-insensitively.
   */
  name: string;
}

/**
 * ICWS attributes by name; every value a string.
 */
export interface StringAttributes {
  [k: string]: string | undefined;
}

export interface CreateInteractionCommand {
  /**
   * The caller's reference for this request, echoed in the events it causes.
   */
  referenceId?: number;
  /**
   * The agent starting it.
   */
  agentId: string;
  /**
   * call — the agent's own call to `target`, connected to the agent at once (`queue`, when given, is the workgroup
   * it dials on behalf of); callback — a request to call `target` back, queued into `queue`; generic — a work
   * item queued into `queue`.
   *
   */
  kind: "call" | "callback" | "generic";
  /**
   * call and callback: the number (or address) to reach.
   */
  target?: string;
  queue?: QueueRef;
  subject?: string;
  remoteName?: string;
  remoteId?: string;
  direction?: InteractionDirection;
  attributes?: AttributesInput;
}

export type InteractionDirection = "inbound" | "outbound";

export interface ControlInteractionCommand {
  /**
   * The caller's reference for this request, echoed in the events it causes.
   */
  referenceId?: number;
  interactionId: string;
  /**
   * The agent acting; it must be the one handling it.
   */
  agentId: string;
  /**
   * mute — the agent's audio; record — a recording by the agent (a supervisor's when `supervisor`); pause — the recording.
   */
  control: "mute" | "record" | "pause";
  on: boolean;
  /**
   * record: a supervisor recording (ICWS Eic_RecordersSupv).
   */
  supervisor?: boolean;
}

export interface InteractionConnectedEvent {
  id: EventId;
  type: "interaction.connected";
  tenant: string;
  occurredAt: string;
  data: {
    /**
     * The referenceId of the request that caused it.
     */
    referenceId?: number;
    interaction: InteractionSnapshot;
    agentId: string;
    /**
     * outbound-call — the agent's own new call; pickup — the agent took it from a queue without an offer.
     */
    how: "outbound-call" | "pickup";
  };
}

export interface InteractionControlledEvent {
  id: EventId;
  type: "interaction.controlled";
  tenant: string;
  occurredAt: string;
  data: {
    /**
     * The referenceId of the request that caused it.
     */
    referenceId?: number;
    interaction: InteractionSnapshot;
    agentId: string;
    control: "mute" | "record" | "pause";
    on: boolean;
    supervisor?: boolean;
  };
}

export interface GetInteractionAttributesQuery {
  /**
   * The agent asking; an agent of the tenant.
   */
  agentId: string;
  interactionId: string;
  /**
   * Matched case-insensitively; each answered under the name as asked (an unset one as ''). Absent: only Eic_CallId.
   */
  names?: string[];
}

export type InteractionAttributesReply =
  | {
      ok: true;
      attributes: StringAttributes;
    }
  | CommandFailure;

export interface SubscribeQueuesCommand {
  /**
   * The session's agent; it may see its own queue and the workgroups it is a member of, a supervisor every queue.
   */
  agentId: string;
  sessionId: string;
  /**
   * The client's name for it; subscribing again under it replaces it.
   */
  subscriptionId: string;
  /**
   * @minItems 1
   * @maxItems 100
   */
  queues: [QueueRef, ...QueueRef[]];
  /**
   * At most 200 names, each at most 256 characters, none twice when case is ignored.
   *
   * @minItems 1
   * @maxItems 200
   */
  attributeNames: [string, ...string[]];
  resultLimit?: QueueResultLimit;
  attributeFilter?: QueueFilter;
}

/**
 * The window a queue subscription shows (ICWS queueResultLimit): its matching interactions in order — by
 * `orderAttribute` (values compared as strings, numerically when both are numbers; ties in queue order, oldest
 * first) or, without one, in queue order — of which the client sees the first `limitCount`. Without
 * `limitCount` the order sorts the snapshot only.
 *
 */
export interface QueueResultLimit {
  /**
   * At most 1000, the most one snapshot carries.
   */
  limitCount?: number;
  /**
   * An attribute name, matched case-insensitively.
   */
  orderAttribute?: string;
  /**
   * The greatest value first; default false.
   */
  descending?: boolean;
}

/**
 * Which interactions of its queues a subscription shows (ICWS attributeFilter): a comparison of one attribute,
 * or a group of filters. At most 5 groups deep and 100 filters in all (the interactions service refuses more).
 *
 */
export type QueueFilter = QueueFilterGroup | QueueFilterComparison;

/**
 * all — every item holds (true when empty); any — at least one does; none — no item does.
 */
export interface QueueFilterGroup {
  match: "all" | "any" | "none";
  /**
   * @maxItems 100
   */
  items: QueueFilter[];
}

/**
 * The interaction's attribute (name matched case-insensitively; a missing one is "") is, or with equals false is
 * not, exactly the value (case-sensitive).
 *
 */
export interface QueueFilterComparison {
  attribute: string;
  equals: boolean;
  value: string;
}

export interface UnsubscribeQueuesCommand {
  agentId: string;
  sessionId: string;
  subscriptionId: string;
}

export interface WatchInteractionCommand {
  /**
   * The session's agent; it may watch what it may read the attributes of.
   */
  agentId: string;
  sessionId: string;
  /**
   * Any string the client sent; only an interaction in the system is watched.
   */
  interactionId: string;
  /**
   * At most 200 names, each at most 256 characters, none twice when case is ignored.
   *
   * @minItems 1
   * @maxItems 200
   */
  attributeNames: [string, ...string[]];
}

export interface UnwatchInteractionCommand {
  agentId: string;
  sessionId: string;
  /**
   * Any string the client sent; only an interaction in the system is watched.
   */
  interactionId: string;
}

export interface SessionCommand {
  sessionId: string;
}

export type SessionCommandReply =
  | {
      ok: true;
    }
  | CommandFailure;

export interface SessionQueueSubscriptionChangedEvent {
  id: EventId;
  type: "session.queue-subscription-changed";
  tenant: string;
  occurredAt: string;
  data: {
    sessionId: string;
    agentId: string;
    subscriptionId: string;
    /**
     * false — the subscription ended.
     */
    subscribed: boolean;
    /**
     * When subscribed.
     */
    queues?: QueueRef[];
    /**
     * When subscribed.
     */
    attributeNames?: string[];
    resultLimit?: QueueResultLimit;
    attributeFilter?: QueueFilter;
  };
}

export interface InteractionAttributesEntry {
  interactionId: string;
  attributes: StringAttributes;
}

export interface SessionQueueContentsEvent {
  id: EventId;
  type: "session.queue-contents";
  tenant: string;
  occurredAt: string;
  /**
   * isDelta false — everything the subscription shows now, in `added` (the client replaces what it had); true —
   * what changed: interactions that came in (with every subscribed attribute), those whose subscribed attributes
   * changed (with only those), and the ids of those that left.
   *
   */
  data: {
    sessionId: string;
    subscriptionId: string;
    isDelta: boolean;
    added?: InteractionAttributesEntry[];
    changed?: InteractionAttributesEntry[];
    removed?: string[];
    /**
     * A snapshot or delta after which more interactions match the subscription than it shows (ICWS
     * queueResultLimitExceeded): past its resultLimit's limitCount, or, without one, past the most one
     * snapshot carries (1000; its oldest are shown). False when that ended.
     *
     */
    limitExceeded?: boolean;
  };
}

export interface SessionInteractionWatchChangedEvent {
  id: EventId;
  type: "session.interaction-watch-changed";
  tenant: string;
  occurredAt: string;
  data: {
    sessionId: string;
    agentId: string;
    interactionId: string;
    /**
     * false — the watch ended.
     */
    watching: boolean;
    /**
     * When watching.
     */
    attributeNames?: string[];
    /**
     * When it ended: true — because the interaction ended (ICWS interactionDeallocatedMessage); absent, and no lostRights — the session ended it, or it expired.
     */
    deallocated?: boolean;
    /**
     * When it ended: true — because the session's agent may no longer see the interaction, e.g. it left the agent's queue for a workgroup it is not a member of (ICWS interactionLostRightsMessage).
     */
    lostRights?: boolean;
  };
}

export interface SessionInteractionChangedEvent {
  id: EventId;
  type: "session.interaction-changed";
  tenant: string;
  occurredAt: string;
  /**
   * isDelta false — every watched attribute under its name as watched (the client replaces what it had); true
   * — only the watched attributes whose value changed since the last message.
   *
   */
  data: {
    sessionId: string;
    interactionId: string;
    isDelta: boolean;
    attributes: StringAttributes;
  };
}

export interface SessionClosedEvent {
  id: EventId;
  type: "session.closed";
  tenant: string;
  occurredAt: string;
  data: {
    sessionId: string;
  };
}

/**
 * The tenant's statistics: its summary and routes always; its agents only when `agents` asks for a page of them (a tenant's every agent with its figures would not fit in one NATS message at contact-center size — about a kilobyte each — and the summary and the live stream need none of them).
 */
export interface GetStatisticsQuery {
  agents?: {
    /**
     * How many agents to skip, in id order.
     */
    offset: number;
    /**
     * At most how many agents to answer.
     */
    limit: number;
  };
}

export type StatisticsReply =
  | {
      ok: true;
      statistics: TenantStatisticsView;
    }
  | CommandFailure;

/**
 * As of `asOf`: "today" is the UTC day from `dayStart`, the interval the current one of `intervalSeconds`, counted from UTC midnight. Every event counts in the period of its own time.
 */
export interface TenantStatisticsView {
  tenant: string;
  asOf: string;
  dayStart: string;
  intervalStart: string;
  intervalSeconds: number;
  summary: {
    realTime: StatisticsQueueRealTime & {
      agents: StatisticsAgentCounts;
    };
    interval: StatisticsFigures;
    today: StatisticsFigures;
  };
  queues: {
    /**
     * The named route (empty for an agent's personal queue).
     */
    route: string;
    realTime: StatisticsQueueRealTime;
    interval: StatisticsFigures;
    today: StatisticsFigures;
  }[];
  /**
   * How many agents the tenant's statistics hold in all.
   */
  agentsTotal: number;
  /**
   * The page of agents the query asked for, by id; none when it asked for none.
   */
  agents: {
    agentId: string;
    username?: string;
    state: "logged-out" | "ready" | "busy" | "wrap-up" | "not-ready";
    notReadyReason?: string;
    secondsInState: number;
    /**
     * Offered to or handled by the agent now.
     */
    interactions: number;
    /**
     * The agent's interactions now by interaction type.
     */
    load: {
      live: number;
      chat: number;
      nonlive: number;
    };
    interval: StatisticsFigures;
    today: StatisticsFigures;
  }[];
}

export interface StatisticsQueueRealTime {
  waiting: number;
  waitingByPriority: {
    priority: number;
    waiting: number;
  }[];
  oldestWaitingSeconds: number;
  /**
   * Offered to an agent now, not yet accepted.
   */
  offered: number;
}

export interface StatisticsAgentCounts {
  loggedIn: number;
  ready: number;
  busy: number;
  wrapUp: number;
  notReady: number;
  notReadyByReason: {
    reason: string;
    agents: number;
  }[];
}

export interface StatisticsFigures {
  entered: number;
  offered: number;
  /**
   * Accepted out of the queue (answered).
   */
  accepted: number;
  rejected: number;
  offerTimeouts: number;
  /**
   * Released while waiting, other than by the route's plan.
   */
  abandoned: number;
  completed: number;
  transferred: number;
  averageSpeedOfAnswerSeconds: number;
  maxSpeedOfAnswerSeconds: number;
  averageHandleTimeSeconds: number;
  acceptedWithinSla: number;
  /**
   * acceptedWithinSla / accepted, each against its interaction's slaSeconds; absent while none.
   */
  serviceLevel?: number;
  splitByWaitTime: {
    thresholdSeconds: number;
    /**
     * Accepted within the threshold.
     */
    accepted: number;
    /**
     * Abandoned within the threshold.
     */
    abandoned: number;
  }[];
}

/**
 * An agent exactly as a tenant file configures one (libs/config agentConfigSchema, which checks it again with the tenant file's messages): what agent.configured carries and the roster holds. Bounded where it enters (the admin API), not here: a stored event must always read back.
 */
export interface ConfiguredAgent {
  /**
   * The display id.
   */
  id: string;
  username: string;
  /**
   * A scrypt hash (scrypt$...); never a password.
   */
  passwordHash: string;
  skills: AgentSkillLevels;
  role: "agent" | "supervisor";
  workgroups?: string[];
}

/**
 * Skill name → level 1–10.
 */
export interface AgentSkillLevels {
  [k: string]: number | undefined;
}

/**
 * An agent's configuration as read back (no password hash), with its revision (the admin API's ETag).
 */
export interface AgentConfigView {
  id: string;
  username: string;
  skills: AgentSkillLevels;
  role: "agent" | "supervisor";
  workgroups?: string[];
  revision: ConfigRevision;
}

/**
 * The tenant's count of configuration events when this resource last changed (0: only its tenant file configured it); every configuration event counts one more, so a change always gives a new revision.
 */
export type ConfigRevision = number;

export interface ConfigureAgentCommand {
  mode: "create" | "replace";
  /**
   * A ConfiguredAgent; on replace, passwordHash may be left out to keep the current one.
   */
  agent: {
    [k: string]: unknown | undefined;
  };
  ifRevision?: ConfigRevision;
}

export interface RemoveAgentCommand {
  username: string;
  ifRevision?: ConfigRevision;
}

export interface GetAgentConfigQuery {
  username: string;
}

export interface ListAgentConfigsQuery {
  offset: number;
  limit: number;
}

export type AgentConfigReply =
  | {
      ok: true;
      agent: AgentConfigView;
    }
  | CommandFailure;

export type AgentConfigsReply =
  | {
      ok: true;
      agents: AgentConfigView[];
      total: number;
    }
  | CommandFailure;

export interface AgentConfiguredEvent {
  id: EventId;
  type: "agent.configured";
  tenant: string;
  occurredAt: string;
  data: {
    agent: ConfiguredAgent;
    revision: ConfigRevision;
  };
}

export interface AgentRemovedEvent {
  id: EventId;
  type: "agent.removed";
  tenant: string;
  occurredAt: string;
  data: {
    agentId: string;
    username: string;
    revision: ConfigRevision;
  };
}
