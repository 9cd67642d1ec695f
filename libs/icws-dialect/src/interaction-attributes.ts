import type { InteractionSnapshot, StringAttributes } from '@switchboard/contracts';

/** Where an interaction is, as far as ICWS tells places apart (Eic_State). */
export type IcwsPlace = 'initializing' | 'waiting' | 'offered' | 'connected' | 'held' | 'parked';

/**
 * What an interaction's attributes are computed from: its snapshot and where routing has it. The interactions
 * service reads it from its own state; this library only formats it.
 */
export interface IcwsAttributeSource {
  snapshot: InteractionSnapshot;
  place: IcwsPlace;
  /** The agent it is offered to, handled by, or parked with (Eic_UserName). */
  agentUsername?: string;
  /** Epoch ms (Eic_InitiationTime). */
  initiatedAt: number;
  /** Epoch ms, while an agent has it (Eic_ConnectTime). */
  connectedAt?: number;
}

/**
 * Eic_State (reference C9: one letter) and Eic_CallStateString for each place. An interaction between the steps
 * of its plan (e.g. waiting on a data connector call) is the system's: S, "Initializing"; a workbin and ICWS park
 * are both Parked.
 */
const STATES: Record<IcwsPlace, { code: string; text: string }> = {
  initializing: { code: 'S', text: 'Initializing' },
  waiting: { code: 'O', text: 'Offering' },
  offered: { code: 'A', text: 'Alerting' },
  connected: { code: 'C', text: 'Connected' },
  held: { code: 'H', text: 'On Hold' },
  parked: { code: 'P', text: 'Parked' },
};

/**
 * Eic_ObjectType by media type (any case). The vendor does not document the literals (reference C9, open
 * question 26); these follow PureConnect's object names. A media type not listed falls back on the interaction
 * type: live → Call, chat → Chat, nonlive → Generic Object (VCC's 'API Object' is one).
 */
const OBJECT_TYPES: Record<string, string> = {
  call: 'Call',
  voice: 'Call',
  chat: 'Chat',
  email: 'Email',
  callback: 'Callback',
  generic: 'Generic Object',
  sms: 'SMS',
  workitem: 'WorkItem',
};
const OBJECT_TYPE_BY_INTERACTION_TYPE = { live: 'Call', chat: 'Chat', nonlive: 'Generic Object' } as const;

/** ICWS date strings: ISO 8601 basic, to the second, UTC (e.g. 20261121T161700Z). */
export function icwsDate(epochMs: number): string {
  return new Date(epochMs)
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
}

const flag = (on: boolean | undefined): string => (on === true ? '1' : '0');

/** `Eic_` attributes are the system's (reference C9 conventions); names are case-insensitive, so `EIC_x` is one too. */
export const isReservedAttribute = (name: string): boolean => name.toLowerCase().startsWith('eic_');

/** The standard attributes, by lower-case name. Eic_ names are the system's: user data never shadows them. */
const STANDARD: Record<string, (source: IcwsAttributeSource) => string> = {
  eic_callid: ({ snapshot }) => snapshot.id,
  // PureConnect's key is the call id followed by the date it started (YYYYMMDD): unique beyond one day's ids
  eic_callidkey: ({ snapshot, initiatedAt }) => `${snapshot.id}${icwsDate(initiatedAt).slice(0, 8)}`,
  eic_interactionid: ({ snapshot }) => snapshot.id,
  eic_state: ({ place }) => STATES[place].code,
  eic_callstatestring: ({ place }) => STATES[place].text,
  eic_objecttype: ({ snapshot }) =>
    OBJECT_TYPES[snapshot.mediaType.toLowerCase()] ?? OBJECT_TYPE_BY_INTERACTION_TYPE[snapshot.interactionType],
  eic_calldirection: ({ snapshot }) => (snapshot.direction === 'outbound' ? 'O' : 'I'),
  // every party outside the contact center is external; Switchboard has no intercom calls
  eic_calltype: () => 'E',
  eic_remotename: ({ snapshot }) => snapshot.name ?? '',
  eic_remoteaddress: ({ snapshot }) => snapshot.clid ?? '',
  eic_remoteid: ({ snapshot }) => snapshot.remoteId ?? '',
  eic_workgroupname: ({ snapshot }) => snapshot.route,
  eic_username: ({ agentUsername }) => agentUsername ?? '',
  eic_subject: ({ snapshot }) => snapshot.subject ?? '',
  eic_initiationtime: ({ initiatedAt }) => icwsDate(initiatedAt),
  eic_connecttime: ({ connectedAt }) => (connectedAt === undefined ? '' : icwsDate(connectedAt)),
  eic_muted: ({ snapshot }) => flag(snapshot.muted),
  // make-private is not offered: nothing is private
  eic_private: () => '0',
  eic_recorders: ({ snapshot }) => (snapshot.recorders ?? []).join(','),
  eic_recorderssupv: ({ snapshot }) => (snapshot.supervisorRecorders ?? []).join(','),
  // not a vendor attribute: whether the recording is paused ('1'/'0'), which ICWS otherwise does not show
  eic_recordingpaused: ({ snapshot }) => flag(snapshot.recordingPaused),
};

/** A custom attribute's value as a string: strings as they are, any other JSON value as JSON text. */
const asText = (value: unknown): string =>
  value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value);

/**
 * An interaction's attributes (reference C8.2, C9): the standard Eic_ ones and its custom ones (its user data,
 * which GWS sees too). Names are matched case-insensitively and answered under the name as asked; a name that
 * is neither is answered ''. Without names, only Eic_CallId — as ICWS answers a GET without `select`.
 */
export function interactionAttributes(source: IcwsAttributeSource, names?: readonly string[]): StringAttributes {
  if (names === undefined) return { Eic_CallId: source.snapshot.id };
  const userData = source.snapshot.userData ?? {};
  let userDataByLowerName: Map<string, unknown> | undefined;
  const custom = (name: string): unknown => {
    // own keys only: a client's name is data, never a path into Object.prototype (`constructor`, `__proto__`)
    if (Object.hasOwn(userData, name)) return userData[name];
    userDataByLowerName ??= new Map(Object.entries(userData).map(([key, value]) => [key.toLowerCase(), value]));
    return userDataByLowerName.get(name.toLowerCase());
  };
  // fromEntries defines own properties, whatever the names (an assignment of `__proto__` would not)
  return Object.fromEntries(
    names.map((name) => {
      const lower = name.toLowerCase();
      const standard = Object.hasOwn(STANDARD, lower) ? STANDARD[lower] : undefined;
      return [name, standard ? standard(source) : asText(custom(name))];
    }),
  );
}
