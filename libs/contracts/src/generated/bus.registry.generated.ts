/* eslint-disable */
// ---------------------------------------------------------------------------------------------
// GENERATED FILE — DO NOT EDIT. Generated from contracts/asyncapi/bus.asyncapi.yaml by tools/codegen.
// Edit the contract and run `npm run codegen`; `npm run codegen:check` fails on any drift.
// ---------------------------------------------------------------------------------------------

import type { AgentConfigReply, AgentConfigsReply, AgentConfiguredEvent, AgentInteractionCommand, AgentInteractionsReply, AgentRemovedEvent, AgentReply, AgentStateChangedEvent, AgentWorkbinListedEvent, AgentWorkbinSubscriptionChangedEvent, AgentWorkbinsReply, AgentWrapUpEndedEvent, ChangeAgentStateCommand, ChangeUserDataCommand, ConfigureAgentCommand, ControlInteractionCommand, CreateInteractionCommand, DeadLettersReply, DispatchInteractionCommand, GetAgentConfigQuery, GetAgentQuery, GetInteractionAttributesQuery, GetInteractionQuery, GetStatisticsQuery, InteractionAcceptedEvent, InteractionAttributesReply, InteractionCancelledEvent, InteractionCommandReply, InteractionCompletedEvent, InteractionConnectedEvent, InteractionControlledEvent, InteractionDetailsReply, InteractionHeldEvent, InteractionListReply, InteractionOfferRevokedEvent, InteractionOfferTimedOutEvent, InteractionOfferedEvent, InteractionPlacedInWorkbinEvent, InteractionPlanPausedEvent, InteractionPlanStepCompletedEvent, InteractionPulledFromWorkbinEvent, InteractionQueuedEvent, InteractionRejectedEvent, InteractionReleasedEvent, InteractionRetrievedEvent, InteractionRouteTransferredEvent, InteractionTransferredEvent, InteractionUserDataChangedEvent, InvokeInteractionsCommand, InvokeInteractionsReply, ListAgentConfigsQuery, ListInteractionsQuery, ListProvidersQuery, ProviderName, ProviderRegisteredEvent, ProviderRemovedEvent, ProviderReply, ProviderSettings, ProvidersReply, RedriveCommand, RedriveReply, ReleaseInteractionCommand, RemoveAgentCommand, SessionClosedEvent, SessionCommand, SessionCommandReply, SessionInteractionChangedEvent, SessionInteractionWatchChangedEvent, SessionQueueContentsEvent, SessionQueueSubscriptionChangedEvent, StatisticsReply, SubscribeQueuesCommand, SupervisorReleaseCommand, TransferToAgentCommand, TransferToRouteCommand, UnsubscribeQueuesCommand, UnwatchInteractionCommand, WatchInteractionCommand, WorkbinCommand, WorkbinCommandReply } from './bus.types.generated.js';

/** Request/reply channels and their subject templates. */
export const busRequestChannels = {
  interactionDispatch: { subject: 'sb.v1.cmd.{tenant}.interaction.dispatch', request: 'DispatchInteractionCommand', reply: 'InteractionCommandReply', owner: 'interactions' },
  interactionInvoke: { subject: 'sb.v1.cmd.{tenant}.interaction.invoke', request: 'InvokeInteractionsCommand', reply: 'InvokeInteractionsReply', owner: 'interactions' },
  interactionRelease: { subject: 'sb.v1.cmd.{tenant}.interaction.release', request: 'ReleaseInteractionCommand', reply: 'InteractionCommandReply', owner: 'interactions' },
  agentChangeState: { subject: 'sb.v1.cmd.{tenant}.agent.change-state', request: 'ChangeAgentStateCommand', reply: 'AgentReply', owner: 'interactions' },
  agentGet: { subject: 'sb.v1.qry.{tenant}.agent.get', request: 'GetAgentQuery', reply: 'AgentReply', owner: 'interactions' },
  interactionAccept: { subject: 'sb.v1.cmd.{tenant}.interaction.accept', request: 'AgentInteractionCommand', reply: 'InteractionCommandReply', owner: 'interactions' },
  interactionReject: { subject: 'sb.v1.cmd.{tenant}.interaction.reject', request: 'AgentInteractionCommand', reply: 'InteractionCommandReply', owner: 'interactions' },
  interactionComplete: { subject: 'sb.v1.cmd.{tenant}.interaction.complete', request: 'AgentInteractionCommand', reply: 'InteractionCommandReply', owner: 'interactions' },
  interactionGet: { subject: 'sb.v1.qry.{tenant}.interaction.get', request: 'GetInteractionQuery', reply: 'InteractionDetailsReply', owner: 'interactions' },
  providerRegister: { subject: 'sb.v1.cmd.{tenant}.provider.register', request: 'ProviderSettings', reply: 'ProviderReply', owner: 'interactions' },
  providerRemove: { subject: 'sb.v1.cmd.{tenant}.provider.remove', request: 'ProviderName', reply: 'ProviderReply', owner: 'interactions' },
  providerList: { subject: 'sb.v1.qry.{tenant}.provider.list', request: 'ListProvidersQuery', reply: 'ProvidersReply', owner: 'interactions' },
  callbackDeadLetters: { subject: 'sb.v1.qry.{tenant}.callback.dead-letters', request: 'ListProvidersQuery', reply: 'DeadLettersReply', owner: 'notifier' },
  callbackRedrive: { subject: 'sb.v1.cmd.{tenant}.callback.redrive', request: 'RedriveCommand', reply: 'RedriveReply', owner: 'notifier' },
  interactionSupervisorRelease: { subject: 'sb.v1.cmd.{tenant}.interaction.supervisor-release', request: 'SupervisorReleaseCommand', reply: 'InteractionCommandReply', owner: 'interactions' },
  interactionAgentRelease: { subject: 'sb.v1.cmd.{tenant}.interaction.agent-release', request: 'AgentInteractionCommand', reply: 'InteractionCommandReply', owner: 'interactions' },
  interactionHold: { subject: 'sb.v1.cmd.{tenant}.interaction.hold', request: 'AgentInteractionCommand', reply: 'InteractionCommandReply', owner: 'interactions' },
  interactionRetrieve: { subject: 'sb.v1.cmd.{tenant}.interaction.retrieve', request: 'AgentInteractionCommand', reply: 'InteractionCommandReply', owner: 'interactions' },
  interactionTransferToAgent: { subject: 'sb.v1.cmd.{tenant}.interaction.transfer-to-agent', request: 'TransferToAgentCommand', reply: 'InteractionCommandReply', owner: 'interactions' },
  interactionTransferToRoute: { subject: 'sb.v1.cmd.{tenant}.interaction.transfer-to-route', request: 'TransferToRouteCommand', reply: 'InteractionCommandReply', owner: 'interactions' },
  agentInteractions: { subject: 'sb.v1.qry.{tenant}.agent.interactions', request: 'GetAgentQuery', reply: 'AgentInteractionsReply', owner: 'interactions' },
  interactionUserData: { subject: 'sb.v1.cmd.{tenant}.interaction.user-data', request: 'ChangeUserDataCommand', reply: 'InteractionCommandReply', owner: 'interactions' },
  interactionCancel: { subject: 'sb.v1.cmd.{tenant}.interaction.cancel', request: 'AgentInteractionCommand', reply: 'InteractionCommandReply', owner: 'interactions' },
  agentWorkbin: { subject: 'sb.v1.cmd.{tenant}.agent.workbin', request: 'WorkbinCommand', reply: 'WorkbinCommandReply', owner: 'interactions' },
  agentWorkbins: { subject: 'sb.v1.qry.{tenant}.agent.workbins', request: 'GetAgentQuery', reply: 'AgentWorkbinsReply', owner: 'interactions' },
  interactionList: { subject: 'sb.v1.qry.{tenant}.interaction.list', request: 'ListInteractionsQuery', reply: 'InteractionListReply', owner: 'interactions' },
  interactionCreate: { subject: 'sb.v1.cmd.{tenant}.interaction.create', request: 'CreateInteractionCommand', reply: 'InteractionCommandReply', owner: 'interactions' },
  interactionPickup: { subject: 'sb.v1.cmd.{tenant}.interaction.pickup', request: 'AgentInteractionCommand', reply: 'InteractionCommandReply', owner: 'interactions' },
  interactionPark: { subject: 'sb.v1.cmd.{tenant}.interaction.park', request: 'AgentInteractionCommand', reply: 'InteractionCommandReply', owner: 'interactions' },
  interactionControl: { subject: 'sb.v1.cmd.{tenant}.interaction.control', request: 'ControlInteractionCommand', reply: 'InteractionCommandReply', owner: 'interactions' },
  interactionAttributes: { subject: 'sb.v1.qry.{tenant}.interaction.attributes', request: 'GetInteractionAttributesQuery', reply: 'InteractionAttributesReply', owner: 'interactions' },
  sessionSubscribeQueues: { subject: 'sb.v1.cmd.{tenant}.session.subscribe-queues', request: 'SubscribeQueuesCommand', reply: 'SessionCommandReply', owner: 'interactions' },
  sessionUnsubscribeQueues: { subject: 'sb.v1.cmd.{tenant}.session.unsubscribe-queues', request: 'UnsubscribeQueuesCommand', reply: 'SessionCommandReply', owner: 'interactions' },
  sessionWatchInteraction: { subject: 'sb.v1.cmd.{tenant}.session.watch-interaction', request: 'WatchInteractionCommand', reply: 'SessionCommandReply', owner: 'interactions' },
  sessionUnwatchInteraction: { subject: 'sb.v1.cmd.{tenant}.session.unwatch-interaction', request: 'UnwatchInteractionCommand', reply: 'SessionCommandReply', owner: 'interactions' },
  sessionResync: { subject: 'sb.v1.cmd.{tenant}.session.resync', request: 'SessionCommand', reply: 'SessionCommandReply', owner: 'interactions' },
  sessionClose: { subject: 'sb.v1.cmd.{tenant}.session.close', request: 'SessionCommand', reply: 'SessionCommandReply', owner: 'interactions' },
  statisticsGet: { subject: 'sb.v1.qry.{tenant}.statistics.get', request: 'GetStatisticsQuery', reply: 'StatisticsReply', owner: 'statistics' },
  agentConfigure: { subject: 'sb.v1.cmd.{tenant}.agent.configure', request: 'ConfigureAgentCommand', reply: 'AgentConfigReply', owner: 'interactions' },
  agentRemove: { subject: 'sb.v1.cmd.{tenant}.agent.remove', request: 'RemoveAgentCommand', reply: 'AgentConfigReply', owner: 'interactions' },
  agentConfigGet: { subject: 'sb.v1.qry.{tenant}.agent.config-get', request: 'GetAgentConfigQuery', reply: 'AgentConfigReply', owner: 'interactions' },
  agentConfigList: { subject: 'sb.v1.qry.{tenant}.agent.config-list', request: 'ListAgentConfigsQuery', reply: 'AgentConfigsReply', owner: 'interactions' },
} as const;

/** The request channels each service answers (their operations' `x-owner`), in the contract's order. */
export const busRequestChannelsByOwner = {
  interactions: [
    'interactionDispatch',
    'interactionInvoke',
    'interactionRelease',
    'agentChangeState',
    'agentGet',
    'interactionAccept',
    'interactionReject',
    'interactionComplete',
    'interactionGet',
    'providerRegister',
    'providerRemove',
    'providerList',
    'interactionSupervisorRelease',
    'interactionAgentRelease',
    'interactionHold',
    'interactionRetrieve',
    'interactionTransferToAgent',
    'interactionTransferToRoute',
    'agentInteractions',
    'interactionUserData',
    'interactionCancel',
    'agentWorkbin',
    'agentWorkbins',
    'interactionList',
    'interactionCreate',
    'interactionPickup',
    'interactionPark',
    'interactionControl',
    'interactionAttributes',
    'sessionSubscribeQueues',
    'sessionUnsubscribeQueues',
    'sessionWatchInteraction',
    'sessionUnwatchInteraction',
    'sessionResync',
    'sessionClose',
    'agentConfigure',
    'agentRemove',
    'agentConfigGet',
    'agentConfigList',
  ],
  notifier: [
    'callbackDeadLetters',
    'callbackRedrive',
  ],
  statistics: [
    'statisticsGet',
  ],
} as const;

/** A service that answers requests on the bus. */
export type BusRequestOwner = keyof typeof busRequestChannelsByOwner;

/** The request channels one service answers. */
export type BusRequestChannelOf<O extends BusRequestOwner> = (typeof busRequestChannelsByOwner)[O][number];

