/* eslint-disable */
// ---------------------------------------------------------------------------------------------
// GENERATED FILE — DO NOT EDIT. Generated from contracts/asyncapi/gws-notifications.asyncapi.yaml by tools/codegen.
// Edit the contract and run `npm run codegen`; `npm run codegen:check` fails on any drift.
// ---------------------------------------------------------------------------------------------

import type { InteractionStateMessage } from './gws-notifications.types.generated.js';

/** Request/reply channels and their subject templates. */
export const gwsNotificationsRequestChannels = {
} as const;

/** Event channels and their subject templates. */
export const gwsNotificationsEventChannels = {
  meInteractions: { subject: '/v2/me/interactions', payload: 'InteractionStateMessage' },
} as const;

export interface GwsNotificationsRequestMap {
}

export interface GwsNotificationsEventMap {
  meInteractions: InteractionStateMessage;
}

/** Every payload schema, as one JSON Schema document (refs point into `$defs`). */
export const gwsNotificationsSchemas = {
  "$id": "urn:switchboard:gws-notifications",
  "$defs": {
    "InteractionStateMessage": {
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
            "Revoked",
            "Completed"
          ],
          "description": "Invited — offered to this agent; Processing — accepted, the agent works on it; Revoked — taken back\nbefore the agent accepted it (released, timed out, rejected, the agent logged out); Completed — the\nagent's work on it ended (completed, released, transferred away).\n"
        },
        "capabilities": {
          "type": "array",
          "description": "Exactly the operations valid now: Invited — Accept, Reject; Processing — Complete, AttachUserData,\nUpdateUserData, DeleteUserData, and PlaceInQueue, SingleStepTransfer where the interaction's provider\npermits them; Revoked and Completed — none.\n",
          "items": {
            "type": "string",
            "enum": [
              "Accept",
              "Reject",
              "Complete",
              "AttachUserData",
              "UpdateUserData",
              "DeleteUserData",
              "PlaceInQueue",
              "SingleStepTransfer"
            ]
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
        }
      },
      "title": "InteractionStateMessage"
    }
  }
} as const;
