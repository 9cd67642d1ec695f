/* eslint-disable */
// ---------------------------------------------------------------------------------------------
// GENERATED FILE — DO NOT EDIT. Generated from contracts/openapi/icws.openapi.yaml by tools/codegen.
// Edit the contract and run `npm run codegen`; `npm run codegen:check` fails on any drift.
// ---------------------------------------------------------------------------------------------

export interface paths {
    "/icws/connection": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in and open a session
         * @description Only `icAuthConnectionRequestSettings` (user name and password) is supported; any other `__type`
         *     (auth-token or single-sign-on settings) is 400. Wrong credentials are 400 with `errorId`
         *     `error.request.connection.authenticationFailure`, the status the official SDK maps for this call.
         *     `include` may ask for `version` and `features`, which the answer then carries; other values are ignored.
         */
        post: operations["createConnection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/icws/connection/version": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The server's version */
        get: operations["getServerVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/icws/connection/features": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The feature namespaces the server implements, with their versions
         * @description `messaging` is version 2, so clients may use server-sent events.
         */
        get: operations["getServerFeatures"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/icws/{sessionId}/connection": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The `sessionId` of the connection response. */
                sessionId: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        /** The session's connection state */
        get: operations["getConnection"];
        put?: never;
        post?: never;
        /**
         * Sign out
         * @description The session ends with its queue subscriptions and messages; later requests with it are 401.
         */
        delete: operations["deleteConnection"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/icws/{sessionId}/interactions": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The `sessionId` of the connection response. */
                sessionId: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Make a call, or create a callback or a generic interaction
         * @description A call is the user's own call to `target`, connected to it at once (`workgroup`, when given, is the
         *     workgroup it dials for); a call the user is on meanwhile is put on hold, as a phone does (400 while a call
         *     is still being offered to the user). A callback or a generic interaction is queued in its workgroup queue
         *     (`targetQueue` / `queueId`, queueType 2) and routed from there. The new interaction appears in the queues
         *     it belongs to, so queue subscriptions report it. `additionalAttributes` become custom attributes.
         */
        post: operations["createInteraction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/icws/{sessionId}/interactions/{interactionId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The `sessionId` of the connection response. */
                sessionId: components["parameters"]["SessionId"];
                /** @description The interaction's id (a numeric string). */
                interactionId: components["parameters"]["InteractionId"];
            };
            cookie?: never;
        };
        /**
         * Read attributes of an interaction
         * @description Exactly the attributes named in `select`, under the names as asked, every value a string (an attribute
         *     without a value is `""`). Without `select`, only `Eic_CallId`. An interaction that does not exist, or
         *     that the user may not see, is 404.
         */
        get: operations["getInteractionAttributes"];
        put?: never;
        /**
         * Set custom attributes of an interaction
         * @description Sets (or with `appendMode` appends to) custom attributes; subscribers of the interaction's queues see the
         *     change. An `Eic_*` name is 400. The interaction must be one the user handles (else 404).
         */
        post: operations["setInteractionAttributes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/icws/{sessionId}/interactions/{interactionId}/pickup": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The `sessionId` of the connection response. */
                sessionId: components["parameters"]["SessionId"];
                /** @description The interaction's id (a numeric string). */
                interactionId: components["parameters"]["InteractionId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Pick up an interaction
         * @description Offered to the user: answers it. Held or parked by the user: takes it back. Waiting in a workgroup queue
         *     the user is a member of (a supervisor: any): connects it to the user directly. Then `Eic_State` is `C`.
         *     Picking up a call while on another holds that one first (`Eic_State` `H`): a user may hold several calls and
         *     be connected to one. Routing still never offers a call to a user who has one, held or not. An interaction
         *     the user may not see is 404. A body, if any, is ignored.
         */
        post: operations["pickupInteraction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/icws/{sessionId}/interactions/{interactionId}/disconnect": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The `sessionId` of the connection response. */
                sessionId: components["parameters"]["SessionId"];
                /** @description The interaction's id (a numeric string). */
                interactionId: components["parameters"]["InteractionId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Disconnect an interaction
         * @description The interaction ends (`Eic_State` `I`) and leaves every queue. A body, if any, is ignored.
         */
        post: operations["disconnectInteraction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/icws/{sessionId}/interactions/{interactionId}/hold": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The `sessionId` of the connection response. */
                sessionId: components["parameters"]["SessionId"];
                /** @description The interaction's id (a numeric string). */
                interactionId: components["parameters"]["InteractionId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Put an interaction on hold, or take it off hold
         * @description `on: true` holds it (`Eic_State` `H`); `on: false` takes it back (`C`).
         */
        post: operations["holdInteraction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/icws/{sessionId}/interactions/{interactionId}/mute": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The `sessionId` of the connection response. */
                sessionId: components["parameters"]["SessionId"];
                /** @description The interaction's id (a numeric string). */
                interactionId: components["parameters"]["InteractionId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mute or unmute the user on an interaction
         * @description `Eic_Muted` becomes `"1"` (on) or `"0"` (off).
         */
        post: operations["muteInteraction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/icws/{sessionId}/interactions/{interactionId}/pause": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The `sessionId` of the connection response. */
                sessionId: components["parameters"]["SessionId"];
                /** @description The interaction's id (a numeric string). */
                interactionId: components["parameters"]["InteractionId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Pause or resume the recording of an interaction */
        post: operations["pauseInteractionRecording"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/icws/{sessionId}/interactions/{interactionId}/record": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The `sessionId` of the connection response. */
                sessionId: components["parameters"]["SessionId"];
                /** @description The interaction's id (a numeric string). */
                interactionId: components["parameters"]["InteractionId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start or stop recording an interaction
         * @description The user is added to (on) or removed from `Eic_Recorders` — or, with `supervisor: true`, `Eic_RecordersSupv`
         *     — a comma-separated list of user names.
         */
        post: operations["recordInteraction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/icws/{sessionId}/interactions/{interactionId}/park": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The `sessionId` of the connection response. */
                sessionId: components["parameters"]["SessionId"];
                /** @description The interaction's id (a numeric string). */
                interactionId: components["parameters"]["InteractionId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Park an interaction
         * @description It is held and shows as parked (`Eic_State` `P`) in the user's queue; `pickup` takes it back. Parking on
         *     another user's or a workgroup's queue is not supported: a `target` or `queueID` other than the user's own
         *     queue is 400.
         */
        post: operations["parkInteraction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/icws/{sessionId}/interactions/{interactionId}/blind-transfer": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The `sessionId` of the connection response. */
                sessionId: components["parameters"]["SessionId"];
                /** @description The interaction's id (a numeric string). */
                interactionId: components["parameters"]["InteractionId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Transfer an interaction to a user or a workgroup without consulting
         * @description Exactly one of `target` and `queueID`. `target` is a user: `user:<name>` or a bare user name. `queueID`
         *     names a user queue (types 0, 1, 3) or a workgroup (2). To a user, the interaction is offered to that user;
         *     to a workgroup, it is queued there and routed. It leaves the transferring user's queue.
         */
        post: operations["blindTransferInteraction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/icws/{sessionId}/messaging/subscriptions/queues/{subscriptionId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The `sessionId` of the connection response. */
                sessionId: components["parameters"]["SessionId"];
                /** @description Any string the client chooses; messages of the subscription echo it. */
                subscriptionId: string;
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Subscribe to queues (create or replace)
         * @description The first message of the subscription (and of a replaced one) is a `queueContentsMessage` with
         *     `isDelta: false` listing every interaction in the queues with the subscribed attributes; then deltas:
         *     `interactionsAdded`, `interactionsChanged` (only the subscribed attributes that changed) and
         *     `interactionsRemoved`. `attributeFilter` keeps only the interactions it matches; `queueResultLimit` shows
         *     the first `limitCount` of them in its `resultOrder` (or in queue order), with `queueResultLimitExceeded`
         *     while more match, and deltas keep that window: when an interaction leaves it the next one comes in as
         *     `interactionsAdded`, and one pushed out by a newcomer goes as `interactionsRemoved`. Both are per
         *     subscription; a PUT again with other values sends a new snapshot. A filter more than 5 groups deep or of
         *     more than 100 items in all is 400 (`error.request.invalidRepresentation.invalidProperty`). A queue that
         *     does not exist is 404; another user's queue or a workgroup the user is not a member of, unless the user is
         *     a supervisor, is 403.
         */
        put: operations["subscribeToQueues"];
        post?: never;
        /**
         * End a queue subscription
         * @description No body. Ending a subscription that does not exist is not an error.
         */
        delete: operations["unsubscribeFromQueues"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/icws/{sessionId}/messaging/subscriptions/interactions/{interactionId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The `sessionId` of the connection response. */
                sessionId: components["parameters"]["SessionId"];
                /** @description The interaction's id (a numeric string). */
                interactionId: components["parameters"]["InteractionId"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Watch one interaction's attributes (create or replace)
         * @description An interaction watch: where a queue subscription follows every interaction in its queues, this follows one
         *     interaction, named by its id. The first message of the watch (and of a replaced one) is an
         *     `interactionChangedMessage` with `isDelta: false` holding every named attribute's current value; then,
         *     whenever any of them changes, one with `isDelta: true` holding only those that changed. When the
         *     interaction ends (released, disconnected, completed) an `interactionDeallocatedMessage` is sent and the
         *     watch ends by itself. Who may watch an interaction is who may read its attributes
         *     (`GET /icws/{sessionId}/interactions/{interactionId}`), with the same error when not: an interaction that
         *     does not exist, has ended, or that the user may not see is 404. A user who may no longer see a watched
         *     interaction (it left the user's queue for a workgroup the user is not a member of) is sent an
         *     `interactionLostRightsMessage` and the watch ends. A session holds at most 100 watches; one more is 400
         *     (`error.request.invalidRepresentation.invalidProperty`); PUT again on a watched interaction replaces its
         *     attribute names and does not count twice.
         */
        put: operations["watchInteraction"];
        post?: never;
        /**
         * End an interaction watch
         * @description No body. Ending a watch that does not exist (or ended with its interaction) is not an error.
         */
        delete: operations["unwatchInteraction"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/icws/{sessionId}/messaging/messages": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The `sessionId` of the connection response. */
                sessionId: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        /**
         * The session's waiting messages, or a stream of them
         * @description Without `Accept: text/event-stream`: answers at once with the waiting messages in order, `[]` when none;
         *     each message is delivered once. With it: a server-sent event stream, each event's `data` one message
         *     (the same JSON), starting with what is waiting; here the CSRF header may be left out (see the top).
         *
         *     The queue is bounded (1,000 messages per session). When a client stops reading and its queue is full,
         *     the waiting messages are dropped and each of the session's queue subscriptions is sent a fresh snapshot
         *     (`isDelta: false`), so a client that comes back replaces its cache and misses only intermediate states.
         */
        get: operations["getMessages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/icws/{sessionId}/messaging/heartbeat": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The `sessionId` of the connection response. */
                sessionId: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Tell the server the client is alive
         * @description Checks the session and does nothing else; a body, if any, is ignored.
         */
        post: operations["heartbeat"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * Error
         * @description Every error body, as the vendor's error representation. `propertyName` only on the missing/invalid property subtypes.
         */
        Error: {
            /** @enum {string} */
            __type: "urn:inin.com:common:error" | "urn:inin.com:common:missingPropertyError" | "urn:inin.com:common:invalidPropertyError";
            /**
             * @description A dotted id, e.g. `error.request.invalidRepresentation.missingRequiredParameter`,
             *     `error.request.invalidRepresentation.invalidProperty`, `error.request.connection.authenticationFailure`,
             *     `error.request.session.invalid`, `error.request.accessDenied`, `error.request.notFound`,
             *     `error.interaction.notFound`, `error.queue.notFound`, `error.interaction.invalidState`.
             */
            errorId?: string;
            message: string;
            propertyName?: string;
        };
        /**
         * ConnectionRequestSettings
         * @description How to sign in; only user name and password are supported.
         */
        ConnectionRequestSettings: components["schemas"]["IcAuthConnectionRequestSettings"];
        /**
         * IcAuthConnectionRequestSettings
         * @description Sign-in with a user name and a password.
         */
        IcAuthConnectionRequestSettings: {
            /** @constant */
            __type: "urn:inin.com:connection:icAuthConnectionRequestSettings";
            applicationName: string;
            /** @description The user name (case-insensitive). */
            userID: string;
            password: string;
            /** @description Accepted and ignored. */
            marketPlaceApplicationLicenseName?: string;
            /** @description Accepted and ignored. */
            marketPlaceApplicationCode?: string;
        };
        /**
         * ConnectionResponse
         * @description The new session: its id, its CSRF token and its user.
         */
        ConnectionResponse: {
            csrfToken: string;
            sessionId: string;
            /** @description The user name as configured. */
            userID: string;
            userDisplayName: string;
            /** @description The server's name. */
            icServer: string;
            /** @description Always empty: every gateway replica serves every session. */
            alternateHostList?: string[];
            version?: components["schemas"]["ServerVersion"];
            features?: components["schemas"]["FeatureInfo"][];
        };
        /**
         * ConnectionSettings
         * @description The state of the session's connection.
         */
        ConnectionSettings: {
            /**
             * @description 0 None, 1 Up, 2 Down; a live session is 1.
             * @enum {integer}
             */
            connectionState: 0 | 1 | 2;
            reason?: string;
            shouldReconnect?: boolean;
        };
        /**
         * ServerVersion
         * @description The version of the server.
         */
        ServerVersion: {
            majorVersion: number;
            minorVersion: number;
            su: number;
            productId: string;
            productReleaseDisplayString: string;
        };
        /**
         * FeatureInfo
         * @description One feature namespace the server implements, with its version.
         */
        FeatureInfo: {
            /** @description A namespace: connection, interactions, messaging, queues. */
            featureId: string;
            version: number;
        };
        /**
         * FeatureInfoList
         * @description Every feature namespace the server implements.
         */
        FeatureInfoList: {
            featureInfoList: components["schemas"]["FeatureInfo"][];
        };
        /**
         * QueueId
         * @description A queue (see the top for what each type names).
         */
        QueueId: {
            /**
             * @description 0 System, 1 User, 2 Workgroup, 3 Station.
             * @enum {integer}
             */
            queueType: 0 | 1 | 2 | 3;
            queueName: string;
        };
        /**
         * AttributeMap
         * @description Attribute names to values; every value is a string.
         */
        AttributeMap: {
            [key: string]: string;
        };
        /**
         * AttributeName
         * @description An attribute's name (case-insensitive); at most 256 characters.
         */
        AttributeName: string;
        /**
         * CustomAttributes
         * @description Custom attributes to set: at most 100 in one request, each name at most 256 characters and each value at most
         *     32,768 characters. An interaction holds at most 64 KiB of custom attributes (and user data) in all; a change
         *     past that is 400.
         */
        CustomAttributes: {
            [key: string]: string;
        };
        /**
         * CreateInteractionParameters
         * @description What to create: a call, a callback or a generic interaction, told apart by `__type`.
         */
        CreateInteractionParameters: components["schemas"]["CreateCallParameters"] | components["schemas"]["CreateCallbackParameters"] | components["schemas"]["CreateGenericInteractionParameters"];
        /**
         * CreateCallParameters
         * @description A call the user makes to `target`.
         */
        CreateCallParameters: {
            /** @constant */
            __type: "urn:inin.com:interactions:createCallParameters";
            /** @description The number or address to call. */
            target: string;
            /** @description The workgroup the call is made for. */
            workgroup?: string;
            /**
             * @description Accepted and ignored; the call is connected at once.
             * @enum {integer}
             */
            callMadeStage?: 0 | 1 | 2 | 3;
            /** @description Accepted and ignored. */
            accountCodeId?: string;
            /** @description Accepted and ignored. */
            notes?: string;
            additionalAttributes?: components["schemas"]["CustomAttributes"];
        };
        /**
         * CreateCallbackParameters
         * @description A callback request, queued in `targetQueue`.
         */
        CreateCallbackParameters: {
            /** @constant */
            __type: "urn:inin.com:interactions.callback:createCallbackParameters";
            /** @description The number to call back. */
            target: string;
            targetQueue: components["schemas"]["QueueId"];
            subject: string;
            /** @description The caller's name (`Eic_RemoteName`). */
            name?: string;
        };
        /**
         * CreateGenericInteractionParameters
         * @description A generic interaction (a work item), queued in `queueId`.
         */
        CreateGenericInteractionParameters: {
            /** @constant */
            __type: "urn:inin.com:interactions:createGenericInteractionParameters";
            queueId: components["schemas"]["QueueId"];
            /** @description The vendor's interactionState enum; accepted and ignored (the interaction is queued). */
            initialState?: number;
            /**
             * @description 0 None, 1 Incoming, 2 Outgoing (`Eic_CallDirection`).
             * @enum {integer}
             */
            interactionDirection?: 0 | 1 | 2;
            /**
             * @description Accepted and ignored.
             * @enum {integer}
             */
            localPartyType?: 0 | 1 | 2;
            /** @description Accepted and ignored. */
            localLocation?: string;
            /**
             * @description Accepted and ignored.
             * @enum {integer}
             */
            remotePartyType?: 0 | 1 | 2;
            remoteId?: string;
            remoteName?: string;
            additionalAttributes?: components["schemas"]["CustomAttributes"];
        };
        /**
         * InteractionCreated
         * @description The id of the interaction just created.
         */
        InteractionCreated: {
            interactionId: string;
        };
        /**
         * InteractionAttributes
         * @description Attributes of an interaction, by name.
         */
        InteractionAttributes: {
            attributes: components["schemas"]["AttributeMap"];
        };
        /**
         * InteractionAttributesUpdate
         * @description Custom attributes to set on an interaction, and how.
         */
        InteractionAttributesUpdate: {
            attributes: components["schemas"]["CustomAttributes"];
            /**
             * @description 0 (or absent) replaces the values; 1 Append adds each value to the end of the current one; 2
             *     AppendWithSeparator does so with `separator` between them.
             * @enum {integer}
             */
            appendMode?: 0 | 1 | 2;
            /** @description The separator of appendMode 2 (Switchboard's; the vendor does not document one). Default `|`. */
            separator?: string;
        };
        /**
         * OnOffParameters
         * @description Turns a feature of the interaction on or off (hold, mute, pause).
         */
        OnOffParameters: {
            on: boolean;
        };
        /**
         * RecordParameters
         * @description Starts or stops recording the interaction.
         */
        RecordParameters: {
            on: boolean;
            /**
             * @description A supervisor's recording (`Eic_RecordersSupv`).
             * @default false
             */
            supervisor?: boolean;
        };
        /**
         * TransferParameters
         * @description Where to transfer (or park) an interaction: a user (`target`) or a queue (`queueID`).
         */
        TransferParameters: {
            /** @description `user:<name>` or a user name. */
            target?: string;
            queueID?: components["schemas"]["QueueId"];
        };
        /**
         * QueueSubscriptionParameters
         * @description The queues to watch and the attributes to report for their interactions.
         */
        QueueSubscriptionParameters: {
            queueIds: components["schemas"]["QueueId"][];
            /** @description At most 200 names, each at most 256 characters and named once (names are case-insensitive). */
            attributeNames: components["schemas"]["AttributeName"][];
            queueResultLimit?: components["schemas"]["QueueResultLimit"];
            attributeFilter?: components["schemas"]["QueueFilter"];
        };
        /**
         * QueueResultLimit
         * @description How many of the matching interactions the subscription shows, and in which order. Without `limitCount`
         *     every matching interaction is shown (a snapshot carries at most 1000, with `queueResultLimitExceeded`), in
         *     `resultOrder` in the snapshot.
         */
        QueueResultLimit: {
            /** @description The most interactions shown at once; 1 to 1000. */
            limitCount?: number;
            resultOrder?: components["schemas"]["QueueResultOrder"];
        };
        /**
         * QueueResultOrder
         * @description The order of the interactions shown. Values are compared as strings, as numbers when both are numbers
         *     (interaction ids); ICWS times (`Eic_InitiationTime`, 20261121T161700Z) sort as strings in time order. Ties,
         *     and a subscription without an order, go in queue order (oldest interaction first). The attribute need not
         *     be among `attributeNames`.
         */
        QueueResultOrder: {
            orderAttribute: components["schemas"]["AttributeName"];
            /**
             * @description SortDirection: 0 ascending, 1 descending (our reading; the vendor documents the names only).
             * @enum {integer}
             */
            orderDirection: 0 | 1;
        };
        /**
         * QueueFilter
         * @description Which interactions of the queues the subscription shows: a filter value (one attribute compared) or a filter
         *     group of filters. At most 5 groups deep and 100 items (groups and values) in all.
         */
        QueueFilter: components["schemas"]["QueueFilterGroup"] | components["schemas"]["QueueFilterValue"];
        /**
         * QueueFilterGroup
         * @description filterGroupType 1 All: every item matches (an empty list matches everything); 2 Any: at least one does;
         *     0 None: no item does (the SDK names it None; that it negates is our reading, the vendor does not document it).
         */
        QueueFilterGroup: {
            /** @constant */
            __type: "urn:inin.com:queues:filterGroup";
            /** @enum {integer} */
            filterGroupType: 0 | 1 | 2;
            filterItemsList: components["schemas"]["QueueFilter"][];
        };
        /**
         * QueueFilterValue
         * @description comparisonType 1 Equals, 0 NotEquals: the interaction's attribute (its name case-insensitive, a missing
         *     attribute is "") against `value`, exactly (case-sensitive). The attribute need not be among `attributeNames`.
         */
        QueueFilterValue: {
            /** @constant */
            __type: "urn:inin.com:queues:filterValue";
            attribute: components["schemas"]["AttributeName"];
            /** @enum {integer} */
            comparisonType: 0 | 1;
            value: string;
        };
        /**
         * InteractionWatchParameters
         * @description The attributes to report of the watched interaction.
         */
        InteractionWatchParameters: {
            /** @description At most 200 names, each at most 256 characters and named once (names are case-insensitive). */
            attributeNames: components["schemas"]["AttributeName"][];
        };
        /**
         * IcwsMessage
         * @description One message of the session's queue; every message has `__type` and `isDelta`.
         */
        IcwsMessage: components["schemas"]["QueueContentsMessage"] | components["schemas"]["QueueSubscriptionStateMessage"] | components["schemas"]["ConnectionStateChangeMessage"] | components["schemas"]["InteractionChangedMessage"] | components["schemas"]["InteractionDeallocatedMessage"] | components["schemas"]["InteractionLostRightsMessage"];
        /**
         * QueueContentsMessage
         * @description The contents of a queue subscription: with `isDelta: false` everything in its queues (replace the cache),
         *     with `isDelta: true` what changed since the last message.
         */
        QueueContentsMessage: {
            /** @constant */
            __type: "urn:inin.com:queues:queueContentsMessage";
            isDelta: boolean;
            subscriptionId: string;
            interactionsAdded?: components["schemas"]["QueueInteraction"][];
            interactionsChanged?: components["schemas"]["QueueInteraction"][];
            /** @description The ids of the interactions that left. */
            interactionsRemoved?: string[];
            /**
             * @description True while more interactions match than the subscription shows (past `limitCount`, or past the 1000 a
             *     snapshot carries); a delta carries it when that changes (false: everything matching is shown again).
             */
            queueResultLimitExceeded?: boolean;
        };
        /**
         * QueueInteraction
         * @description An interaction with its subscribed attributes (added) or those of them that changed (changed).
         */
        QueueInteraction: {
            interactionId: string;
            attributes: components["schemas"]["AttributeMap"];
            conferenceParentId?: string;
        };
        /**
         * QueueSubscriptionStateMessage
         * @description A queue subscription's state changed, e.g. it was ended by the server (a queue was removed).
         */
        QueueSubscriptionStateMessage: {
            /** @constant */
            __type: "urn:inin.com:queues:queueSubscriptionStateMessage";
            isDelta: boolean;
            subscriptionId: string;
            /**
             * @description 0 None, 1 Normal, 2 Suspended, 3 Faulted.
             * @enum {integer}
             */
            state: 0 | 1 | 2 | 3;
            error?: components["schemas"]["Error"];
        };
        /**
         * InteractionChangedMessage
         * @description A watched interaction's attributes (note the vendor's capital `ID`): with `isDelta: false` every watched
         *     attribute (replace the cache), with `isDelta: true` only those that changed since the last message.
         */
        InteractionChangedMessage: {
            /** @constant */
            __type: "urn:inin.com:interactions:interactionChangedMessage";
            isDelta: boolean;
            interactionID: string;
            attributes: components["schemas"]["AttributeMap"];
        };
        /**
         * InteractionDeallocatedMessage
         * @description A watched interaction ended; its watch ended with it.
         */
        InteractionDeallocatedMessage: {
            /** @constant */
            __type: "urn:inin.com:interactions:interactionDeallocatedMessage";
            isDelta: boolean;
            interactionID: string;
        };
        /**
         * InteractionLostRightsMessage
         * @description The user may no longer see a watched interaction; its watch ended.
         */
        InteractionLostRightsMessage: {
            /** @constant */
            __type: "urn:inin.com:interactions:interactionLostRightsMessage";
            isDelta: boolean;
            interactionID: string;
        };
        /**
         * ConnectionStateChangeMessage
         * @description The session's connection changed, e.g. it was ended (newConnectionState 2) by sign-out elsewhere.
         */
        ConnectionStateChangeMessage: {
            /** @constant */
            __type: "urn:inin.com:connection:connectionStateChangeMessage";
            isDelta: boolean;
            /** @enum {integer} */
            previousConnectionState: 0 | 1 | 2;
            /** @enum {integer} */
            newConnectionState: 0 | 1 | 2;
            reason: string;
            shouldReconnect?: boolean;
        };
    };
    responses: {
        /**
         * @description The request is malformed: a missing header or property, an unknown `__type`, a body too large (413) or not
         *     JSON (415), an `Eic_*` attribute to set, or wrong credentials on sign-in. Also an action the interaction's
         *     state does not allow (`error.interaction.invalidState`, e.g. pickup of an interaction connected to another
         *     user): the vendor's SDK documents no 409, so ICWS clients are answered 400.
         */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "__type": "urn:inin.com:common:missingPropertyError",
                 *       "errorId": "error.request.invalidRepresentation.missingRequiredParameter",
                 *       "message": "target is required",
                 *       "propertyName": "target"
                 *     }
                 */
                "application/vnd.inin.icws+json": components["schemas"]["Error"];
            };
        };
        /** @description No session, or a session id, CSRF token or cookie that does not match a live session. */
        Unauthenticated: {
            headers: {
                /** @description Where to sign in again. */
                "WWW-Authenticate"?: "ICWS realm=\"ICWS\" location=\"/ICWS/connection\"";
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "__type": "urn:inin.com:common:error",
                 *       "errorId": "error.request.session.invalid",
                 *       "message": "The session is not valid."
                 *     }
                 */
                "application/vnd.inin.icws+json": components["schemas"]["Error"];
            };
        };
        /** @description The user may not do this (another user's queue, an action the interaction's provider does not permit). */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "__type": "urn:inin.com:common:error",
                 *       "errorId": "error.request.accessDenied",
                 *       "message": "You may not see this queue."
                 *     }
                 */
                "application/vnd.inin.icws+json": components["schemas"]["Error"];
            };
        };
        /** @description The interaction, queue or user does not exist, or is not one the user may act on. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "__type": "urn:inin.com:common:error",
                 *       "errorId": "error.interaction.notFound",
                 *       "message": "The interaction was not found."
                 *     }
                 */
                "application/vnd.inin.icws+json": components["schemas"]["Error"];
            };
        };
        /** @description Too many requests from this session; wait the `Retry-After` seconds. */
        TooManyRequests: {
            headers: {
                /** @description Seconds to wait before the next request. */
                "Retry-After"?: number;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "__type": "urn:inin.com:common:error",
                 *       "errorId": "error.request.tooManyRequests",
                 *       "message": "Too many requests: at most 1200 a minute"
                 *     }
                 */
                "application/vnd.inin.icws+json": components["schemas"]["Error"];
            };
        };
        /** @description A service behind the gateway failed or is unreachable. */
        InternalError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "__type": "urn:inin.com:common:error",
                 *       "errorId": "error.server.unavailable",
                 *       "message": "The interactions service is unavailable."
                 *     }
                 */
                "application/vnd.inin.icws+json": components["schemas"]["Error"];
            };
        };
    };
    parameters: {
        /** @description The `sessionId` of the connection response. */
        SessionId: string;
        /** @description The interaction's id (a numeric string). */
        InteractionId: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    createConnection: {
        parameters: {
            query?: {
                /** @description A comma-separated list of extras for the answer (`version`, `features`). */
                include?: string;
            };
            header: {
                /** @description The session's language for its whole life, e.g. `en-us`. Without it, 400. */
                "Accept-Language": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "__type": "urn:inin.com:connection:icAuthConnectionRequestSettings",
                 *       "applicationName": "Switchboard desktop",
                 *       "userID": "AgentUsername",
                 *       "password": "demo-password"
                 *     }
                 */
                "application/vnd.inin.icws+json": components["schemas"]["ConnectionRequestSettings"];
                "application/json": components["schemas"]["ConnectionRequestSettings"];
            };
        };
        responses: {
            /** @description The session is open. */
            201: {
                headers: {
                    /** @description The session id, the same as `sessionId` in the body. */
                    "ININ-ICWS-Session-ID"?: string;
                    /** @description The CSRF token, the same as `csrfToken` in the body; send it on every later request. */
                    "ININ-ICWS-CSRF-Token"?: string;
                    /** @description `icws_<sessionId>=<secret>; Path=/icws; HttpOnly; SameSite=Strict`; send it on every later request. */
                    "Set-Cookie"?: string;
                    /** @description The session's connection resource, `/icws/<sessionId>/connection`. */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "csrfToken": "lkiUFelYI4fTjYRdX3BpXoDobFiiqi4q",
                     *       "sessionId": "Zq3vQ9sT0bX2mK7cL1pW4eRj",
                     *       "userID": "AgentUsername",
                     *       "userDisplayName": "AgentUsername",
                     *       "icServer": "switchboard",
                     *       "alternateHostList": []
                     *     }
                     */
                    "application/vnd.inin.icws+json": components["schemas"]["ConnectionResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            413: components["responses"]["BadRequest"];
            415: components["responses"]["BadRequest"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["InternalError"];
        };
    };
    getServerVersion: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The version. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "majorVersion": 1,
                     *       "minorVersion": 0,
                     *       "su": 0,
                     *       "productId": "Switchboard",
                     *       "productReleaseDisplayString": "Switchboard 1.0"
                     *     }
                     */
                    "application/vnd.inin.icws+json": components["schemas"]["ServerVersion"];
                };
            };
            429: components["responses"]["TooManyRequests"];
        };
    };
    getServerFeatures: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The features. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "featureInfoList": [
                     *         {
                     *           "featureId": "connection",
                     *           "version": 1
                     *         },
                     *         {
                     *           "featureId": "interactions",
                     *           "version": 1
                     *         },
                     *         {
                     *           "featureId": "messaging",
                     *           "version": 2
                     *         },
                     *         {
                     *           "featureId": "queues",
                     *           "version": 1
                     *         }
                     *       ]
                     *     }
                     */
                    "application/vnd.inin.icws+json": components["schemas"]["FeatureInfoList"];
                };
            };
            429: components["responses"]["TooManyRequests"];
        };
    };
    getConnection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The `sessionId` of the connection response. */
                sessionId: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The session is up. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "connectionState": 1
                     *     }
                     */
                    "application/vnd.inin.icws+json": components["schemas"]["ConnectionSettings"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    deleteConnection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The `sessionId` of the connection response. */
                sessionId: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The session has ended. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthenticated"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["InternalError"];
        };
    };
    createInteraction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The `sessionId` of the connection response. */
                sessionId: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/vnd.inin.icws+json": components["schemas"]["CreateInteractionParameters"];
                "application/json": components["schemas"]["CreateInteractionParameters"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    /** @description The interaction, `/icws/<sessionId>/interactions/<interactionId>`. */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "interactionId": "100000002"
                     *     }
                     */
                    "application/vnd.inin.icws+json": components["schemas"]["InteractionCreated"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["BadRequest"];
            415: components["responses"]["BadRequest"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["InternalError"];
        };
    };
    getInteractionAttributes: {
        parameters: {
            query?: {
                /** @description A comma-separated list of attribute names (case-insensitive), e.g. `Eic_State,Eic_RemoteName`. */
                select?: string;
            };
            header?: never;
            path: {
                /** @description The `sessionId` of the connection response. */
                sessionId: components["parameters"]["SessionId"];
                /** @description The interaction's id (a numeric string). */
                interactionId: components["parameters"]["InteractionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The attributes. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "attributes": {
                     *         "Eic_State": "C",
                     *         "Eic_RemoteName": "Ann Caller"
                     *       }
                     *     }
                     */
                    "application/vnd.inin.icws+json": components["schemas"]["InteractionAttributes"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["InternalError"];
        };
    };
    setInteractionAttributes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The `sessionId` of the connection response. */
                sessionId: components["parameters"]["SessionId"];
                /** @description The interaction's id (a numeric string). */
                interactionId: components["parameters"]["InteractionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "attributes": {
                 *         "CaseNumber": "42"
                 *       }
                 *     }
                 */
                "application/vnd.inin.icws+json": components["schemas"]["InteractionAttributesUpdate"];
                "application/json": components["schemas"]["InteractionAttributesUpdate"];
            };
        };
        responses: {
            /** @description Set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["BadRequest"];
            415: components["responses"]["BadRequest"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["InternalError"];
        };
    };
    pickupInteraction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The `sessionId` of the connection response. */
                sessionId: components["parameters"]["SessionId"];
                /** @description The interaction's id (a numeric string). */
                interactionId: components["parameters"]["InteractionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; the change shows in the interaction's attributes and its queues' subscriptions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["BadRequest"];
            415: components["responses"]["BadRequest"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["InternalError"];
        };
    };
    disconnectInteraction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The `sessionId` of the connection response. */
                sessionId: components["parameters"]["SessionId"];
                /** @description The interaction's id (a numeric string). */
                interactionId: components["parameters"]["InteractionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; the change shows in the interaction's attributes and its queues' subscriptions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["BadRequest"];
            415: components["responses"]["BadRequest"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["InternalError"];
        };
    };
    holdInteraction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The `sessionId` of the connection response. */
                sessionId: components["parameters"]["SessionId"];
                /** @description The interaction's id (a numeric string). */
                interactionId: components["parameters"]["InteractionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "on": true
                 *     }
                 */
                "application/vnd.inin.icws+json": components["schemas"]["OnOffParameters"];
                "application/json": components["schemas"]["OnOffParameters"];
            };
        };
        responses: {
            /** @description Done; the change shows in the interaction's attributes and its queues' subscriptions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["BadRequest"];
            415: components["responses"]["BadRequest"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["InternalError"];
        };
    };
    muteInteraction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The `sessionId` of the connection response. */
                sessionId: components["parameters"]["SessionId"];
                /** @description The interaction's id (a numeric string). */
                interactionId: components["parameters"]["InteractionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "on": true
                 *     }
                 */
                "application/vnd.inin.icws+json": components["schemas"]["OnOffParameters"];
                "application/json": components["schemas"]["OnOffParameters"];
            };
        };
        responses: {
            /** @description Done; the change shows in the interaction's attributes and its queues' subscriptions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["BadRequest"];
            415: components["responses"]["BadRequest"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["InternalError"];
        };
    };
    pauseInteractionRecording: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The `sessionId` of the connection response. */
                sessionId: components["parameters"]["SessionId"];
                /** @description The interaction's id (a numeric string). */
                interactionId: components["parameters"]["InteractionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "on": true
                 *     }
                 */
                "application/vnd.inin.icws+json": components["schemas"]["OnOffParameters"];
                "application/json": components["schemas"]["OnOffParameters"];
            };
        };
        responses: {
            /** @description Done; the change shows in the interaction's attributes and its queues' subscriptions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["BadRequest"];
            415: components["responses"]["BadRequest"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["InternalError"];
        };
    };
    recordInteraction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The `sessionId` of the connection response. */
                sessionId: components["parameters"]["SessionId"];
                /** @description The interaction's id (a numeric string). */
                interactionId: components["parameters"]["InteractionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "on": true,
                 *       "supervisor": false
                 *     }
                 */
                "application/vnd.inin.icws+json": components["schemas"]["RecordParameters"];
                "application/json": components["schemas"]["RecordParameters"];
            };
        };
        responses: {
            /** @description Done; the change shows in the interaction's attributes and its queues' subscriptions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["BadRequest"];
            415: components["responses"]["BadRequest"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["InternalError"];
        };
    };
    parkInteraction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The `sessionId` of the connection response. */
                sessionId: components["parameters"]["SessionId"];
                /** @description The interaction's id (a numeric string). */
                interactionId: components["parameters"]["InteractionId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/vnd.inin.icws+json": components["schemas"]["TransferParameters"];
                "application/json": components["schemas"]["TransferParameters"];
            };
        };
        responses: {
            /** @description Done; the change shows in the interaction's attributes and its queues' subscriptions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["BadRequest"];
            415: components["responses"]["BadRequest"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["InternalError"];
        };
    };
    blindTransferInteraction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The `sessionId` of the connection response. */
                sessionId: components["parameters"]["SessionId"];
                /** @description The interaction's id (a numeric string). */
                interactionId: components["parameters"]["InteractionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/vnd.inin.icws+json": components["schemas"]["TransferParameters"];
                "application/json": components["schemas"]["TransferParameters"];
            };
        };
        responses: {
            /** @description Done; the change shows in the interaction's attributes and its queues' subscriptions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["BadRequest"];
            415: components["responses"]["BadRequest"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["InternalError"];
        };
    };
    subscribeToQueues: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The `sessionId` of the connection response. */
                sessionId: components["parameters"]["SessionId"];
                /** @description Any string the client chooses; messages of the subscription echo it. */
                subscriptionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "queueIds": [
                 *         {
                 *           "queueType": 1,
                 *           "queueName": "AgentUsername"
                 *         },
                 *         {
                 *           "queueType": 2,
                 *           "queueName": "CrmCallRouting"
                 *         }
                 *       ],
                 *       "attributeNames": [
                 *         "Eic_State",
                 *         "Eic_RemoteName",
                 *         "Eic_WorkgroupName"
                 *       ]
                 *     }
                 */
                "application/vnd.inin.icws+json": components["schemas"]["QueueSubscriptionParameters"];
                "application/json": components["schemas"]["QueueSubscriptionParameters"];
            };
        };
        responses: {
            /** @description Subscribed; the snapshot follows as a message. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["BadRequest"];
            415: components["responses"]["BadRequest"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["InternalError"];
        };
    };
    unsubscribeFromQueues: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The `sessionId` of the connection response. */
                sessionId: components["parameters"]["SessionId"];
                /** @description Any string the client chooses; messages of the subscription echo it. */
                subscriptionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Unsubscribed; no more messages of it are queued. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthenticated"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["InternalError"];
        };
    };
    watchInteraction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The `sessionId` of the connection response. */
                sessionId: components["parameters"]["SessionId"];
                /** @description The interaction's id (a numeric string). */
                interactionId: components["parameters"]["InteractionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "attributeNames": [
                 *         "Eic_State",
                 *         "Eic_RemoteName",
                 *         "Eic_UserName"
                 *       ]
                 *     }
                 */
                "application/vnd.inin.icws+json": components["schemas"]["InteractionWatchParameters"];
                "application/json": components["schemas"]["InteractionWatchParameters"];
            };
        };
        responses: {
            /** @description Watching; the current values follow as a message. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["BadRequest"];
            415: components["responses"]["BadRequest"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["InternalError"];
        };
    };
    unwatchInteraction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The `sessionId` of the connection response. */
                sessionId: components["parameters"]["SessionId"];
                /** @description The interaction's id (a numeric string). */
                interactionId: components["parameters"]["InteractionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Not watched any more; no more messages of it are queued. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthenticated"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["InternalError"];
        };
    };
    getMessages: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The `sessionId` of the connection response. */
                sessionId: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The waiting messages (or the stream). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "__type": "urn:inin.com:queues:queueContentsMessage",
                     *         "isDelta": false,
                     *         "subscriptionId": "my-queue",
                     *         "interactionsAdded": [
                     *           {
                     *             "interactionId": "100000001",
                     *             "attributes": {
                     *               "Eic_State": "A",
                     *               "Eic_RemoteName": "Ann Caller",
                     *               "Eic_WorkgroupName": "CrmCallRouting"
                     *             }
                     *           }
                     *         ]
                     *       },
                     *       {
                     *         "__type": "urn:inin.com:queues:queueContentsMessage",
                     *         "isDelta": true,
                     *         "subscriptionId": "my-queue",
                     *         "interactionsChanged": [
                     *           {
                     *             "interactionId": "100000001",
                     *             "attributes": {
                     *               "Eic_State": "C"
                     *             }
                     *           }
                     *         ]
                     *       }
                     *     ]
                     */
                    "application/vnd.inin.icws+json": components["schemas"]["IcwsMessage"][];
                    "text/event-stream": string;
                };
            };
            401: components["responses"]["Unauthenticated"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["InternalError"];
        };
    };
    heartbeat: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The `sessionId` of the connection response. */
                sessionId: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The session is up. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthenticated"];
            429: components["responses"]["TooManyRequests"];
        };
    };
}
