/* eslint-disable */
// ---------------------------------------------------------------------------------------------
// GENERATED FILE — DO NOT EDIT. Generated from contracts/asyncapi/provider-callbacks.asyncapi.yaml by tools/codegen.
// Edit the contract and run `npm run codegen`; `npm run codegen:check` fails on any drift.
// ---------------------------------------------------------------------------------------------

/**
 * @minItems 1
 */
export type ProviderNotifications = [ProviderNotification, ...ProviderNotification[]];

export interface ProviderNotification {
  /**
   * AssignToAgent — offered to an agent; Release — gone from the system.
   */
  notification: "AssignToAgent" | "Release";
  /**
   * The dispatch's externalid.
   */
  objectid: string;
  /**
   * Unique per notification
   */
  notificationid: string;
  params: NotificationParams;
}

export interface NotificationParams {
  /**
   * The account (tenant) where it happened.
   */
  AccountName: string;
  /**
   * The agent's username (AssignToAgent; Release of an assigned interaction).
   */
  Agent?: string;
  /**
   * The agent's display id.
   */
  AgentId?: string;
}
