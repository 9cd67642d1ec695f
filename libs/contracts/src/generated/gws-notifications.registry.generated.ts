/* eslint-disable */
// ---------------------------------------------------------------------------------------------
// GENERATED FILE — DO NOT EDIT. Generated from contracts/asyncapi/gws-notifications.asyncapi.yaml by tools/codegen.
// Edit the contract and run `npm run codegen`; `npm run codegen:check` fails on any drift.
// ---------------------------------------------------------------------------------------------

import type { ChannelStateChangeMessageV2, InteractionStateMessage, WorkbinContentMessage, WorkbinStateChangeMessage, WorkbinSubscriptionStateChangeMessage } from './gws-notifications.types.generated.js';

/** Any message of its channel. */
export type MeWorkbinsPayload = WorkbinSubscriptionStateChangeMessage | WorkbinStateChangeMessage | WorkbinContentMessage;

/** Request/reply channels and their subject templates. */
export const gwsNotificationsRequestChannels = {
} as const;

/** Event channels and their subject templates. */
export const gwsNotificationsEventChannels = {
  meInteractions: { subject: '/v2/me/interactions', payload: 'InteractionStateMessage' },
  meWorkbins: { subject: '/v2/me/workbins', payload: 'MeWorkbinsPayload' },
  meChannels: { subject: '/v2/me/channels', payload: 'ChannelStateChangeMessageV2' },
} as const;

export interface GwsNotificationsRequestMap {
}

export interface GwsNotificationsEventMap {
  meInteractions: InteractionStateMessage;
  meWorkbins: MeWorkbinsPayload;
  meChannels: ChannelStateChangeMessageV2;
}

