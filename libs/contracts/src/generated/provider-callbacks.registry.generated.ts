/* eslint-disable */
// ---------------------------------------------------------------------------------------------
// GENERATED FILE — DO NOT EDIT. Generated from contracts/asyncapi/provider-callbacks.asyncapi.yaml by tools/codegen.
// Edit the contract and run `npm run codegen`; `npm run codegen:check` fails on any drift.
// ---------------------------------------------------------------------------------------------

import type { ProviderNotifications } from './provider-callbacks.types.generated.js';

/** Request/reply channels and their subject templates. */
export const providerCallbacksRequestChannels = {
} as const;

/** Event channels and their subject templates. */
export const providerCallbacksEventChannels = {
  providerEndpoint: { subject: '{endpoint}', payload: 'ProviderNotifications' },
} as const;

export interface ProviderCallbacksRequestMap {
}

export interface ProviderCallbacksEventMap {
  providerEndpoint: ProviderNotifications;
}

/** Every payload schema, as one JSON Schema document (refs point into `$defs`). */
export const providerCallbacksSchemas = {
  "$id": "urn:switchboard:provider-callbacks",
  "$defs": {
    "ProviderNotifications": {
      "type": "array",
      "minItems": 1,
      "items": {
        "$ref": "#/$defs/ProviderNotification"
      },
      "title": "ProviderNotifications"
    },
    "ProviderNotification": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "notification",
        "objectid",
        "notificationid",
        "params"
      ],
      "properties": {
        "notification": {
          "type": "string",
          "enum": [
            "AssignToAgent",
            "Release"
          ],
          "description": "AssignToAgent — offered to an agent; Release — gone from the system."
        },
        "objectid": {
          "type": "string",
          "description": "The dispatch's externalid."
        },
        "notificationid": {
          "type": "string",
          "description": "Unique per notification",
          "the same on every retry (a GUID).": null
        },
        "params": {
          "$ref": "#/$defs/NotificationParams"
        }
      },
      "title": "ProviderNotification"
    },
    "NotificationParams": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "AccountName"
      ],
      "properties": {
        "AccountName": {
          "type": "string",
          "description": "The account (tenant) where it happened."
        },
        "Agent": {
          "type": "string",
          "description": "The agent's username (AssignToAgent; Release of an assigned interaction)."
        },
        "AgentId": {
          "type": "string",
          "description": "The agent's display id."
        }
      },
      "title": "NotificationParams"
    }
  }
} as const;