/** Event channels and their subject templates. */
export const busEventChannels = {
  interactionAccepted: { subject: 'sb.v1.evt.{tenant}.interaction.accepted', payload: 'InteractionAcceptedEvent' },
  interactionRejected: { subject: 'sb.v1.evt.{tenant}.interaction.rejected', payload: 'InteractionRejectedEvent' },
  interactionOfferTimedOut: { subject: 'sb.v1.evt.{tenant}.interaction.offer-timed-out', payload: 'InteractionOfferTimedOutEvent' },
  interactionCompleted: { subject: 'sb.v1.evt.{tenant}.interaction.completed', payload: 'InteractionCompletedEvent' },
  agentWrapUpEnded: { subject: 'sb.v1.evt.{tenant}.agent.wrap-up-ended', payload: 'AgentWrapUpEndedEvent' },
  interactionPlanPaused: { subject: 'sb.v1.evt.{tenant}.interaction.plan-paused', payload: 'InteractionPlanPausedEvent' },
  interactionPlanStepCompleted: { subject: 'sb.v1.evt.{tenant}.interaction.plan-step-completed', payload: 'InteractionPlanStepCompletedEvent' },
  providerRegistered: { subject: 'sb.v1.evt.{tenant}.provider.registered', payload: 'ProviderRegisteredEvent' },
  providerRemoved: { subject: 'sb.v1.evt.{tenant}.provider.removed', payload: 'ProviderRemovedEvent' },
  interactionHeld: { subject: 'sb.v1.evt.{tenant}.interaction.held', payload: 'InteractionHeldEvent' },
  interactionRetrieved: { subject: 'sb.v1.evt.{tenant}.interaction.retrieved', payload: 'InteractionRetrievedEvent' },
  interactionTransferred: { subject: 'sb.v1.evt.{tenant}.interaction.transferred', payload: 'InteractionTransferredEvent' },
  interactionRouteTransferred: { subject: 'sb.v1.evt.{tenant}.interaction.route-transferred', payload: 'InteractionRouteTransferredEvent' },
  interactionUserDataChanged: { subject: 'sb.v1.evt.{tenant}.interaction.user-data-changed', payload: 'InteractionUserDataChangedEvent' },
  interactionQueued: { subject: 'sb.v1.evt.{tenant}.interaction.queued', payload: 'InteractionQueuedEvent' },
  interactionOffered: { subject: 'sb.v1.evt.{tenant}.interaction.offered', payload: 'InteractionOfferedEvent' },
  interactionOfferRevoked: { subject: 'sb.v1.evt.{tenant}.interaction.offer-revoked', payload: 'InteractionOfferRevokedEvent' },
  interactionReleased: { subject: 'sb.v1.evt.{tenant}.interaction.released', payload: 'InteractionReleasedEvent' },
  agentStateChanged: { subject: 'sb.v1.evt.{tenant}.agent.state-changed', payload: 'AgentStateChangedEvent' },
  interactionCancelled: { subject: 'sb.v1.evt.{tenant}.interaction.cancelled', payload: 'InteractionCancelledEvent' },
  interactionPlacedInWorkbin: { subject: 'sb.v1.evt.{tenant}.interaction.placed-in-workbin', payload: 'InteractionPlacedInWorkbinEvent' },
  interactionPulledFromWorkbin: { subject: 'sb.v1.evt.{tenant}.interaction.pulled-from-workbin', payload: 'InteractionPulledFromWorkbinEvent' },
  agentWorkbinListed: { subject: 'sb.v1.drv.{tenant}.agent.workbin-listed', payload: 'AgentWorkbinListedEvent' },
  agentWorkbinSubscriptionChanged: { subject: 'sb.v1.evt.{tenant}.agent.workbin-subscription-changed', payload: 'AgentWorkbinSubscriptionChangedEvent' },
  interactionConnected: { subject: 'sb.v1.evt.{tenant}.interaction.connected', payload: 'InteractionConnectedEvent' },
  interactionControlled: { subject: 'sb.v1.evt.{tenant}.interaction.controlled', payload: 'InteractionControlledEvent' },
  sessionQueueSubscriptionChanged: { subject: 'sb.v1.evt.{tenant}.session.queue-subscription-changed', payload: 'SessionQueueSubscriptionChangedEvent' },
  sessionQueueContents: { subject: 'sb.v1.drv.{tenant}.session.queue-contents', payload: 'SessionQueueContentsEvent' },
  sessionInteractionWatchChanged: { subject: 'sb.v1.evt.{tenant}.session.interaction-watch-changed', payload: 'SessionInteractionWatchChangedEvent' },
  sessionInteractionChanged: { subject: 'sb.v1.drv.{tenant}.session.interaction-changed', payload: 'SessionInteractionChangedEvent' },
  sessionClosed: { subject: 'sb.v1.evt.{tenant}.session.closed', payload: 'SessionClosedEvent' },
  agentConfigured: { subject: 'sb.v1.evt.{tenant}.agent.configured', payload: 'AgentConfiguredEvent' },
  agentRemoved: { subject: 'sb.v1.evt.{tenant}.agent.removed', payload: 'AgentRemovedEvent' },
} as const;

export interface BusRequestMap {
  interactionDispatch: { request: DispatchInteractionCommand; reply: InteractionCommandReply };
  interactionInvoke: { request: InvokeInteractionsCommand; reply: InvokeInteractionsReply };
  interactionRelease: { request: ReleaseInteractionCommand; reply: InteractionCommandReply };
  agentChangeState: { request: ChangeAgentStateCommand; reply: AgentReply };
  agentGet: { request: GetAgentQuery; reply: AgentReply };
  interactionAccept: { request: AgentInteractionCommand; reply: InteractionCommandReply };
  interactionReject: { request: AgentInteractionCommand; reply: InteractionCommandReply };
  interactionComplete: { request: AgentInteractionCommand; reply: InteractionCommandReply };
  interactionGet: { request: GetInteractionQuery; reply: InteractionDetailsReply };
  providerRegister: { request: ProviderSettings; reply: ProviderReply };
  providerRemove: { request: ProviderName; reply: ProviderReply };
  providerList: { request: ListProvidersQuery; reply: ProvidersReply };
  callbackDeadLetters: { request: ListProvidersQuery; reply: DeadLettersReply };
  callbackRedrive: { request: RedriveCommand; reply: RedriveReply };
  interactionSupervisorRelease: { request: SupervisorReleaseCommand; reply: InteractionCommandReply };
  interactionAgentRelease: { request: AgentInteractionCommand; reply: InteractionCommandReply };
  interactionHold: { request: AgentInteractionCommand; reply: InteractionCommandReply };
  interactionRetrieve: { request: AgentInteractionCommand; reply: InteractionCommandReply };
  interactionTransferToAgent: { request: TransferToAgentCommand; reply: InteractionCommandReply };
  interactionTransferToRoute: { request: TransferToRouteCommand; reply: InteractionCommandReply };
  agentInteractions: { request: GetAgentQuery; reply: AgentInteractionsReply };
  interactionUserData: { request: ChangeUserDataCommand; reply: InteractionCommandReply };
  interactionCancel: { request: AgentInteractionCommand; reply: InteractionCommandReply };
  agentWorkbin: { request: WorkbinCommand; reply: WorkbinCommandReply };
  agentWorkbins: { request: GetAgentQuery; reply: AgentWorkbinsReply };
  interactionList: { request: ListInteractionsQuery; reply: InteractionListReply };
  interactionCreate: { request: CreateInteractionCommand; reply: InteractionCommandReply };
  interactionPickup: { request: AgentInteractionCommand; reply: InteractionCommandReply };
  interactionPark: { request: AgentInteractionCommand; reply: InteractionCommandReply };
  interactionControl: { request: ControlInteractionCommand; reply: InteractionCommandReply };
  interactionAttributes: { request: GetInteractionAttributesQuery; reply: InteractionAttributesReply };
  sessionSubscribeQueues: { request: SubscribeQueuesCommand; reply: SessionCommandReply };
  sessionUnsubscribeQueues: { request: UnsubscribeQueuesCommand; reply: SessionCommandReply };
  sessionWatchInteraction: { request: WatchInteractionCommand; reply: SessionCommandReply };
  sessionUnwatchInteraction: { request: UnwatchInteractionCommand; reply: SessionCommandReply };
  sessionResync: { request: SessionCommand; reply: SessionCommandReply };
  sessionClose: { request: SessionCommand; reply: SessionCommandReply };
  statisticsGet: { request: GetStatisticsQuery; reply: StatisticsReply };
  agentConfigure: { request: ConfigureAgentCommand; reply: AgentConfigReply };
  agentRemove: { request: RemoveAgentCommand; reply: AgentConfigReply };
  agentConfigGet: { request: GetAgentConfigQuery; reply: AgentConfigReply };
  agentConfigList: { request: ListAgentConfigsQuery; reply: AgentConfigsReply };
}

export interface BusEventMap {
  interactionAccepted: InteractionAcceptedEvent;
  interactionRejected: InteractionRejectedEvent;
  interactionOfferTimedOut: InteractionOfferTimedOutEvent;
  interactionCompleted: InteractionCompletedEvent;
  agentWrapUpEnded: AgentWrapUpEndedEvent;
  interactionPlanPaused: InteractionPlanPausedEvent;
  interactionPlanStepCompleted: InteractionPlanStepCompletedEvent;
  providerRegistered: ProviderRegisteredEvent;
  providerRemoved: ProviderRemovedEvent;
  interactionHeld: InteractionHeldEvent;
  interactionRetrieved: InteractionRetrievedEvent;
  interactionTransferred: InteractionTransferredEvent;
  interactionRouteTransferred: InteractionRouteTransferredEvent;
  interactionUserDataChanged: InteractionUserDataChangedEvent;
  interactionQueued: InteractionQueuedEvent;
  interactionOffered: InteractionOfferedEvent;
  interactionOfferRevoked: InteractionOfferRevokedEvent;
  interactionReleased: InteractionReleasedEvent;
  agentStateChanged: AgentStateChangedEvent;
  interactionCancelled: InteractionCancelledEvent;
  interactionPlacedInWorkbin: InteractionPlacedInWorkbinEvent;
  interactionPulledFromWorkbin: InteractionPulledFromWorkbinEvent;
  agentWorkbinListed: AgentWorkbinListedEvent;
  agentWorkbinSubscriptionChanged: AgentWorkbinSubscriptionChangedEvent;
  interactionConnected: InteractionConnectedEvent;
  interactionControlled: InteractionControlledEvent;
  sessionQueueSubscriptionChanged: SessionQueueSubscriptionChangedEvent;
  sessionQueueContents: SessionQueueContentsEvent;
  sessionInteractionWatchChanged: SessionInteractionWatchChangedEvent;
  sessionInteractionChanged: SessionInteractionChangedEvent;
  sessionClosed: SessionClosedEvent;
  agentConfigured: AgentConfiguredEvent;
  agentRemoved: AgentRemovedEvent;
}

