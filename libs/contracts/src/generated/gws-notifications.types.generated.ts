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
   * Invited — offered to this agent; Processing — accepted, the agent works on it; Held — the agent put
   * it on hold (or parked it, in ICWS), still the agent's, until it is retrieved (Processing again);
   * Revoked — taken back before the agent accepted it (released, timed out, rejected, the agent logged
   * out) or given up unfinished (Cancel); Completed — the agent's work on it ended (completed, released,
   * transferred away); InWorkbin — parked in a workbin (PlaceInWorkbin), off the agent until someone
   * pulls it out.
   *
   */
  state: "Invited" | "Processing" | "Held" | "Revoked" | "Completed" | "InWorkbin";
  /**
   * Exactly the operations valid now: Invited — Accept, Reject; Processing — Complete, Cancel,
   * AttachUserData, UpdateUserData, DeleteUserData, and PlaceInQueue, SingleStepTransfer where the
   * interaction's provider permits them, and PlaceInWorkbin for non-live work whose provider permits
   * hold; Held — Retrieve; Revoked, Completed and InWorkbin — none (a parked one is pulled out through
   * its workbin).
   *
   */
  capabilities: Capability[];
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
  /**
   * InWorkbin — the workbin it is parked in.
   */
  workbin?: string;
  switchboardOfferLease?: SwitchboardOfferLease;
}

/**
 * Switchboard's extension, not part of GWS (whose properties never begin with `switchboard`, so it cannot
 * clash with one of theirs; a GWS client ignores it): on an Invited notification sent live, when the offer
 * is taken back from the agent if it has not accepted it (a timeout, then Revoked). Absent on the
 * notifications sent when a session subscribes.
 *
 */
export interface SwitchboardOfferLease {
  /**
   * The instant the offer ends, by the platform's clock.
   */
  leaseUntil: string;
  /**
   * How long the offer had left at the notification's own time (its domain event's). A browser's clock
   * may differ from the platform's, so a desktop counts this down from when the notification arrives
   * rather than comparing `leaseUntil` with its own clock.
   *
   */
  remainingMs: number;
}

export type Capability =
  | "Accept"
  | "Reject"
  | "Complete"
  | "Cancel"
  | "AttachUserData"
  | "UpdateUserData"
  | "DeleteUserData"
  | "PlaceInQueue"
  | "PlaceInWorkbin"
  | "SingleStepTransfer"
  | "Retrieve";

export interface WorkbinSubscriptionStateChangeMessage {
  messageType: "WorkbinSubscriptionStateChangeMessage";
  eventId: string;
  /**
   * The referenceId of the Subscribe or Unsubscribe request.
   */
  referenceId?: number;
  stateResource: "Subscribed" | "Unsubscribed";
  /**
   * The workbin id.
   */
  id: string;
}

/**
 * To every agent subscribed to the workbin when the item came or went.
 */
export interface WorkbinStateChangeMessage {
  messageType: "WorkbinStateChangeMessage";
  eventId: string;
  /**
   * The referenceId of the request that caused it.
   */
  referenceId?: number;
  action: "ItemAdded" | "ItemRemoved";
  workbinId: string;
  interaction: InteractionStateMessage;
}

/**
 * The answer to GetWorkbinContent — what the workbin held when asked, oldest parked first.
 */
export interface WorkbinContentMessage {
  messageType: "WorkbinContentMessage";
  eventId: string;
  /**
   * The referenceId of the GetWorkbinContent request.
   */
  referenceId?: number;
  workbinId: string;
  interactions: InteractionStateMessage[];
}

export interface ChannelStateChangeMessageV2 {
  messageType: "ChannelStateChangeMessageV2";
  eventId: string;
  /**
   * Every media channel of the agent (voice, chat, workitem) with its state.
   */
  channels: {
    channel: "voice" | "chat" | "workitem";
    userState: {
      state: "Ready" | "NotReady" | "LoggedOut";
      /**
       * NotReady — the reason given (or wrap-up, missed).
       */
      reason?: string;
    };
  }[];
}