/** Every payload schema, as one JSON Schema document (refs point into `$defs`). */
export const gwsNotificationsSchemas = {
  "$id": "urn:switchboard:gws-notifications",
  "$defs": {
    "InteractionStateMessage": {
      "title": "InteractionStateMessage",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "messageTypeName",
        "notificationType",
        "eventId",
        "id",
        "state",
        "capabilities",
        "interactionType",
        "mediaType",
        "userData",
        "receivedDate"
      ],
      "properties": {
        "messageTypeName": {
          "type": "string",
          "const": "InteractionStateMessage"
        },
        "notificationType": {
          "type": "string",
          "enum": [
            "StatusChange",
            "PropertiesUpdated"
          ],
          "description": "StatusChange — the state changed; PropertiesUpdated — the user data changed."
        },
        "eventId": {
          "type": "string",
          "description": "The domain event this notification comes from; `snapshot-` and a fresh id for the current state sent\nwhen the session subscribes.\n"
        },
        "referenceId": {
          "type": "integer",
          "description": "The referenceId of the agent's request that caused it (the operation's reply carries it)."
        },
        "id": {
          "type": "string",
          "description": "The interaction id."
        },
        "externalId": {
          "type": "string",
          "description": "The id the dispatching system gave it."
        },
        "state": {
          "type": "string",
          "enum": [
            "Invited",
            "Processing",
            "Held",
            "Revoked",
            "Completed",
            "InWorkbin"
          ],
          "description": "Invited — offered to this agent; Processing — accepted, the agent works on it; Held — the agent put\nit on hold (or parked it, in ICWS), still the agent's, until it is retrieved (Processing again);\nRevoked — taken back before the agent accepted it (released, timed out, rejected, the agent logged\nout) or given up unfinished (Cancel); Completed — the agent's work on it ended (completed, released,\ntransferred away); InWorkbin — parked in a workbin (PlaceInWorkbin), off the agent until someone\npulls it out.\n"
        },
        "capabilities": {
          "type": "array",
          "description": "Exactly the operations valid now: Invited — Accept, Reject; Processing — Complete, Cancel,\nAttachUserData, UpdateUserData, DeleteUserData, and PlaceInQueue, SingleStepTransfer where the\ninteraction's provider permits them, and PlaceInWorkbin for non-live work whose provider permits\nhold; Held — Retrieve; Revoked, Completed and InWorkbin — none (a parked one is pulled out through\nits workbin).\n",
          "items": {
            "$ref": "#/$defs/Capability"
          }
        },
        "interactionType": {
          "type": "string",
          "enum": [
            "live",
            "chat",
            "nonlive"
          ]
        },
        "mediaType": {
          "type": "string",
          "description": "The linked data media type (\"API Object\" by default)."
        },
        "currentQueue": {
          "type": "string",
          "description": "The named route the interaction came through."
        },
        "userData": {
          "type": "object",
          "description": "The user data attached by agents (any JSON, nested kept), the interaction properties, and the linked\ndata (clid, name, url, urlLabel).\n",
          "additionalProperties": true
        },
        "receivedDate": {
          "type": "string",
          "description": "When it was queued, \"YYYY-MM-DD HH:mm:ss.SSS+ZZZZ\"."
        },
        "workbin": {
          "type": "string",
          "description": "InWorkbin — the workbin it is parked in."
        },
        "switchboardOfferLease": {
          "$ref": "#/$defs/SwitchboardOfferLease"
        }
      }
    },
    "SwitchboardOfferLease": {
      "title": "SwitchboardOfferLease",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "leaseUntil",
        "remainingMs"
      ],
      "description": "Switchboard's extension, not part of GWS (whose properties never begin with `switchboard`, so it cannot\nclash with one of theirs; a GWS client ignores it): on an Invited notification sent live, when the offer\nis taken back from the agent if it has not accepted it (a timeout, then Revoked). Absent on the\nnotifications sent when a session subscribes.\n",
      "properties": {
        "leaseUntil": {
          "type": "string",
          "format": "date-time",
          "description": "The instant the offer ends, by the platform's clock."
        },
        "remainingMs": {
          "type": "integer",
          "minimum": 0,
          "description": "How long the offer had left at the notification's own time (its domain event's). A browser's clock\nmay differ from the platform's, so a desktop counts this down from when the notification arrives\nrather than comparing `leaseUntil` with its own clock.\n"
        }
      }
    },
    "Capability": {
      "title": "Capability",
      "type": "string",
      "enum": [
        "Accept",
        "Reject",
        "Complete",
        "Cancel",
        "AttachUserData",
        "UpdateUserData",
        "DeleteUserData",
        "PlaceInQueue",
        "PlaceInWorkbin",
        "SingleStepTransfer",
        "Retrieve"
      ]
    },
    "WorkbinSubscriptionStateChangeMessage": {
      "title": "WorkbinSubscriptionStateChangeMessage",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "messageType",
        "eventId",
        "stateResource",
        "id"
      ],
      "properties": {
        "messageType": {
          "type": "string",
          "const": "WorkbinSubscriptionStateChangeMessage"
        },
        "eventId": {
          "type": "string"
        },
        "referenceId": {
          "type": "integer",
          "description": "The referenceId of the Subscribe or Unsubscribe request."
        },
        "stateResource": {
          "type": "string",
          "enum": [
            "Subscribed",
            "Unsubscribed"
          ]
        },
        "id": {
          "type": "string",
          "description": "The workbin id."
        }
      }
    },
    "WorkbinStateChangeMessage": {
      "title": "WorkbinStateChangeMessage",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "messageType",
        "eventId",
        "action",
        "workbinId",
        "interaction"
      ],
      "description": "To every agent subscribed to the workbin when the item came or went.",
      "properties": {
        "messageType": {
          "type": "string",
          "const": "WorkbinStateChangeMessage"
        },
        "eventId": {
          "type": "string"
        },
        "referenceId": {
          "type": "integer",
          "description": "The referenceId of the request that caused it."
        },
        "action": {
          "type": "string",
          "enum": [
            "ItemAdded",
            "ItemRemoved"
          ]
        },
        "workbinId": {
          "type": "string"
        },
        "interaction": {
          "$ref": "#/$defs/InteractionStateMessage"
        }
      }
    },
    "WorkbinContentMessage": {
      "title": "WorkbinContentMessage",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "messageType",
        "eventId",
        "workbinId",
        "interactions"
      ],
      "description": "The answer to GetWorkbinContent — what the workbin held when asked, oldest parked first.",
      "properties": {
        "messageType": {
          "type": "string",
          "const": "WorkbinContentMessage"
        },
        "eventId": {
          "type": "string"
        },
        "referenceId": {
          "type": "integer",
          "description": "The referenceId of the GetWorkbinContent request."
        },
        "workbinId": {
          "type": "string"
        },
        "interactions": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/InteractionStateMessage"
          }
        }
      }
    },
    "ChannelStateChangeMessageV2": {
      "title": "ChannelStateChangeMessageV2",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "messageType",
        "eventId",
        "channels"
      ],
      "properties": {
        "messageType": {
          "type": "string",
          "const": "ChannelStateChangeMessageV2"
        },
        "eventId": {
          "type": "string"
        },
        "channels": {
          "type": "array",
          "description": "Every media channel of the agent (voice, chat, workitem) with its state.",
          "items": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "channel",
              "userState"
            ],
            "properties": {
              "channel": {
                "type": "string",
                "enum": [
                  "voice",
                  "chat",
                  "workitem"
                ]
              },
              "userState": {
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "state"
                ],
                "properties": {
                  "state": {
                    "type": "string",
                    "enum": [
                      "Ready",
                      "NotReady",
                      "LoggedOut"
                    ]
                  },
                  "reason": {
                    "type": "string",
                    "description": "NotReady — the reason given (or wrap-up, missed)."
                  }
                }
              }
            }
          }
        }
      }
    },
    "MeWorkbinsPayload": {
      "title": "MeWorkbinsPayload",
      "oneOf": [
        {
          "$ref": "#/$defs/WorkbinSubscriptionStateChangeMessage"
        },
        {
          "$ref": "#/$defs/WorkbinStateChangeMessage"
        },
        {
          "$ref": "#/$defs/WorkbinContentMessage"
        }
      ]
    }
  }
} as const;