/** Every payload schema, as one JSON Schema document (refs point into `$defs`). */
export const busSchemas = {
  "$id": "urn:switchboard:bus",
  "$defs": {
    "DispatchInteractionCommand": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "route",
        "properties",
        "skills"
      ],
      "properties": {
        "requestId": {
          "type": "string",
          "minLength": 1,
          "maxLength": 256
        },
        "externalId": {
          "type": "string",
          "minLength": 1,
          "maxLength": 256
        },
        "provider": {
          "type": "string",
          "minLength": 1,
          "maxLength": 256
        },
        "route": {
          "type": "string",
          "minLength": 1,
          "maxLength": 256
        },
        "interactionType": {
          "$ref": "#/$defs/InteractionType"
        },
        "mediaType": {
          "type": "string",
          "maxLength": 50
        },
        "clid": {
          "type": "string",
          "maxLength": 50
        },
        "name": {
          "type": "string",
          "maxLength": 50
        },
        "url": {
          "$ref": "#/$defs/LinkedUrl"
        },
        "properties": {
          "$ref": "#/$defs/AttributesInput"
        },
        "skills": {
          "type": "array",
          "maxItems": 100,
          "items": {
            "$ref": "#/$defs/SkillRequirement"
          }
        },
        "personalQueue": {
          "$ref": "#/$defs/PersonalQueueRequirement"
        }
      },
      "title": "DispatchInteractionCommand"
    },
    "InvokeInteractionsCommand": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "items"
      ],
      "properties": {
        "items": {
          "type": "array",
          "minItems": 1,
          "maxItems": 100,
          "description": "Processed in order; one item's failure does not stop the next.",
          "items": {
            "oneOf": [
              {
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "dispatch"
                ],
                "properties": {
                  "dispatch": {
                    "$ref": "#/$defs/DispatchInteractionCommand"
                  }
                }
              },
              {
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "release"
                ],
                "properties": {
                  "release": {
                    "$ref": "#/$defs/ReleaseInteractionCommand"
                  }
                }
              }
            ]
          }
        }
      },
      "title": "InvokeInteractionsCommand"
    },
    "InvokeInteractionsReply": {
      "oneOf": [
        {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "ok",
            "results"
          ],
          "properties": {
            "ok": {
              "type": "boolean",
              "const": true
            },
            "results": {
              "type": "array",
              "description": "One per item, in the items' order.",
              "items": {
                "$ref": "#/$defs/InteractionCommandReply"
              }
            }
          }
        },
        {
          "$ref": "#/$defs/CommandFailure"
        }
      ],
      "title": "InvokeInteractionsReply"
    },
    "ReleaseInteractionCommand": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "externalId"
      ],
      "properties": {
        "requestId": {
          "type": "string",
          "minLength": 1
        },
        "externalId": {
          "type": "string",
          "minLength": 1
        },
        "provider": {
          "type": "string",
          "minLength": 1
        }
      },
      "title": "ReleaseInteractionCommand"
    },
    "InteractionCommandReply": {
      "oneOf": [
        {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "ok",
            "interactionId",
            "duplicate"
          ],
          "properties": {
            "ok": {
              "type": "boolean",
              "const": true
            },
            "interactionId": {
              "type": "string"
            },
            "duplicate": {
              "type": "boolean",
              "description": "The request id was processed before; this is the first outcome, not acted on again."
            },
            "firstRequest": {
              "type": "object",
              "additionalProperties": false,
              "required": [
                "action"
              ],
              "description": "With `duplicate`: the request first processed under this request id, whose outcome this is — its\naction and the externalid it named, whatever the repeat asks. Absent where the first outcome was\nremembered before it was recorded (a snapshot of an older release).\n",
              "properties": {
                "action": {
                  "type": "string",
                  "enum": [
                    "dispatch",
                    "release"
                  ]
                },
                "externalId": {
                  "type": "string"
                }
              }
            }
          }
        },
        {
          "$ref": "#/$defs/CommandFailure"
        }
      ],
      "title": "InteractionCommandReply"
    },
    "ChangeAgentStateCommand": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "agentId",
        "change"
      ],
      "properties": {
        "agentId": {
          "type": "string",
          "minLength": 1
        },
        "change": {
          "$ref": "#/$defs/AgentStateChange"
        },
        "reason": {
          "type": "string",
          "maxLength": 100
        },
        "channel": {
          "$ref": "#/$defs/InteractionType",
          "description": "With ready / not-ready, the one channel (interaction type) to change, not the agent as a whole."
        }
      },
      "title": "ChangeAgentStateCommand"
    },
    "GetAgentQuery": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "agentId"
      ],
      "properties": {
        "agentId": {
          "type": "string",
          "minLength": 1
        }
      },
      "title": "GetAgentQuery"
    },
    "AgentReply": {
      "oneOf": [
        {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "ok",
            "agent"
          ],
          "properties": {
            "ok": {
              "type": "boolean",
              "const": true
            },
            "agent": {
              "$ref": "#/$defs/AgentView"
            },
            "skills": {
              "type": "array",
              "description": "In the answer to agentGet: the agent's skills with their levels, as routing weighs them, in the\ntenant file's order (a state change answers without them).\n",
              "items": {
                "$ref": "#/$defs/AgentSkill"
              }
            }
          }
        },
        {
          "$ref": "#/$defs/CommandFailure"
        }
      ],
      "title": "AgentReply"
    },
    "AgentSkill": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "name",
        "level"
      ],
      "properties": {
        "name": {
          "type": "string",
          "description": "The skill's name as the tenant file writes it for the agent."
        },
        "level": {
          "type": "integer",
          "minimum": 1,
          "maximum": 10
        }
      },
      "title": "AgentSkill"
    },
    "AgentInteractionCommand": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "interactionId",
        "agentId"
      ],
      "properties": {
        "referenceId": {
          "type": "integer",
          "minimum": 0,
          "description": "The caller's reference for this request, echoed in the events it causes."
        },
        "interactionId": {
          "type": "string",
          "minLength": 1
        },
        "agentId": {
          "type": "string",
          "minLength": 1,
          "description": "The agent acting; it must be the one offered or handling it."
        }
      },
      "title": "AgentInteractionCommand"
    },
    "ChangeUserDataCommand": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "interactionId",
        "agentId",
        "operation",
        "userData"
      ],
      "properties": {
        "referenceId": {
          "type": "integer",
          "minimum": 0,
          "description": "The caller's reference for this request, echoed in the events it causes."
        },
        "interactionId": {
          "type": "string",
          "minLength": 1
        },
        "agentId": {
          "type": "string",
          "minLength": 1
        },
        "operation": {
          "type": "string",
          "enum": [
            "attach",
            "update",
            "delete"
          ],
          "description": "attach and update set the keys given (nested values as given); delete removes the keys given."
        },
        "userData": {
          "$ref": "#/$defs/UserDataInput"
        },
        "appendSeparator": {
          "type": "string",
          "description": "update only: append each value to the key's current one, joined by this separator ('' — directly); ICWS appendMode."
        }
      },
      "title": "ChangeUserDataCommand"
    },
    "UserData": {
      "type": "object",
      "description": "Attached data, any JSON values (nested objects kept).",
      "additionalProperties": true,
      "title": "UserData"
    },
    "UserDataInput": {
      "type": "object",
      "description": "User data a command sets or deletes: at most 100 keys, each at most 256 characters, a string value at most 32,768\ncharacters (README, Limits). Events keep the unbounded UserData, so a log written before the bounds still replays.\n",
      "maxProperties": 100,
      "propertyNames": {
        "type": "string",
        "minLength": 1,
        "maxLength": 256
      },
      "additionalProperties": {
        "type": [
          "string",
          "number",
          "boolean",
          "null",
          "object",
          "array"
        ],
        "maxLength": 32768
      },
      "title": "UserDataInput"
    },
    "AttributesInput": {
      "type": "object",
      "description": "String attributes or properties a command sets; at most 100, each name at most 256 characters and value at most 32,768.",
      "maxProperties": 100,
      "propertyNames": {
        "type": "string",
        "minLength": 1,
        "maxLength": 256
      },
      "additionalProperties": {
        "type": "string",
        "maxLength": 32768
      },
      "title": "AttributesInput"
    },
    "TransferToAgentCommand": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "interactionId",
        "agentId",
        "targetAgentId"
      ],
      "properties": {
        "referenceId": {
          "type": "integer",
          "minimum": 0,
          "description": "The caller's reference for this request, echoed in the events it causes."
        },
        "interactionId": {
          "type": "string",
          "minLength": 1
        },
        "agentId": {
          "type": "string",
          "minLength": 1
        },
        "targetAgentId": {
          "type": "string",
          "minLength": 1,
          "description": "The agent to hand it to."
        },
        "queueIfUnavailable": {
          "type": "boolean",
          "description": "When the target cannot take it now, it waits in the target's own queue (a personal queue) instead of being refused: an ICWS blind transfer to a user queue."
        }
      },
      "title": "TransferToAgentCommand"
    },
    "TransferToRouteCommand": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "interactionId",
        "agentId",
        "route"
      ],
      "properties": {
        "referenceId": {
          "type": "integer",
          "minimum": 0,
          "description": "The caller's reference for this request, echoed in the events it causes."
        },
        "interactionId": {
          "type": "string",
          "minLength": 1
        },
        "agentId": {
          "type": "string",
          "minLength": 1
        },
        "route": {
          "type": "string",
          "minLength": 1,
          "description": "The named route whose plan the interaction goes through next."
        }
      },
      "title": "TransferToRouteCommand"
    },
    "SupervisorReleaseCommand": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "requestId",
        "interactionId",
        "releasedBy"
      ],
      "properties": {
        "requestId": {
          "type": "string",
          "minLength": 1,
          "maxLength": 200,
          "description": "The request's id: a repeat within the request retention is answered with the first outcome (`duplicate`)\nand not acted on again, as a VCC release's requestid.\n"
        },
        "interactionId": {
          "type": "string",
          "minLength": 1
        },
        "releasedBy": {
          "type": "string",
          "minLength": 1,
          "maxLength": 300,
          "description": "Who releases it, for the audit: `agent <username>` (a supervisor) or `client <clientId>` (an admin token)."
        }
      },
      "title": "SupervisorReleaseCommand"
    },
    "GetInteractionQuery": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "interactionId"
      ],
      "properties": {
        "interactionId": {
          "type": "string",
          "minLength": 1
        }
      },
      "title": "GetInteractionQuery"
    },
    "InteractionDetailsReply": {
      "oneOf": [
        {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "ok",
            "interaction",
            "routing",
            "decisions"
          ],
          "properties": {
            "ok": {
              "type": "boolean",
              "const": true
            },
            "interaction": {
              "$ref": "#/$defs/InteractionSnapshot"
            },
            "routing": {
              "$ref": "#/$defs/InteractionRouting"
            },
            "decisions": {
              "type": "array",
              "description": "Every offer made for the interaction, oldest first, each with why.",
              "items": {
                "$ref": "#/$defs/RoutingDecisionRecord"
              }
            }
          }
        },
        {
          "$ref": "#/$defs/CommandFailure"
        }
      ],
      "title": "InteractionDetailsReply"
    },
    "InteractionRouting": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "status",
        "mandatorySkills",
        "urgent",
        "personalQueueActive"
      ],
      "properties": {
        "status": {
          "type": "string",
          "enum": [
            "waiting",
            "offered",
            "connected"
          ]
        },
        "agentId": {
          "type": "string"
        },
        "leaseUntil": {
          "type": "string",
          "format": "date-time"
        },
        "mandatorySkills": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "urgent": {
          "type": "boolean"
        },
        "personalQueueActive": {
          "type": "boolean"
        }
      },
      "title": "InteractionRouting"
    },
    "RoutingDecisionRecord": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "eventId",
        "offeredAt",
        "agentId",
        "explanation"
      ],
      "properties": {
        "eventId": {
          "type": "string"
        },
        "offeredAt": {
          "type": "string",
          "format": "date-time"
        },
        "agentId": {
          "type": "string"
        },
        "explanation": {
          "$ref": "#/$defs/RoutingExplanation"
        }
      },
      "title": "RoutingDecisionRecord"
    },
    "CandidateScore": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "agentId",
        "optionalMatches",
        "skillLevel",
        "idleSince"
      ],
      "properties": {
        "agentId": {
          "type": "string"
        },
        "optionalMatches": {
          "type": "integer",
          "minimum": 0,
          "description": "How many of the interaction's optional skills the agent has."
        },
        "skillLevel": {
          "type": "integer",
          "minimum": 0,
          "description": "The sum of the agent's levels in the mandatory, unexpired skills."
        },
        "idleSince": {
          "type": "number",
          "description": "Epoch milliseconds of its last interaction or presence change."
        }
      },
      "title": "CandidateScore"
    },
    "RoutingExplanation": {
      "type": "object",
      "description": "Why the interaction went to this agent, who came next, and why every other agent was passed over.",
      "additionalProperties": false,
      "required": [
        "trigger",
        "chosen",
        "runnersUp",
        "passedOver",
        "mandatorySkills",
        "optionalSkills",
        "queue"
      ],
      "properties": {
        "trigger": {
          "type": "string",
          "enum": [
            "interaction-routable",
            "agent-available"
          ]
        },
        "chosen": {
          "$ref": "#/$defs/CandidateScore"
        },
        "runnersUp": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/CandidateScore"
          }
        },
        "passedOver": {
          "type": "array",
          "items": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "reason",
              "count"
            ],
            "properties": {
              "reason": {
                "type": "string",
                "enum": [
                  "logged-out",
                  "not-ready",
                  "wrap-up",
                  "channel-not-ready",
                  "no-capacity",
                  "missing-skill",
                  "personal-queue"
                ]
              },
              "count": {
                "type": "integer",
                "minimum": 0
              },
              "skill": {
                "type": "string"
              },
              "agentId": {
                "type": "string"
              }
            }
          }
        },
        "mandatorySkills": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "optionalSkills": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "personalQueueAgentId": {
          "type": "string"
        },
        "queue": {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "urgent",
            "priority",
            "waitedMs"
          ],
          "properties": {
            "urgent": {
              "type": "boolean"
            },
            "priority": {
              "type": "integer"
            },
            "waitedMs": {
              "type": "number"
            }
          }
        }
      },
      "title": "RoutingExplanation"
    },
    "ProviderSettings": {
      "type": "object",
      "description": "A provider and everything it is registered with; registering again replaces all of it.",
      "additionalProperties": false,
      "required": [
        "name",
        "headers",
        "agentActionsPermitted"
      ],
      "properties": {
        "name": {
          "type": "string",
          "minLength": 1,
          "maxLength": 100
        },
        "endpoint": {
          "type": "string",
          "description": "Where callbacks are posted; none means the provider only governs agent actions."
        },
        "headers": {
          "type": "object",
          "description": "Sent with every callback (may hold credentials).",
          "additionalProperties": {
            "type": "string"
          }
        },
        "agentActionsPermitted": {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "release",
            "hold",
            "transferToAgent",
            "transferToRoute"
          ],
          "properties": {
            "release": {
              "type": "boolean"
            },
            "hold": {
              "type": "boolean",
              "description": "Hold a live interaction or park a non-live one, and retrieve it."
            },
            "transferToAgent": {
              "type": "boolean"
            },
            "transferToRoute": {
              "type": "boolean"
            }
          }
        }
      },
      "title": "ProviderSettings"
    },
    "ProviderName": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "name"
      ],
      "properties": {
        "name": {
          "type": "string",
          "minLength": 1
        }
      },
      "title": "ProviderName"
    },
    "ListProvidersQuery": {
      "type": "object",
      "additionalProperties": false,
      "properties": {},
      "title": "ListProvidersQuery"
    },
    "ProviderReply": {
      "oneOf": [
        {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "ok",
            "provider"
          ],
          "properties": {
            "ok": {
              "type": "boolean",
              "const": true
            },
            "provider": {
              "$ref": "#/$defs/ProviderSettings"
            }
          }
        },
        {
          "$ref": "#/$defs/CommandFailure"
        }
      ],
      "title": "ProviderReply"
    },
    "ProvidersReply": {
      "oneOf": [
        {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "ok",
            "providers"
          ],
          "properties": {
            "ok": {
              "type": "boolean",
              "const": true
            },
            "providers": {
              "type": "array",
              "items": {
                "$ref": "#/$defs/ProviderSettings"
              }
            }
          }
        },
        {
          "$ref": "#/$defs/CommandFailure"
        }
      ],
      "title": "ProvidersReply"
    },
    "RedriveCommand": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "notificationId"
      ],
      "properties": {
        "notificationId": {
          "type": "string",
          "minLength": 1
        }
      },
      "title": "RedriveCommand"
    },
    "DeadLetter": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "notificationId",
        "provider",
        "endpoint",
        "notification",
        "attempts",
        "lastError",
        "failedAt"
      ],
      "properties": {
        "notificationId": {
          "type": "string"
        },
        "provider": {
          "type": "string"
        },
        "endpoint": {
          "type": "string"
        },
        "notification": {
          "type": "object",
          "description": "The notification as it would be posted (one element of the callback array).",
          "additionalProperties": true
        },
        "attempts": {
          "type": "integer",
          "minimum": 1
        },
        "lastError": {
          "type": "string"
        },
        "failedAt": {
          "type": "string",
          "format": "date-time"
        }
      },
      "title": "DeadLetter"
    },
    "DeadLettersReply": {
      "oneOf": [
        {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "ok",
            "deadLetters"
          ],
          "properties": {
            "ok": {
              "type": "boolean",
              "const": true
            },
            "deadLetters": {
              "type": "array",
              "items": {
                "$ref": "#/$defs/DeadLetter"
              }
            }
          }
        },
        {
          "$ref": "#/$defs/CommandFailure"
        }
      ],
      "title": "DeadLettersReply"
    },
    "RedriveReply": {
      "oneOf": [
        {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "ok",
            "notificationId"
          ],
          "properties": {
            "ok": {
              "type": "boolean",
              "const": true
            },
            "notificationId": {
              "type": "string"
            }
          }
        },
        {
          "$ref": "#/$defs/CommandFailure"
        }
      ],
      "title": "RedriveReply"
    },
    "AgentInteractionsReply": {
      "oneOf": [
        {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "ok",
            "interactions"
          ],
          "properties": {
            "ok": {
              "type": "boolean",
              "const": true
            },
            "interactions": {
              "type": "array",
              "items": {
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "interaction",
                  "status",
                  "permitted"
                ],
                "properties": {
                  "interaction": {
                    "$ref": "#/$defs/InteractionSnapshot"
                  },
                  "status": {
                    "type": "string",
                    "enum": [
                      "offered",
                      "connected",
                      "held"
                    ],
                    "description": "held — connected, and on hold (or parked) through another dialect, e.g. ICWS."
                  },
                  "permitted": {
                    "$ref": "#/$defs/PermittedActions"
                  },
                  "offerLease": {
                    "$ref": "#/$defs/OfferLease"
                  }
                }
              }
            }
          }
        },
        {
          "$ref": "#/$defs/CommandFailure"
        }
      ],
      "title": "AgentInteractionsReply"
    },
    "OfferLease": {
      "type": "object",
      "description": "While the interaction is offered: when the offer is taken back unless accepted, and the time left then as the interactions service's clock saw it when answering, so that a desktop counts down whatever its own clock says.",
      "additionalProperties": false,
      "required": [
        "leaseUntil",
        "remainingMs"
      ],
      "properties": {
        "leaseUntil": {
          "type": "string",
          "format": "date-time"
        },
        "remainingMs": {
          "type": "integer",
          "minimum": 0
        }
      },
      "title": "OfferLease"
    },
    "PermittedActions": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "release",
        "hold",
        "transferToAgent",
        "transferToRoute"
      ],
      "properties": {
        "release": {
          "type": "boolean"
        },
        "hold": {
          "type": "boolean"
        },
        "transferToAgent": {
          "type": "boolean"
        },
        "transferToRoute": {
          "type": "boolean"
        }
      },
      "title": "PermittedActions"
    },
    "CommandFailure": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "ok",
        "error"
      ],
      "properties": {
        "ok": {
          "type": "boolean",
          "const": false
        },
        "error": {
          "$ref": "#/$defs/DomainError"
        }
      },
      "title": "CommandFailure"
    },
    "DomainError": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "code",
        "message"
      ],
      "properties": {
        "code": {
          "$ref": "#/$defs/DomainErrorCode"
        },
        "message": {
          "type": "string"
        }
      },
      "title": "DomainError"
    },
    "DomainErrorCode": {
      "type": "string",
      "description": "The catalogue of domain failures; each API dialect maps them to its own error format.",
      "enum": [
        "invalid_command",
        "route_not_found",
        "external_id_in_use",
        "interaction_not_found",
        "provider_required",
        "provider_mismatch",
        "provider_not_registered",
        "agent_not_found",
        "unknown_skill",
        "unknown_agent",
        "not_offered_to_agent",
        "provider_not_found",
        "dead_letter_not_found",
        "action_not_permitted",
        "target_unavailable",
        "delivery_failed",
        "offer_expired",
        "invalid_state",
        "workbin_not_found",
        "queue_not_found",
        "queue_not_visible",
        "agent_exists",
        "precondition_failed",
        "log_unavailable",
        "internal_error"
      ],
      "title": "DomainErrorCode"
    },
    "AgentStateChange": {
      "type": "string",
      "enum": [
        "login",
        "logout",
        "ready",
        "not-ready"
      ],
      "title": "AgentStateChange"
    },
    "AgentView": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "id",
        "username",
        "loggedIn",
        "ready"
      ],
      "properties": {
        "id": {
          "type": "string",
          "description": "The agent's display id."
        },
        "username": {
          "type": "string"
        },
        "loggedIn": {
          "type": "boolean"
        },
        "ready": {
          "type": "boolean"
        },
        "notReadyReason": {
          "type": "string"
        },
        "notReadyChannels": {
          "type": "array",
          "description": "Channels (interaction types) set not ready on their own; none when absent.",
          "items": {
            "$ref": "#/$defs/InteractionType"
          }
        }
      },
      "title": "AgentView"
    },
    "InteractionType": {
      "type": "string",
      "enum": [
        "live",
        "chat",
        "nonlive"
      ],
      "title": "InteractionType"
    },
    "LinkedUrl": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "label"
      ],
      "properties": {
        "label": {
          "type": "string"
        },
        "value": {
          "type": "string"
        }
      },
      "title": "LinkedUrl"
    },
    "Properties": {
      "type": "object",
      "description": "Interaction properties the plan can read, by key.",
      "additionalProperties": {
        "type": "string"
      },
      "title": "Properties"
    },
    "SkillRequirement": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "name"
      ],
      "properties": {
        "name": {
          "type": "string",
          "minLength": 1
        },
        "expiryAfterSeconds": {
          "type": "integer",
          "minimum": 0,
          "maximum": 2678399,
          "description": "Absent — mandatory for ever; 0 — optional; N — mandatory for N seconds after queueing."
        }
      },
      "title": "SkillRequirement"
    },
    "PersonalQueueRequirement": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "agent",
        "loggedInTimeoutSeconds",
        "loggedOutTimeoutSeconds"
      ],
      "properties": {
        "agent": {
          "type": "string",
          "minLength": 1,
          "description": "The agent's username."
        },
        "loggedInTimeoutSeconds": {
          "type": "integer",
          "minimum": 0,
          "maximum": 2678399
        },
        "loggedOutTimeoutSeconds": {
          "type": "integer",
          "minimum": 0,
          "maximum": 2678399
        }
      },
      "title": "PersonalQueueRequirement"
    },
    "InteractionSnapshot": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "id",
        "route",
        "interactionType",
        "mediaType",
        "properties",
        "skills",
        "queuedAt"
      ],
      "properties": {
        "id": {
          "type": "string",
          "description": "Switchboard's numeric-string id."
        },
        "externalId": {
          "type": "string"
        },
        "requestId": {
          "type": "string"
        },
        "provider": {
          "type": "string"
        },
        "route": {
          "type": "string",
          "description": "The named route (ICWS workgroup) it came through; '' for a call an agent placed without one."
        },
        "interactionType": {
          "$ref": "#/$defs/InteractionType"
        },
        "mediaType": {
          "type": "string"
        },
        "clid": {
          "type": "string"
        },
        "name": {
          "type": "string"
        },
        "url": {
          "$ref": "#/$defs/LinkedUrl"
        },
        "properties": {
          "$ref": "#/$defs/Properties"
        },
        "skills": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/SkillRequirement"
          }
        },
        "personalQueue": {
          "$ref": "#/$defs/PersonalQueueRequirement"
        },
        "priority": {
          "type": "integer",
          "minimum": 1,
          "maximum": 5,
          "description": "1 lowest … 5 highest; 3 normal."
        },
        "slaSeconds": {
          "type": "integer",
          "minimum": 1,
          "description": "Answer within this many seconds of queueing."
        },
        "offerTimeoutSeconds": {
          "type": "integer",
          "minimum": 1,
          "description": "How long an agent has to accept an offer (the ACD applet's)."
        },
        "wrapUpSeconds": {
          "type": "integer",
          "minimum": 0,
          "description": "How long the agent wraps up after completing it (the ACD applet's)."
        },
        "routingMode": {
          "type": "string",
          "enum": [
            "skills-based",
            "longest-waiting"
          ],
          "description": "The ACD applet's mode: longest-waiting ranks free agents by idle time alone."
        },
        "planStep": {
          "type": "string",
          "description": "The plan applet the interaction is at while its plan waits."
        },
        "userData": {
          "$ref": "#/$defs/UserData"
        },
        "queuedAt": {
          "type": "string",
          "format": "date-time"
        },
        "direction": {
          "$ref": "#/$defs/InteractionDirection"
        },
        "subject": {
          "type": "string"
        },
        "remoteId": {
          "type": "string"
        },
        "muted": {
          "type": "boolean",
          "description": "The agent's audio is muted."
        },
        "recorders": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Usernames of the agents recording it."
        },
        "supervisorRecorders": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Usernames of those recording it as supervisors."
        },
        "recordingPaused": {
          "type": "boolean"
        }
      },
      "title": "InteractionSnapshot"
    },
    "EventId": {
      "type": "string",
      "minLength": 1,
      "description": "Unique per event; a derived event's JetStream Nats-Msg-Id.",
      "title": "EventId"
    },
    "EventRecord": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "writer",
        "events"
      ],
      "description": "One stored message of the domain log: the domain events of one group-committed batch of one tenant, in\norder (each validated against its own event schema), or none for a takeover's fence.\n",
      "properties": {
        "writer": {
          "type": "string",
          "minLength": 1,
          "maxLength": 200,
          "description": "The interactions instance that stored it."
        },
        "events": {
          "type": "array",
          "items": {
            "type": "object",
            "required": [
              "type"
            ]
          }
        }
      },
      "title": "EventRecord"
    },
    "InteractionQueuedEvent": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "id",
        "type",
        "tenant",
        "occurredAt",
        "data"
      ],
      "properties": {
        "id": {
          "$ref": "#/$defs/EventId"
        },
        "type": {
          "type": "string",
          "const": "interaction.queued"
        },
        "tenant": {
          "type": "string"
        },
        "occurredAt": {
          "type": "string",
          "format": "date-time"
        },
        "data": {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "interaction"
          ],
          "properties": {
            "interaction": {
              "$ref": "#/$defs/InteractionSnapshot"
            }
          }
        }
      },
      "title": "InteractionQueuedEvent"
    },
    "InteractionOfferedEvent": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "id",
        "type",
        "tenant",
        "occurredAt",
        "data"
      ],
      "properties": {
        "id": {
          "$ref": "#/$defs/EventId"
        },
        "type": {
          "type": "string",
          "const": "interaction.offered"
        },
        "tenant": {
          "type": "string"
        },
        "occurredAt": {
          "type": "string",
          "format": "date-time"
        },
        "data": {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "interaction",
            "agentId",
            "agentUsername",
            "leaseUntil",
            "explanation"
          ],
          "properties": {
            "interaction": {
              "$ref": "#/$defs/InteractionSnapshot"
            },
            "agentId": {
              "type": "string"
            },
            "agentUsername": {
              "type": "string"
            },
            "leaseUntil": {
              "type": "string",
              "format": "date-time",
              "description": "An accept after this is refused."
            },
            "explanation": {
              "$ref": "#/$defs/RoutingExplanation"
            }
          }
        }
      },
      "title": "InteractionOfferedEvent"
    },
    "InteractionReleasedEvent": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "id",
        "type",
        "tenant",
        "occurredAt",
        "data"
      ],
      "properties": {
        "id": {
          "$ref": "#/$defs/EventId"
        },
        "type": {
          "type": "string",
          "const": "interaction.released"
        },
        "tenant": {
          "type": "string"
        },
        "occurredAt": {
          "type": "string",
          "format": "date-time"
        },
        "data": {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "interaction",
            "reason"
          ],
          "properties": {
            "referenceId": {
              "type": "integer",
              "minimum": 0,
              "description": "The referenceId of the request that caused it."
            },
            "interaction": {
              "$ref": "#/$defs/InteractionSnapshot"
            },
            "requestId": {
              "type": "string",
              "description": "The release request's id."
            },
            "agentId": {
              "type": "string",
              "description": "The agent that was offered or handling it, if any."
            },
            "reason": {
              "type": "string",
              "enum": [
                "released-by-api",
                "released-by-plan",
                "released-by-agent",
                "released-by-supervisor"
              ],
              "description": "released-by-api — a VCC release; released-by-plan — its route's plan ended it; released-by-agent — the\nagent handling it ended it; released-by-supervisor — a supervisor or administrator took it out while\nit waited (or was offered).\n"
            },
            "releasedBy": {
              "type": "string",
              "description": "With released-by-supervisor: who released it (`agent <username>` or `client <clientId>`)."
            },
            "workbin": {
              "$ref": "#/$defs/WorkbinRef",
              "description": "The workbin it was parked in, if it was."
            },
            "subscribers": {
              "type": "array",
              "items": {
                "type": "string"
              },
              "description": "With `workbin`, the agents subscribed to that workbin then (told the item is removed)."
            }
          }
        }
      },
      "title": "InteractionReleasedEvent"
    },
    "InteractionOfferRevokedEvent": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "id",
        "type",
        "tenant",
        "occurredAt",
        "data"
      ],
      "properties": {
        "id": {
          "$ref": "#/$defs/EventId"
        },
        "type": {
          "type": "string",
          "const": "interaction.offer-revoked"
        },
        "tenant": {
          "type": "string"
        },
        "occurredAt": {
          "type": "string",
          "format": "date-time"
        },
        "data": {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "interaction",
            "agentId",
            "reason"
          ],
          "properties": {
            "interaction": {
              "$ref": "#/$defs/InteractionSnapshot"
            },
            "agentId": {
              "type": "string"
            },
            "reason": {
              "type": "string",
              "enum": [
                "agent-logged-out"
              ]
            }
          }
        }
      },
      "title": "InteractionOfferRevokedEvent"
    },
    "InteractionAcceptedEvent": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "id",
        "type",
        "tenant",
        "occurredAt",
        "data"
      ],
      "properties": {
        "id": {
          "$ref": "#/$defs/EventId"
        },
        "type": {
          "type": "string",
          "const": "interaction.accepted"
        },
        "tenant": {
          "type": "string"
        },
        "occurredAt": {
          "type": "string",
          "format": "date-time"
        },
        "data": {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "interaction",
            "agentId"
          ],
          "properties": {
            "referenceId": {
              "type": "integer",
              "minimum": 0,
              "description": "The referenceId of the request that caused it."
            },
            "interaction": {
              "$ref": "#/$defs/InteractionSnapshot"
            },
            "agentId": {
              "type": "string"
            }
          }
        }
      },
      "title": "InteractionAcceptedEvent"
    },
    "InteractionRejectedEvent": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "id",
        "type",
        "tenant",
        "occurredAt",
        "data"
      ],
      "properties": {
        "id": {
          "$ref": "#/$defs/EventId"
        },
        "type": {
          "type": "string",
          "const": "interaction.rejected"
        },
        "tenant": {
          "type": "string"
        },
        "occurredAt": {
          "type": "string",
          "format": "date-time"
        },
        "data": {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "interaction",
            "agentId"
          ],
          "properties": {
            "referenceId": {
              "type": "integer",
              "minimum": 0,
              "description": "The referenceId of the request that caused it."
            },
            "interaction": {
              "$ref": "#/$defs/InteractionSnapshot"
            },
            "agentId": {
              "type": "string"
            },
            "agent": {
              "$ref": "#/$defs/AgentView",
              "description": "The agent's readiness after it, as routing set it (not ready, reason `missed`), pushed to the agent like its own changes."
            }
          }
        }
      },
      "title": "InteractionRejectedEvent"
    },
    "InteractionOfferTimedOutEvent": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "id",
        "type",
        "tenant",
        "occurredAt",
        "data"
      ],
      "properties": {
        "id": {
          "$ref": "#/$defs/EventId"
        },
        "type": {
          "type": "string",
          "const": "interaction.offer-timed-out"
        },
        "tenant": {
          "type": "string"
        },
        "occurredAt": {
          "type": "string",
          "format": "date-time"
        },
        "data": {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "interaction",
            "agentId"
          ],
          "properties": {
            "interaction": {
              "$ref": "#/$defs/InteractionSnapshot"
            },
            "agentId": {
              "type": "string"
            },
            "agent": {
              "$ref": "#/$defs/AgentView",
              "description": "The agent's readiness after it, as routing set it (not ready, reason `missed`), pushed to the agent like its own changes."
            }
          }
        }
      },
      "title": "InteractionOfferTimedOutEvent"
    },
    "InteractionCompletedEvent": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "id",
        "type",
        "tenant",
        "occurredAt",
        "data"
      ],
      "properties": {
        "id": {
          "$ref": "#/$defs/EventId"
        },
        "type": {
          "type": "string",
          "const": "interaction.completed"
        },
        "tenant": {
          "type": "string"
        },
        "occurredAt": {
          "type": "string",
          "format": "date-time"
        },
        "data": {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "interaction",
            "agentId"
          ],
          "properties": {
            "referenceId": {
              "type": "integer",
              "minimum": 0,
              "description": "The referenceId of the request that caused it."
            },
            "interaction": {
              "$ref": "#/$defs/InteractionSnapshot"
            },
            "agentId": {
              "type": "string"
            },
            "agent": {
              "$ref": "#/$defs/AgentView",
              "description": "The agent's readiness after it when routing put the agent in wrap-up (not ready, reason `wrap-up`); absent when it did not."
            }
          }
        }
      },
      "title": "InteractionCompletedEvent"
    },
    "AgentWrapUpEndedEvent": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "id",
        "type",
        "tenant",
        "occurredAt",
        "data"
      ],
      "properties": {
        "id": {
          "$ref": "#/$defs/EventId"
        },
        "type": {
          "type": "string",
          "const": "agent.wrap-up-ended"
        },
        "tenant": {
          "type": "string"
        },
        "occurredAt": {
          "type": "string",
          "format": "date-time"
        },
        "data": {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "agentId"
          ],
          "properties": {
            "agentId": {
              "type": "string"
            },
            "agent": {
              "$ref": "#/$defs/AgentView",
              "description": "The agent's readiness after it, ready again on the channels it had not closed."
            }
          }
        }
      },
      "title": "AgentWrapUpEndedEvent"
    },
    "InteractionPlanPausedEvent": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "id",
        "type",
        "tenant",
        "occurredAt",
        "data"
      ],
      "properties": {
        "id": {
          "$ref": "#/$defs/EventId"
        },
        "type": {
          "type": "string",
          "const": "interaction.plan-paused"
        },
        "tenant": {
          "type": "string"
        },
        "occurredAt": {
          "type": "string",
          "format": "date-time"
        },
        "data": {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "interaction",
            "step"
          ],
          "properties": {
            "interaction": {
              "$ref": "#/$defs/InteractionSnapshot"
            },
            "step": {
              "type": "string",
              "description": "The HTTP Request applet whose call the plan waits on."
            }
          }
        }
      },
      "title": "InteractionPlanPausedEvent"
    },
    "InteractionPlanStepCompletedEvent": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "id",
        "type",
        "tenant",
        "occurredAt",
        "data"
      ],
      "properties": {
        "id": {
          "$ref": "#/$defs/EventId"
        },
        "type": {
          "type": "string",
          "const": "interaction.plan-step-completed"
        },
        "tenant": {
          "type": "string"
        },
        "occurredAt": {
          "type": "string",
          "format": "date-time"
        },
        "data": {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "interaction",
            "step",
            "outcome"
          ],
          "properties": {
            "interaction": {
              "$ref": "#/$defs/InteractionSnapshot"
            },
            "step": {
              "type": "string"
            },
            "outcome": {
              "type": "string",
              "enum": [
                "completed",
                "failed"
              ]
            },
            "error": {
              "type": "string",
              "description": "Why the call failed."
            }
          }
        }
      },
      "title": "InteractionPlanStepCompletedEvent"
    },
    "ProviderRegisteredEvent": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "id",
        "type",
        "tenant",
        "occurredAt",
        "data"
      ],
      "properties": {
        "id": {
          "$ref": "#/$defs/EventId"
        },
        "type": {
          "type": "string",
          "const": "provider.registered"
        },
        "tenant": {
          "type": "string"
        },
        "occurredAt": {
          "type": "string",
          "format": "date-time"
        },
        "data": {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "provider"
          ],
          "properties": {
            "provider": {
              "$ref": "#/$defs/ProviderSettings"
            }
          }
        }
      },
      "title": "ProviderRegisteredEvent"
    },
    "ProviderRemovedEvent": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "id",
        "type",
        "tenant",
        "occurredAt",
        "data"
      ],
      "properties": {
        "id": {
          "$ref": "#/$defs/EventId"
        },
        "type": {
          "type": "string",
          "const": "provider.removed"
        },
        "tenant": {
          "type": "string"
        },
        "occurredAt": {
          "type": "string",
          "format": "date-time"
        },
        "data": {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "name"
          ],
          "properties": {
            "name": {
              "type": "string"
            }
          }
        }
      },
      "title": "ProviderRemovedEvent"
    },
    "InteractionHeldEvent": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "id",
        "type",
        "tenant",
        "occurredAt",
        "data"
      ],
      "properties": {
        "id": {
          "$ref": "#/$defs/EventId"
        },
        "type": {
          "type": "string",
          "const": "interaction.held"
        },
        "tenant": {
          "type": "string"
        },
        "occurredAt": {
          "type": "string",
          "format": "date-time"
        },
        "data": {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "interaction",
            "agentId"
          ],
          "properties": {
            "interaction": {
              "$ref": "#/$defs/InteractionSnapshot"
            },
            "agentId": {
              "type": "string"
            },
            "parked": {
              "type": "boolean",
              "description": "Parked (ICWS park): held, and shown as Parked."
            }
          }
        }
      },
      "title": "InteractionHeldEvent"
    },
    "InteractionRetrievedEvent": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "id",
        "type",
        "tenant",
        "occurredAt",
        "data"
      ],
      "properties": {
        "id": {
          "$ref": "#/$defs/EventId"
        },
        "type": {
          "type": "string",
          "const": "interaction.retrieved"
        },
        "tenant": {
          "type": "string"
        },
        "occurredAt": {
          "type": "string",
          "format": "date-time"
        },
        "data": {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "interaction",
            "agentId"
          ],
          "properties": {
            "interaction": {
              "$ref": "#/$defs/InteractionSnapshot"
            },
            "agentId": {
              "type": "string"
            }
          }
        }
      },
      "title": "InteractionRetrievedEvent"
    },
    "InteractionTransferredEvent": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "id",
        "type",
        "tenant",
        "occurredAt",
        "data"
      ],
      "properties": {
        "id": {
          "$ref": "#/$defs/EventId"
        },
        "type": {
          "type": "string",
          "const": "interaction.transferred"
        },
        "tenant": {
          "type": "string"
        },
        "occurredAt": {
          "type": "string",
          "format": "date-time"
        },
        "data": {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "interaction",
            "fromAgentId",
            "toAgentId",
            "toAgentUsername",
            "leaseUntil"
          ],
          "properties": {
            "referenceId": {
              "type": "integer",
              "minimum": 0,
              "description": "The referenceId of the request that caused it."
            },
            "interaction": {
              "$ref": "#/$defs/InteractionSnapshot"
            },
            "fromAgentId": {
              "type": "string"
            },
            "toAgentId": {
              "type": "string"
            },
            "toAgentUsername": {
              "type": "string"
            },
            "leaseUntil": {
              "type": "string",
              "format": "date-time"
            }
          }
        }
      },
      "title": "InteractionTransferredEvent"
    },
    "InteractionRouteTransferredEvent": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "id",
        "type",
        "tenant",
        "occurredAt",
        "data"
      ],
      "properties": {
        "id": {
          "$ref": "#/$defs/EventId"
        },
        "type": {
          "type": "string",
          "const": "interaction.route-transferred"
        },
        "tenant": {
          "type": "string"
        },
        "occurredAt": {
          "type": "string",
          "format": "date-time"
        },
        "data": {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "interaction",
            "fromAgentId",
            "route"
          ],
          "properties": {
            "referenceId": {
              "type": "integer",
              "minimum": 0,
              "description": "The referenceId of the request that caused it."
            },
            "interaction": {
              "$ref": "#/$defs/InteractionSnapshot"
            },
            "fromAgentId": {
              "type": "string"
            },
            "route": {
              "type": "string"
            }
          }
        }
      },
      "title": "InteractionRouteTransferredEvent"
    },
    "InteractionUserDataChangedEvent": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "id",
        "type",
        "tenant",
        "occurredAt",
        "data"
      ],
      "properties": {
        "id": {
          "$ref": "#/$defs/EventId"
        },
        "type": {
          "type": "string",
          "const": "interaction.user-data-changed"
        },
        "tenant": {
          "type": "string"
        },
        "occurredAt": {
          "type": "string",
          "format": "date-time"
        },
        "data": {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "interaction",
            "agentId"
          ],
          "properties": {
            "referenceId": {
              "type": "integer",
              "minimum": 0,
              "description": "The referenceId of the request that caused it."
            },
            "interaction": {
              "$ref": "#/$defs/InteractionSnapshot"
            },
            "agentId": {
              "type": "string"
            }
          }
        }
      },
      "title": "InteractionUserDataChangedEvent"
    },
    "AgentStateChangedEvent": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "id",
        "type",
        "tenant",
        "occurredAt",
        "data"
      ],
      "properties": {
        "id": {
          "$ref": "#/$defs/EventId"
        },
        "type": {
          "type": "string",
          "const": "agent.state-changed"
        },
        "tenant": {
          "type": "string"
        },
        "occurredAt": {
          "type": "string",
          "format": "date-time"
        },
        "data": {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "change",
            "agent"
          ],
          "properties": {
            "change": {
              "$ref": "#/$defs/AgentStateChange"
            },
            "channel": {
              "$ref": "#/$defs/InteractionType",
              "description": "The one channel that became ready or not ready; absent when the agent as a whole did."
            },
            "agent": {
              "$ref": "#/$defs/AgentView"
            }
          }
        }
      },
      "title": "AgentStateChangedEvent"
    },
    "WorkbinRef": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "name"
      ],
      "description": "A workbin by name; an agent's own workbin also names its owner (a queue's is shared by the tenant's agents).",
      "properties": {
        "name": {
          "type": "string",
          "minLength": 1
        },
        "ownerAgentId": {
          "type": "string",
          "minLength": 1
        }
      },
      "title": "WorkbinRef"
    },
    "WorkbinCommand": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "agentId",
        "operation",
        "workbin"
      ],
      "properties": {
        "referenceId": {
          "type": "integer",
          "minimum": 0,
          "description": "The caller's reference for this request, echoed in the events it causes."
        },
        "agentId": {
          "type": "string",
          "minLength": 1,
          "description": "The agent acting."
        },
        "operation": {
          "type": "string",
          "enum": [
            "place",
            "pull",
            "list",
            "subscribe",
            "unsubscribe"
          ],
          "description": "place — park an interaction the agent handles; pull — take one out and work on it; list — publish the\nworkbin's content to the agent; subscribe / unsubscribe — to items added to and removed from it.\n"
        },
        "workbin": {
          "type": "string",
          "minLength": 1,
          "description": "The workbin's name (the agent's own, or a queue's)."
        },
        "interactionId": {
          "type": "string",
          "minLength": 1,
          "description": "place and pull — the interaction."
        }
      },
      "title": "WorkbinCommand"
    },
    "WorkbinCommandReply": {
      "oneOf": [
        {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "ok"
          ],
          "properties": {
            "ok": {
              "type": "boolean",
              "const": true
            },
            "interactionId": {
              "type": "string"
            }
          }
        },
        {
          "$ref": "#/$defs/CommandFailure"
        }
      ],
      "title": "WorkbinCommandReply"
    },
    "WorkbinView": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "name",
        "scope",
        "interactions"
      ],
      "properties": {
        "name": {
          "type": "string"
        },
        "scope": {
          "type": "string",
          "enum": [
            "agent",
            "queue"
          ],
          "description": "agent — every agent has its own; queue — one, shared."
        },
        "queue": {
          "type": "string",
          "description": "The named route a queue workbin belongs to."
        },
        "interactions": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/InteractionSnapshot"
          }
        }
      },
      "title": "WorkbinView"
    },
    "AgentWorkbinsReply": {
      "oneOf": [
        {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "ok",
            "workbins"
          ],
          "properties": {
            "ok": {
              "type": "boolean",
              "const": true
            },
            "workbins": {
              "type": "array",
              "items": {
                "$ref": "#/$defs/WorkbinView"
              }
            }
          }
        },
        {
          "$ref": "#/$defs/CommandFailure"
        }
      ],
      "title": "AgentWorkbinsReply"
    },
    "ListInteractionsQuery": {
      "type": "object",
      "additionalProperties": false,
      "description": "One page of the tenant's active interactions, oldest first. The service answers at most `limit` of them and stops earlier when the page would pass its reply budget (a bus reply must fit NATS's max_payload); the caller goes on from `offset` + the number it got.",
      "properties": {
        "offset": {
          "type": "integer",
          "minimum": 0,
          "maximum": 10000000,
          "default": 0
        },
        "limit": {
          "type": "integer",
          "minimum": 1,
          "maximum": 1000,
          "default": 500
        }
      },
      "title": "ListInteractionsQuery"
    },
    "InteractionListReply": {
      "oneOf": [
        {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "ok",
            "interactions",
            "total"
          ],
          "properties": {
            "ok": {
              "type": "boolean",
              "const": true
            },
            "total": {
              "type": "integer",
              "minimum": 0,
              "description": "How many active interactions the tenant has in all."
            },
            "interactions": {
              "type": "array",
              "items": {
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "interaction",
                  "status"
                ],
                "properties": {
                  "interaction": {
                    "$ref": "#/$defs/InteractionSnapshot"
                  },
                  "status": {
                    "type": "string",
                    "enum": [
                      "in-plan",
                      "waiting",
                      "offered",
                      "connected",
                      "in-workbin"
                    ],
                    "description": "in-plan — its plan waits on a data connector call."
                  },
                  "agentId": {
                    "type": "string",
                    "description": "The agent it is offered to or connected with."
                  },
                  "workbin": {
                    "$ref": "#/$defs/WorkbinRef"
                  }
                }
              }
            }
          }
        },
        {
          "$ref": "#/$defs/CommandFailure"
        }
      ],
      "title": "InteractionListReply"
    },
    "InteractionCancelledEvent": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "id",
        "type",
        "tenant",
        "occurredAt",
        "data"
      ],
      "properties": {
        "id": {
          "$ref": "#/$defs/EventId"
        },
        "type": {
          "type": "string",
          "const": "interaction.cancelled"
        },
        "tenant": {
          "type": "string"
        },
        "occurredAt": {
          "type": "string",
          "format": "date-time"
        },
        "data": {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "interaction",
            "agentId"
          ],
          "properties": {
            "referenceId": {
              "type": "integer",
              "minimum": 0,
              "description": "The referenceId of the request that caused it."
            },
            "interaction": {
              "$ref": "#/$defs/InteractionSnapshot"
            },
            "agentId": {
              "type": "string"
            }
          }
        }
      },
      "title": "InteractionCancelledEvent"
    },
    "InteractionPlacedInWorkbinEvent": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "id",
        "type",
        "tenant",
        "occurredAt",
        "data"
      ],
      "properties": {
        "id": {
          "$ref": "#/$defs/EventId"
        },
        "type": {
          "type": "string",
          "const": "interaction.placed-in-workbin"
        },
        "tenant": {
          "type": "string"
        },
        "occurredAt": {
          "type": "string",
          "format": "date-time"
        },
        "data": {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "interaction",
            "agentId",
            "workbin",
            "subscribers"
          ],
          "properties": {
            "referenceId": {
              "type": "integer",
              "minimum": 0,
              "description": "The referenceId of the request that caused it."
            },
            "interaction": {
              "$ref": "#/$defs/InteractionSnapshot"
            },
            "agentId": {
              "type": "string",
              "description": "The agent that parked it."
            },
            "workbin": {
              "$ref": "#/$defs/WorkbinRef"
            },
            "subscribers": {
              "type": "array",
              "items": {
                "type": "string"
              },
              "description": "The agents subscribed to the workbin then."
            }
          }
        }
      },
      "title": "InteractionPlacedInWorkbinEvent"
    },
    "InteractionPulledFromWorkbinEvent": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "id",
        "type",
        "tenant",
        "occurredAt",
        "data"
      ],
      "properties": {
        "id": {
          "$ref": "#/$defs/EventId"
        },
        "type": {
          "type": "string",
          "const": "interaction.pulled-from-workbin"
        },
        "tenant": {
          "type": "string"
        },
        "occurredAt": {
          "type": "string",
          "format": "date-time"
        },
        "data": {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "interaction",
            "agentId",
            "workbin",
            "subscribers"
          ],
          "properties": {
            "referenceId": {
              "type": "integer",
              "minimum": 0,
              "description": "The referenceId of the request that caused it."
            },
            "interaction": {
              "$ref": "#/$defs/InteractionSnapshot"
            },
            "agentId": {
              "type": "string",
              "description": "The agent that took it out; it now works on it."
            },
            "workbin": {
              "$ref": "#/$defs/WorkbinRef"
            },
            "subscribers": {
              "type": "array",
              "items": {
                "type": "string"
              },
              "description": "The agents subscribed to the workbin then."
            }
          }
        }
      },
      "title": "InteractionPulledFromWorkbinEvent"
    },
    "AgentWorkbinListedEvent": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "id",
        "type",
        "tenant",
        "occurredAt",
        "data"
      ],
      "properties": {
        "id": {
          "$ref": "#/$defs/EventId"
        },
        "type": {
          "type": "string",
          "const": "agent.workbin-listed"
        },
        "tenant": {
          "type": "string"
        },
        "occurredAt": {
          "type": "string",
          "format": "date-time"
        },
        "data": {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "agentId",
            "workbin",
            "interactions"
          ],
          "properties": {
            "referenceId": {
              "type": "integer",
              "minimum": 0,
              "description": "The referenceId of the request that caused it."
            },
            "agentId": {
              "type": "string"
            },
            "workbin": {
              "$ref": "#/$defs/WorkbinRef"
            },
            "interactions": {
              "type": "array",
              "items": {
                "$ref": "#/$defs/InteractionSnapshot"
              }
            }
          }
        }
      },
      "title": "AgentWorkbinListedEvent"
    },
    "AgentWorkbinSubscriptionChangedEvent": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "id",
        "type",
        "tenant",
        "occurredAt",
        "data"
      ],
      "properties": {
        "id": {
          "$ref": "#/$defs/EventId"
        },
        "type": {
          "type": "string",
          "const": "agent.workbin-subscription-changed"
        },
        "tenant": {
          "type": "string"
        },
        "occurredAt": {
          "type": "string",
          "format": "date-time"
        },
        "data": {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "agentId",
            "workbin",
            "subscribed"
          ],
          "properties": {
            "referenceId": {
              "type": "integer",
              "minimum": 0,
              "description": "The referenceId of the request that caused it."
            },
            "agentId": {
              "type": "string"
            },
            "workbin": {
              "$ref": "#/$defs/WorkbinRef"
            },
            "subscribed": {
              "type": "boolean"
            }
          }
        }
      },
      "title": "AgentWorkbinSubscriptionChangedEvent"
    },
    "QueueRef": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "type",
        "name"
      ],
      "description": "A queue: a user's (what is offered to, connected to, held or parked by that agent) or a workgroup's (a named route's).",
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "user",
            "workgroup"
          ]
        },
        "name": {
          "type": "string",
          "minLength": 1,
          "description": "The agent's username, or the named route; either matched case-insensitively."
        }
      },
      "title": "QueueRef"
    },
    "StringAttributes": {
      "type": "object",
      "description": "ICWS attributes by name; every value a string.",
      "additionalProperties": {
        "type": "string"
      },
      "title": "StringAttributes"
    },
    "CreateInteractionCommand": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "agentId",
        "kind"
      ],
      "properties": {
        "referenceId": {
          "type": "integer",
          "minimum": 0,
          "description": "The caller's reference for this request, echoed in the events it causes."
        },
        "agentId": {
          "type": "string",
          "minLength": 1,
          "description": "The agent starting it."
        },
        "kind": {
          "type": "string",
          "enum": [
            "call",
            "callback",
            "generic"
          ],
          "description": "call — the agent's own call to `target`, connected to the agent at once (`queue`, when given, is the workgroup\nit dials on behalf of); callback — a request to call `target` back, queued into `queue`; generic — a work\nitem queued into `queue`.\n"
        },
        "target": {
          "type": "string",
          "minLength": 1,
          "maxLength": 200,
          "description": "call and callback: the number (or address) to reach."
        },
        "queue": {
          "$ref": "#/$defs/QueueRef"
        },
        "subject": {
          "type": "string",
          "maxLength": 2000
        },
        "remoteName": {
          "type": "string",
          "maxLength": 200
        },
        "remoteId": {
          "type": "string",
          "maxLength": 200
        },
        "direction": {
          "$ref": "#/$defs/InteractionDirection"
        },
        "attributes": {
          "$ref": "#/$defs/AttributesInput"
        }
      },
      "title": "CreateInteractionCommand"
    },
    "InteractionDirection": {
      "type": "string",
      "enum": [
        "inbound",
        "outbound"
      ],
      "title": "InteractionDirection"
    },
    "ControlInteractionCommand": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "interactionId",
        "agentId",
        "control",
        "on"
      ],
      "properties": {
        "referenceId": {
          "type": "integer",
          "minimum": 0,
          "description": "The caller's reference for this request, echoed in the events it causes."
        },
        "interactionId": {
          "type": "string",
          "minLength": 1
        },
        "agentId": {
          "type": "string",
          "minLength": 1,
          "description": "The agent acting; it must be the one handling it."
        },
        "control": {
          "type": "string",
          "enum": [
            "mute",
            "record",
            "pause"
          ],
          "description": "mute — the agent's audio; record — a recording by the agent (a supervisor's when `supervisor`); pause — the recording."
        },
        "on": {
          "type": "boolean"
        },
        "supervisor": {
          "type": "boolean",
          "description": "record: a supervisor recording (ICWS Eic_RecordersSupv)."
        }
      },
      "title": "ControlInteractionCommand"
    },
    "InteractionConnectedEvent": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "id",
        "type",
        "tenant",
        "occurredAt",
        "data"
      ],
      "properties": {
        "id": {
          "$ref": "#/$defs/EventId"
        },
        "type": {
          "type": "string",
          "const": "interaction.connected"
        },
        "tenant": {
          "type": "string"
        },
        "occurredAt": {
          "type": "string",
          "format": "date-time"
        },
        "data": {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "interaction",
            "agentId",
            "how"
          ],
          "properties": {
            "referenceId": {
              "type": "integer",
              "minimum": 0,
              "description": "The referenceId of the request that caused it."
            },
            "interaction": {
              "$ref": "#/$defs/InteractionSnapshot"
            },
            "agentId": {
              "type": "string"
            },
            "how": {
              "type": "string",
              "enum": [
                "outbound-call",
                "pickup"
              ],
              "description": "outbound-call — the agent's own new call; pickup — the agent took it from a queue without an offer."
            }
          }
        }
      },
      "title": "InteractionConnectedEvent"
    },
    "InteractionControlledEvent": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "id",
        "type",
        "tenant",
        "occurredAt",
        "data"
      ],
      "properties": {
        "id": {
          "$ref": "#/$defs/EventId"
        },
        "type": {
          "type": "string",
          "const": "interaction.controlled"
        },
        "tenant": {
          "type": "string"
        },
        "occurredAt": {
          "type": "string",
          "format": "date-time"
        },
        "data": {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "interaction",
            "agentId",
            "control",
            "on"
          ],
          "properties": {
            "referenceId": {
              "type": "integer",
              "minimum": 0,
              "description": "The referenceId of the request that caused it."
            },
            "interaction": {
              "$ref": "#/$defs/InteractionSnapshot"
            },
            "agentId": {
              "type": "string"
            },
            "control": {
              "type": "string",
              "enum": [
                "mute",
                "record",
                "pause"
              ]
            },
            "on": {
              "type": "boolean"
            },
            "supervisor": {
              "type": "boolean"
            }
          }
        }
      },
      "title": "InteractionControlledEvent"
    },
    "GetInteractionAttributesQuery": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "agentId",
        "interactionId"
      ],
      "properties": {
        "agentId": {
          "type": "string",
          "minLength": 1,
          "description": "The agent asking; an agent of the tenant."
        },
        "interactionId": {
          "type": "string",
          "minLength": 1
        },
        "names": {
          "type": "array",
          "description": "Matched case-insensitively; each answered under the name as asked (an unset one as ''). Absent: only Eic_CallId.",
          "items": {
            "type": "string",
            "minLength": 1
          }
        }
      },
      "title": "GetInteractionAttributesQuery"
    },
    "InteractionAttributesReply": {
      "oneOf": [
        {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "ok",
            "attributes"
          ],
          "properties": {
            "ok": {
              "type": "boolean",
              "const": true
            },
            "attributes": {
              "$ref": "#/$defs/StringAttributes"
            }
          }
        },
        {
          "$ref": "#/$defs/CommandFailure"
        }
      ],
      "title": "InteractionAttributesReply"
    },
    "SubscribeQueuesCommand": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "agentId",
        "sessionId",
        "subscriptionId",
        "queues",
        "attributeNames"
      ],
      "properties": {
        "agentId": {
          "type": "string",
          "minLength": 1,
          "description": "The session's agent; it may see its own queue and the workgroups it is a member of, a supervisor every queue."
        },
        "sessionId": {
          "type": "string",
          "minLength": 1
        },
        "subscriptionId": {
          "type": "string",
          "minLength": 1,
          "maxLength": 200,
          "description": "The client's name for it; subscribing again under it replaces it."
        },
        "queues": {
          "type": "array",
          "minItems": 1,
          "maxItems": 100,
          "items": {
            "$ref": "#/$defs/QueueRef"
          }
        },
        "attributeNames": {
          "type": "array",
          "minItems": 1,
          "maxItems": 200,
          "description": "At most 200 names, each at most 256 characters, none twice when case is ignored.",
          "items": {
            "type": "string",
            "minLength": 1,
            "maxLength": 256
          }
        },
        "resultLimit": {
          "$ref": "#/$defs/QueueResultLimit"
        },
        "attributeFilter": {
          "$ref": "#/$defs/QueueFilter"
        }
      },
      "title": "SubscribeQueuesCommand"
    },
    "QueueResultLimit": {
      "type": "object",
      "additionalProperties": false,
      "description": "The window a queue subscription shows (ICWS queueResultLimit): its matching interactions in order — by\n`orderAttribute` (values compared as strings, numerically when both are numbers; ties in queue order, oldest\nfirst) or, without one, in queue order — of which the client sees the first `limitCount`. Without\n`limitCount` the order sorts the snapshot only.\n",
      "properties": {
        "limitCount": {
          "type": "integer",
          "minimum": 1,
          "maximum": 1000,
          "description": "At most 1000, the most one snapshot carries."
        },
        "orderAttribute": {
          "type": "string",
          "minLength": 1,
          "maxLength": 256,
          "description": "An attribute name, matched case-insensitively."
        },
        "descending": {
          "type": "boolean",
          "description": "The greatest value first; default false."
        }
      },
      "title": "QueueResultLimit"
    },
    "QueueFilter": {
      "description": "Which interactions of its queues a subscription shows (ICWS attributeFilter): a comparison of one attribute,\nor a group of filters. At most 5 groups deep and 100 filters in all (the interactions service refuses more).\n",
      "oneOf": [
        {
          "$ref": "#/$defs/QueueFilterGroup"
        },
        {
          "$ref": "#/$defs/QueueFilterComparison"
        }
      ],
      "title": "QueueFilter"
    },
    "QueueFilterGroup": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "match",
        "items"
      ],
      "description": "all — every item holds (true when empty); any — at least one does; none — no item does.",
      "properties": {
        "match": {
          "type": "string",
          "enum": [
            "all",
            "any",
            "none"
          ]
        },
        "items": {
          "type": "array",
          "maxItems": 100,
          "items": {
            "$ref": "#/$defs/QueueFilter"
          }
        }
      },
      "title": "QueueFilterGroup"
    },
    "QueueFilterComparison": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "attribute",
        "equals",
        "value"
      ],
      "description": "The interaction's attribute (name matched case-insensitively; a missing one is \"\") is, or with equals false is\nnot, exactly the value (case-sensitive).\n",
      "properties": {
        "attribute": {
          "type": "string",
          "minLength": 1,
          "maxLength": 256
        },
        "equals": {
          "type": "boolean"
        },
        "value": {
          "type": "string",
          "maxLength": 32768
        }
      },
      "title": "QueueFilterComparison"
    },
    "UnsubscribeQueuesCommand": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "agentId",
        "sessionId",
        "subscriptionId"
      ],
      "properties": {
        "agentId": {
          "type": "string",
          "minLength": 1
        },
        "sessionId": {
          "type": "string",
          "minLength": 1
        },
        "subscriptionId": {
          "type": "string",
          "minLength": 1,
          "maxLength": 200
        }
      },
      "title": "UnsubscribeQueuesCommand"
    },
    "WatchInteractionCommand": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "agentId",
        "sessionId",
        "interactionId",
        "attributeNames"
      ],
      "properties": {
        "agentId": {
          "type": "string",
          "minLength": 1,
          "description": "The session's agent; it may watch what it may read the attributes of."
        },
        "sessionId": {
          "type": "string",
          "minLength": 1
        },
        "interactionId": {
          "type": "string",
          "minLength": 1,
          "description": "Any string the client sent; only an interaction in the system is watched."
        },
        "attributeNames": {
          "type": "array",
          "minItems": 1,
          "maxItems": 200,
          "description": "At most 200 names, each at most 256 characters, none twice when case is ignored.",
          "items": {
            "type": "string",
            "minLength": 1,
            "maxLength": 256
          }
        }
      },
      "title": "WatchInteractionCommand"
    },
    "UnwatchInteractionCommand": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "agentId",
        "sessionId",
        "interactionId"
      ],
      "properties": {
        "agentId": {
          "type": "string",
          "minLength": 1
        },
        "sessionId": {
          "type": "string",
          "minLength": 1
        },
        "interactionId": {
          "type": "string",
          "minLength": 1,
          "description": "Any string the client sent; only an interaction in the system is watched."
        }
      },
      "title": "UnwatchInteractionCommand"
    },
    "SessionCommand": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "sessionId"
      ],
      "properties": {
        "sessionId": {
          "type": "string",
          "minLength": 1
        }
      },
      "title": "SessionCommand"
    },
    "SessionCommandReply": {
      "oneOf": [
        {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "ok"
          ],
          "properties": {
            "ok": {
              "type": "boolean",
              "const": true
            }
          }
        },
        {
          "$ref": "#/$defs/CommandFailure"
        }
      ],
      "title": "SessionCommandReply"
    },
    "SessionQueueSubscriptionChangedEvent": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "id",
        "type",
        "tenant",
        "occurredAt",
        "data"
      ],
      "properties": {
        "id": {
          "$ref": "#/$defs/EventId"
        },
        "type": {
          "type": "string",
          "const": "session.queue-subscription-changed"
        },
        "tenant": {
          "type": "string"
        },
        "occurredAt": {
          "type": "string",
          "format": "date-time"
        },
        "data": {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "sessionId",
            "agentId",
            "subscriptionId",
            "subscribed"
          ],
          "properties": {
            "sessionId": {
              "type": "string"
            },
            "agentId": {
              "type": "string"
            },
            "subscriptionId": {
              "type": "string"
            },
            "subscribed": {
              "type": "boolean",
              "description": "false — the subscription ended."
            },
            "queues": {
              "type": "array",
              "items": {
                "$ref": "#/$defs/QueueRef"
              },
              "description": "When subscribed."
            },
            "attributeNames": {
              "type": "array",
              "items": {
                "type": "string"
              },
              "description": "When subscribed."
            },
            "resultLimit": {
              "$ref": "#/$defs/QueueResultLimit"
            },
            "attributeFilter": {
              "$ref": "#/$defs/QueueFilter"
            }
          }
        }
      },
      "title": "SessionQueueSubscriptionChangedEvent"
    },
    "InteractionAttributesEntry": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "interactionId",
        "attributes"
      ],
      "properties": {
        "interactionId": {
          "type": "string"
        },
        "attributes": {
          "$ref": "#/$defs/StringAttributes"
        }
      },
      "title": "InteractionAttributesEntry"
    },
    "SessionQueueContentsEvent": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "id",
        "type",
        "tenant",
        "occurredAt",
        "data"
      ],
      "properties": {
        "id": {
          "$ref": "#/$defs/EventId"
        },
        "type": {
          "type": "string",
          "const": "session.queue-contents"
        },
        "tenant": {
          "type": "string"
        },
        "occurredAt": {
          "type": "string",
          "format": "date-time"
        },
        "data": {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "sessionId",
            "subscriptionId",
            "isDelta"
          ],
          "description": "isDelta false — everything the subscription shows now, in `added` (the client replaces what it had); true —\nwhat changed: interactions that came in (with every subscribed attribute), those whose subscribed attributes\nchanged (with only those), and the ids of those that left.\n",
          "properties": {
            "sessionId": {
              "type": "string"
            },
            "subscriptionId": {
              "type": "string"
            },
            "isDelta": {
              "type": "boolean"
            },
            "added": {
              "type": "array",
              "items": {
                "$ref": "#/$defs/InteractionAttributesEntry"
              }
            },
            "changed": {
              "type": "array",
              "items": {
                "$ref": "#/$defs/InteractionAttributesEntry"
              }
            },
            "removed": {
              "type": "array",
              "items": {
                "type": "string"
              }
            },
            "limitExceeded": {
              "type": "boolean",
              "description": "A snapshot or delta after which more interactions match the subscription than it shows (ICWS\nqueueResultLimitExceeded): past its resultLimit's limitCount, or, without one, past the most one\nsnapshot carries (1000; its oldest are shown). False when that ended.\n"
            }
          }
        }
      },
      "title": "SessionQueueContentsEvent"
    },
    "SessionInteractionWatchChangedEvent": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "id",
        "type",
        "tenant",
        "occurredAt",
        "data"
      ],
      "properties": {
        "id": {
          "$ref": "#/$defs/EventId"
        },
        "type": {
          "type": "string",
          "const": "session.interaction-watch-changed"
        },
        "tenant": {
          "type": "string"
        },
        "occurredAt": {
          "type": "string",
          "format": "date-time"
        },
        "data": {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "sessionId",
            "agentId",
            "interactionId",
            "watching"
          ],
          "properties": {
            "sessionId": {
              "type": "string"
            },
            "agentId": {
              "type": "string"
            },
            "interactionId": {
              "type": "string"
            },
            "watching": {
              "type": "boolean",
              "description": "false — the watch ended."
            },
            "attributeNames": {
              "type": "array",
              "items": {
                "type": "string"
              },
              "description": "When watching."
            },
            "deallocated": {
              "type": "boolean",
              "description": "When it ended: true — because the interaction ended (ICWS interactionDeallocatedMessage); absent, and no lostRights — the session ended it, or it expired."
            },
            "lostRights": {
              "type": "boolean",
              "description": "When it ended: true — because the session's agent may no longer see the interaction, e.g. it left the agent's queue for a workgroup it is not a member of (ICWS interactionLostRightsMessage)."
            }
          }
        }
      },
      "title": "SessionInteractionWatchChangedEvent"
    },
    "SessionInteractionChangedEvent": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "id",
        "type",
        "tenant",
        "occurredAt",
        "data"
      ],
      "properties": {
        "id": {
          "$ref": "#/$defs/EventId"
        },
        "type": {
          "type": "string",
          "const": "session.interaction-changed"
        },
        "tenant": {
          "type": "string"
        },
        "occurredAt": {
          "type": "string",
          "format": "date-time"
        },
        "data": {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "sessionId",
            "interactionId",
            "isDelta",
            "attributes"
          ],
          "description": "isDelta false — every watched attribute under its name as watched (the client replaces what it had); true\n— only the watched attributes whose value changed since the last message.\n",
          "properties": {
            "sessionId": {
              "type": "string"
            },
            "interactionId": {
              "type": "string"
            },
            "isDelta": {
              "type": "boolean"
            },
            "attributes": {
              "$ref": "#/$defs/StringAttributes"
            }
          }
        }
      },
      "title": "SessionInteractionChangedEvent"
    },
    "SessionClosedEvent": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "id",
        "type",
        "tenant",
        "occurredAt",
        "data"
      ],
      "properties": {
        "id": {
          "$ref": "#/$defs/EventId"
        },
        "type": {
          "type": "string",
          "const": "session.closed"
        },
        "tenant": {
          "type": "string"
        },
        "occurredAt": {
          "type": "string",
          "format": "date-time"
        },
        "data": {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "sessionId"
          ],
          "properties": {
            "sessionId": {
              "type": "string"
            }
          }
        }
      },
      "title": "SessionClosedEvent"
    },
    "GetStatisticsQuery": {
      "type": "object",
      "additionalProperties": false,
      "description": "The tenant's statistics: its summary and routes always; its agents only when `agents` asks for a page of them (a tenant's every agent with its figures would not fit in one NATS message at contact-center size — about a kilobyte each — and the summary and the live stream need none of them).",
      "properties": {
        "agents": {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "offset",
            "limit"
          ],
          "properties": {
            "offset": {
              "type": "integer",
              "minimum": 0,
              "maximum": 10000000,
              "description": "How many agents to skip, in id order."
            },
            "limit": {
              "type": "integer",
              "minimum": 1,
              "maximum": 500,
              "description": "At most how many agents to answer."
            }
          }
        }
      },
      "title": "GetStatisticsQuery"
    },
    "StatisticsReply": {
      "oneOf": [
        {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "ok",
            "statistics"
          ],
          "properties": {
            "ok": {
              "type": "boolean",
              "const": true
            },
            "statistics": {
              "$ref": "#/$defs/TenantStatisticsView"
            }
          }
        },
        {
          "$ref": "#/$defs/CommandFailure"
        }
      ],
      "title": "StatisticsReply"
    },
    "TenantStatisticsView": {
      "type": "object",
      "additionalProperties": false,
      "description": "As of `asOf`: \"today\" is the UTC day from `dayStart`, the interval the current one of `intervalSeconds`, counted from UTC midnight. Every event counts in the period of its own time.",
      "required": [
        "tenant",
        "asOf",
        "dayStart",
        "intervalStart",
        "intervalSeconds",
        "summary",
        "queues",
        "agents",
        "agentsTotal"
      ],
      "properties": {
        "tenant": {
          "type": "string"
        },
        "asOf": {
          "type": "string",
          "format": "date-time"
        },
        "dayStart": {
          "type": "string",
          "format": "date-time"
        },
        "intervalStart": {
          "type": "string",
          "format": "date-time"
        },
        "intervalSeconds": {
          "type": "integer",
          "minimum": 1
        },
        "summary": {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "realTime",
            "interval",
            "today"
          ],
          "properties": {
            "realTime": {
              "allOf": [
                {
                  "$ref": "#/$defs/StatisticsQueueRealTime"
                }
              ],
              "type": "object",
              "required": [
                "agents"
              ],
              "properties": {
                "agents": {
                  "$ref": "#/$defs/StatisticsAgentCounts"
                }
              }
            },
            "interval": {
              "$ref": "#/$defs/StatisticsFigures"
            },
            "today": {
              "$ref": "#/$defs/StatisticsFigures"
            }
          }
        },
        "queues": {
          "type": "array",
          "items": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "route",
              "realTime",
              "interval",
              "today"
            ],
            "properties": {
              "route": {
                "type": "string",
                "description": "The named route (empty for an agent's personal queue)."
              },
              "realTime": {
                "$ref": "#/$defs/StatisticsQueueRealTime"
              },
              "interval": {
                "$ref": "#/$defs/StatisticsFigures"
              },
              "today": {
                "$ref": "#/$defs/StatisticsFigures"
              }
            }
          }
        },
        "agentsTotal": {
          "type": "integer",
          "minimum": 0,
          "description": "How many agents the tenant's statistics hold in all."
        },
        "agents": {
          "type": "array",
          "description": "The page of agents the query asked for, by id; none when it asked for none.",
          "items": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "agentId",
              "state",
              "secondsInState",
              "interactions",
              "load",
              "interval",
              "today"
            ],
            "properties": {
              "agentId": {
                "type": "string"
              },
              "username": {
                "type": "string"
              },
              "state": {
                "type": "string",
                "enum": [
                  "logged-out",
                  "ready",
                  "busy",
                  "wrap-up",
                  "not-ready"
                ]
              },
              "notReadyReason": {
                "type": "string"
              },
              "secondsInState": {
                "type": "number",
                "minimum": 0
              },
              "interactions": {
                "type": "integer",
                "minimum": 0,
                "description": "Offered to or handled by the agent now."
              },
              "load": {
                "description": "The agent's interactions now by interaction type.",
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "live",
                  "chat",
                  "nonlive"
                ],
                "properties": {
                  "live": {
                    "type": "integer",
                    "minimum": 0
                  },
                  "chat": {
                    "type": "integer",
                    "minimum": 0
                  },
                  "nonlive": {
                    "type": "integer",
                    "minimum": 0
                  }
                }
              },
              "interval": {
                "$ref": "#/$defs/StatisticsFigures"
              },
              "today": {
                "$ref": "#/$defs/StatisticsFigures"
              }
            }
          }
        }
      },
      "title": "TenantStatisticsView"
    },
    "StatisticsQueueRealTime": {
      "type": "object",
      "required": [
        "waiting",
        "waitingByPriority",
        "oldestWaitingSeconds",
        "offered"
      ],
      "properties": {
        "waiting": {
          "type": "integer",
          "minimum": 0
        },
        "waitingByPriority": {
          "type": "array",
          "items": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "priority",
              "waiting"
            ],
            "properties": {
              "priority": {
                "type": "number"
              },
              "waiting": {
                "type": "integer",
                "minimum": 0
              }
            }
          }
        },
        "oldestWaitingSeconds": {
          "type": "number",
          "minimum": 0
        },
        "offered": {
          "type": "integer",
          "minimum": 0,
          "description": "Offered to an agent now, not yet accepted."
        }
      },
      "title": "StatisticsQueueRealTime"
    },
    "StatisticsAgentCounts": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "loggedIn",
        "ready",
        "busy",
        "wrapUp",
        "notReady",
        "notReadyByReason"
      ],
      "properties": {
        "loggedIn": {
          "type": "integer",
          "minimum": 0
        },
        "ready": {
          "type": "integer",
          "minimum": 0
        },
        "busy": {
          "type": "integer",
          "minimum": 0
        },
        "wrapUp": {
          "type": "integer",
          "minimum": 0
        },
        "notReady": {
          "type": "integer",
          "minimum": 0
        },
        "notReadyByReason": {
          "type": "array",
          "items": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "reason",
              "agents"
            ],
            "properties": {
              "reason": {
                "type": "string"
              },
              "agents": {
                "type": "integer",
                "minimum": 0
              }
            }
          }
        }
      },
      "title": "StatisticsAgentCounts"
    },
    "StatisticsFigures": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "entered",
        "offered",
        "accepted",
        "rejected",
        "offerTimeouts",
        "abandoned",
        "completed",
        "transferred",
        "averageSpeedOfAnswerSeconds",
        "maxSpeedOfAnswerSeconds",
        "averageHandleTimeSeconds",
        "acceptedWithinSla",
        "splitByWaitTime"
      ],
      "properties": {
        "entered": {
          "type": "integer",
          "minimum": 0
        },
        "offered": {
          "type": "integer",
          "minimum": 0
        },
        "accepted": {
          "type": "integer",
          "minimum": 0,
          "description": "Accepted out of the queue (answered)."
        },
        "rejected": {
          "type": "integer",
          "minimum": 0
        },
        "offerTimeouts": {
          "type": "integer",
          "minimum": 0
        },
        "abandoned": {
          "type": "integer",
          "minimum": 0,
          "description": "Released while waiting, other than by the route's plan."
        },
        "completed": {
          "type": "integer",
          "minimum": 0
        },
        "transferred": {
          "type": "integer",
          "minimum": 0
        },
        "averageSpeedOfAnswerSeconds": {
          "type": "number",
          "minimum": 0
        },
        "maxSpeedOfAnswerSeconds": {
          "type": "number",
          "minimum": 0
        },
        "averageHandleTimeSeconds": {
          "type": "number",
          "minimum": 0
        },
        "acceptedWithinSla": {
          "type": "integer",
          "minimum": 0
        },
        "serviceLevel": {
          "type": "number",
          "minimum": 0,
          "maximum": 1,
          "description": "acceptedWithinSla / accepted, each against its interaction's slaSeconds; absent while none."
        },
        "splitByWaitTime": {
          "type": "array",
          "items": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "thresholdSeconds",
              "accepted",
              "abandoned"
            ],
            "properties": {
              "thresholdSeconds": {
                "type": "number",
                "minimum": 0
              },
              "accepted": {
                "type": "integer",
                "minimum": 0,
                "description": "Accepted within the threshold."
              },
              "abandoned": {
                "type": "integer",
                "minimum": 0,
                "description": "Abandoned within the threshold."
              }
            }
          }
        }
      },
      "title": "StatisticsFigures"
    },
    "ConfiguredAgent": {
      "type": "object",
      "description": "An agent exactly as a tenant file configures one (libs/config agentConfigSchema, which checks it again with the tenant file's messages): what agent.configured carries and the roster holds. Bounded where it enters (the admin API), not here: a stored event must always read back.",
      "additionalProperties": false,
      "required": [
        "id",
        "username",
        "passwordHash",
        "skills",
        "role"
      ],
      "properties": {
        "id": {
          "type": "string",
          "pattern": "^[0-9]+$",
          "description": "The display id."
        },
        "username": {
          "type": "string",
          "minLength": 1
        },
        "passwordHash": {
          "type": "string",
          "description": "A scrypt hash (scrypt$...); never a password."
        },
        "skills": {
          "$ref": "#/$defs/AgentSkillLevels"
        },
        "role": {
          "type": "string",
          "enum": [
            "agent",
            "supervisor"
          ]
        },
        "workgroups": {
          "type": "array",
          "items": {
            "type": "string",
            "minLength": 1
          }
        }
      },
      "title": "ConfiguredAgent"
    },
    "AgentSkillLevels": {
      "type": "object",
      "description": "Skill name → level 1–10.",
      "additionalProperties": {
        "type": "integer",
        "minimum": 1,
        "maximum": 10
      },
      "title": "AgentSkillLevels"
    },
    "AgentConfigView": {
      "type": "object",
      "description": "An agent's configuration as read back (no password hash), with its revision (the admin API's ETag).",
      "additionalProperties": false,
      "required": [
        "id",
        "username",
        "skills",
        "role",
        "revision"
      ],
      "properties": {
        "id": {
          "type": "string"
        },
        "username": {
          "type": "string"
        },
        "skills": {
          "$ref": "#/$defs/AgentSkillLevels"
        },
        "role": {
          "type": "string",
          "enum": [
            "agent",
            "supervisor"
          ]
        },
        "workgroups": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "revision": {
          "$ref": "#/$defs/ConfigRevision"
        }
      },
      "title": "AgentConfigView"
    },
    "ConfigRevision": {
      "type": "integer",
      "minimum": 0,
      "description": "The tenant's count of configuration events when this resource last changed (0: only its tenant file configured it); every configuration event counts one more, so a change always gives a new revision.",
      "title": "ConfigRevision"
    },
    "ConfigureAgentCommand": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "mode",
        "agent"
      ],
      "properties": {
        "mode": {
          "type": "string",
          "enum": [
            "create",
            "replace"
          ]
        },
        "agent": {
          "type": "object",
          "description": "A ConfiguredAgent; on replace, passwordHash may be left out to keep the current one.",
          "additionalProperties": true,
          "maxProperties": 16
        },
        "ifRevision": {
          "$ref": "#/$defs/ConfigRevision"
        }
      },
      "title": "ConfigureAgentCommand"
    },
    "RemoveAgentCommand": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "username"
      ],
      "properties": {
        "username": {
          "type": "string",
          "minLength": 1,
          "maxLength": 128
        },
        "ifRevision": {
          "$ref": "#/$defs/ConfigRevision"
        }
      },
      "title": "RemoveAgentCommand"
    },
    "GetAgentConfigQuery": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "username"
      ],
      "properties": {
        "username": {
          "type": "string",
          "minLength": 1,
          "maxLength": 128
        }
      },
      "title": "GetAgentConfigQuery"
    },
    "ListAgentConfigsQuery": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "offset",
        "limit"
      ],
      "properties": {
        "offset": {
          "type": "integer",
          "minimum": 0
        },
        "limit": {
          "type": "integer",
          "minimum": 1,
          "maximum": 500
        }
      },
      "title": "ListAgentConfigsQuery"
    },
    "AgentConfigReply": {
      "oneOf": [
        {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "ok",
            "agent"
          ],
          "properties": {
            "ok": {
              "type": "boolean",
              "const": true
            },
            "agent": {
              "$ref": "#/$defs/AgentConfigView"
            }
          }
        },
        {
          "$ref": "#/$defs/CommandFailure"
        }
      ],
      "title": "AgentConfigReply"
    },
    "AgentConfigsReply": {
      "oneOf": [
        {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "ok",
            "agents",
            "total"
          ],
          "properties": {
            "ok": {
              "type": "boolean",
              "const": true
            },
            "agents": {
              "type": "array",
              "items": {
                "$ref": "#/$defs/AgentConfigView"
              }
            },
            "total": {
              "type": "integer",
              "minimum": 0
            }
          }
        },
        {
          "$ref": "#/$defs/CommandFailure"
        }
      ],
      "title": "AgentConfigsReply"
    },
    "AgentConfiguredEvent": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "id",
        "type",
        "tenant",
        "occurredAt",
        "data"
      ],
      "properties": {
        "id": {
          "$ref": "#/$defs/EventId"
        },
        "type": {
          "type": "string",
          "const": "agent.configured"
        },
        "tenant": {
          "type": "string"
        },
        "occurredAt": {
          "type": "string",
          "format": "date-time"
        },
        "data": {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "agent",
            "revision"
          ],
          "properties": {
            "agent": {
              "$ref": "#/$defs/ConfiguredAgent"
            },
            "revision": {
              "$ref": "#/$defs/ConfigRevision"
            }
          }
        }
      },
      "title": "AgentConfiguredEvent"
    },
    "AgentRemovedEvent": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "id",
        "type",
        "tenant",
        "occurredAt",
        "data"
      ],
      "properties": {
        "id": {
          "$ref": "#/$defs/EventId"
        },
        "type": {
          "type": "string",
          "const": "agent.removed"
        },
        "tenant": {
          "type": "string"
        },
        "occurredAt": {
          "type": "string",
          "format": "date-time"
        },
        "data": {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "agentId",
            "username",
            "revision"
          ],
          "properties": {
            "agentId": {
              "type": "string"
            },
            "username": {
              "type": "string"
            },
            "revision": {
              "$ref": "#/$defs/ConfigRevision"
            }
          }
        }
      },
      "title": "AgentRemovedEvent"
    }
  }
} as const;
