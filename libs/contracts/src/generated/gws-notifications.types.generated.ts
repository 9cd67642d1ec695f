/* eslint-disable */
// ---------------------------------------------------------------------------------------------
// GENERATED FILE — DO NOT EDIT. Generated from contracts/asyncapi/gws-notifications.asyncapi.yaml by tools/codegen.
// Edit the contract and run `npm run codegen`; `npm run codegen:check` fails on any drift.
// ---------------------------------------------------------------------------------------------

export interface InteractionStateMessage {
  messageTypeName: "InteractionStateMessage";
  /**
   * StatusChange — the state changed; PropertiesUpdated — the user data changed.
   */
  notificationType: "StatusChange" | "PropertiesUpdated";
  /**
   * The domain event this notification comes from; `snapshot-` and a fresh id for the current state sent
   * when the session subscribes.
   *
   */
  eventId: string;
  /**
   * The referenceId of the agent's request that caused it (the operation's reply carries it).
   */
  referenceId?: number;
  /**
   * The interaction id.
   */
  id: string;
  /**
   * The id the dispatching system gave it.
   */
  externalId?: string;
  /**
   * Invited — offered to this agent; Processing — accepted, the agent works on it; Revoked — taken back
   * before the agent accepted it (released, timed out, rejected, the agent logged out); Completed — the
   * agent's work on it ended (completed, released, transferred away).
   *
   */
  state: "Invited" | "Processing" | "Revoked" | "Completed";
  /**
   * Exactly the operations valid now: Invited — Accept, Reject; Processing — Complete, AttachUserData,
   * UpdateUserData, DeleteUserData, and PlaceInQueue, SingleStepTransfer where the interaction's provider
   * permits them; Revoked and Completed — none.
   *
   */
  capabilities: (
    | "Accept"
    | "Reject"
    | "Complete"
    | "AttachUserData"
    | "UpdateUserData"
    | "DeleteUserData"
    | "PlaceInQueue"
    | "SingleStepTransfer"
  )[];
  interactionType: "live" | "chat" | "nonlive";
  /**
   * The linked data media type ("API Object" by default).
   */
  mediaType: string;
  /**
   * The named route the interaction came through.
   */
  currentQueue?: string;
  /**
   * The user data attached by agents (any JSON, nested kept), the interaction properties, and the linked
   * data (clid, name, url, urlLabel).
   *
   */
  userData: {
    [k: string]: unknown | undefined;
  };
  /**
   * When it was queued, "YYYY-MM-DD HH:mm:ss.SSS+ZZZZ".
   */
  receivedDate: string;
}
