/* eslint-disable */
// ---------------------------------------------------------------------------------------------
// GENERATED FILE — DO NOT EDIT. Generated from contracts/openapi/gws-v2.openapi.yaml by tools/codegen.
// Edit the contract and run `npm run codegen`; `npm run codegen:check` fails on any drift.
// ---------------------------------------------------------------------------------------------

export interface paths {
    "/api/v2/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in agent */
        get: operations["getMe"];
        put?: never;
        /** Start or end the contact-center session, or change readiness on every channel */
        post: operations["operateOnMe"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/me/channels/{channel}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ready or NotReady on one channel
         * @description Channels: `voice` (live interactions), `chat`, and `email`, `workitem`, `openmedia` (non-live work, one
         *     readiness for all three). New interactions of a type are offered only while its channel is ready. Ready
         *     on a channel while the agent is not ready makes it ready on that channel alone; NotReady on its last open
         *     channel makes it not ready. An unknown channel is not found (statusCode 6). `POST /api/v2/me` with Ready or
         *     NotReady sets every channel at once.
         */
        post: operations["operateOnMyChannel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/interactions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every active interaction of the contact center
         * @description For supervisors (agents with the tenant role `supervisor`); anyone else gets statusCode 5. Paged, oldest first: `offset` and `limit` choose the page, `totalCount` says how many there are in all. A page may hold fewer than `limit` when its interactions are large (a page stays under half a megabyte); read on from `offset` + the number answered until that reaches `totalCount`.
         */
        get: operations["getAllInteractions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/me/workbins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The workbins the agent may use
         * @description Its own of every agent workbin, and the queue workbins of the tenant. A workbin's id is its name.
         */
        get: operations["getMyWorkbins"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/me/workbins/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Subscribe to (or unsubscribe from) a workbin's changes
         * @description The answer carries a referenceId; a WorkbinSubscriptionStateChangeMessage with it follows on
         *     `/v2/me/workbins`, then a WorkbinStateChangeMessage (ItemAdded / ItemRemoved) for every change.
         */
        post: operations["subscribeToMyWorkbin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workbins/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add an interaction the agent handles to a workbin, or pull one out to work on it
         * @description AddWorkitem parks it (the interaction notification says InWorkbin); PullInteraction (and its per-media
         *     names PullWorkitem, PullEmail, PullChat) takes it out and gives it to the agent (Processing), when the
         *     agent is in its contact-center session with room for it.
         */
        post: operations["operateOnWorkbin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workbins/{id}/workitems": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What a workbin holds */
        get: operations["getWorkbinContent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/interactions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One interaction the agent is offered or handles
         * @description Any other interaction, of this agent's tenant or not, is not found (statusCode 6).
         */
        get: operations["getInteraction"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/me/interactions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The interactions offered to or handled by the agent */
        get: operations["getMyInteractions"];
        put?: never;
        /**
         * GetWorkbinContent — the content arrives as a WorkbinContentMessage on `/v2/me/workbins`
         * @description Also accepted on `/api/v2/me/interactions/{id}`, where the vendor's 8.5.0 Interactions API Operations page documents it (the id plays no part).
         */
        post: operations["operateOnMyInteractions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/me/interactions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * An operation on an interaction offered to or handled by the agent
         * @description Accepted for processing: the change itself arrives as a notification on `/v2/me/interactions`. An
         *     operation the interaction's state does not allow answers statusCode 2; one its provider does not permit,
         *     3; an interaction the agent neither owns nor is offered is not found (6).
         */
        post: operations["operateOnMyInteraction"];
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
         * StatusCode
         * @description 0 success, 1 required parameter missing, 2 not valid in the current state, 3 forbidden,
         *     4 internal error, 5 no permission, 6 not found, 10 input validation, 20 not authenticated (the vendor's
         *     Return Values page, https://docs.genesys.com/Documentation/HTCC/8.5.1/API/ReturnValues).
         * @enum {integer}
         */
        StatusCode: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 10 | 20;
        /**
         * StatusResponse
         * @description The body of an operation: `statusCode` 0 on success, else a non-zero `statusCode` with `statusMessage`.
         */
        StatusResponse: {
            /** @constant */
            statusCode: 0;
            /**
             * @description Sent where the vendor's 8.5.0 Interactions API Operations page shows it.
             * @constant
             */
            status?: "ok";
            /** @description An interaction operation's reference; the notification it causes carries it too. */
            referenceId?: number;
        } | {
            statusCode: components["schemas"]["StatusCode"];
            statusMessage: string;
        };
        /**
         * ChannelOperation
         * @description An operation on one of the agent's channels.
         */
        ChannelOperation: {
            /** @enum {string} */
            operationName: "Ready" | "NotReady";
            /** @description The not-ready reason (NotReady only). */
            reason?: string;
        };
        /**
         * InteractionOperation
         * @description An operation on an interaction (or, for GetWorkbinContent, on a workbin); `operationName` says which and which other properties apply.
         */
        InteractionOperation: {
            /**
             * @description StopProcessing is Complete (with `queueName`, the interaction goes on through that queue); Transfer is
             *     SingleStepTransfer; Cancel gives up accepted, unfinished work (it waits for an agent again); Retrieve
             *     takes back an interaction held (or parked) through another dialect, e.g. an ICWS hold.
             * @enum {string}
             */
            operationName: "Accept" | "Reject" | "Cancel" | "Complete" | "StopProcessing" | "PlaceInQueue" | "SingleStepTransfer" | "Transfer" | "AttachUserData" | "UpdateUserData" | "DeleteUserData" | "PlaceInWorkbin" | "GetWorkbinContent" | "Retrieve";
            /**
             * @description Attach/Update/DeleteUserData — the keys (and for attach and update, values; nested kept). At most 100 keys
             *     in one request, each at most 256 characters, a string value at most 32,768 characters; an interaction holds
             *     at most 64 KiB of user data in all (as JSON), a change past that is 400.
             */
            userData?: {
                [key: string]: string | number | boolean | null | Record<string, unknown> | unknown[];
            };
            /** @description PlaceInQueue (and optionally Complete) — the named route to place it in. */
            queueName?: string;
            /** @description PlaceInWorkbin and GetWorkbinContent — the workbin's id (its name). */
            workbin?: string;
            /** @description SingleStepTransfer — the target agent (id or username). */
            userId?: string;
        };
        /**
         * Interaction
         * @description An interaction as the agent's desktop shows it — the shape of the CometD notifications.
         */
        Interaction: {
            id: string;
            externalId?: string;
            /**
             * @description Queued — waiting for an agent or in its plan (only in a supervisor's list); Held — on hold (e.g. an ICWS hold), Retrieve takes it back.
             * @enum {string}
             */
            state: "Invited" | "Processing" | "Held" | "InWorkbin" | "Queued";
            capabilities: ("Accept" | "Reject" | "Complete" | "Cancel" | "AttachUserData" | "UpdateUserData" | "DeleteUserData" | "PlaceInQueue" | "PlaceInWorkbin" | "SingleStepTransfer" | "Retrieve")[];
            /** @enum {string} */
            interactionType: "live" | "chat" | "nonlive";
            mediaType: string;
            currentQueue?: string;
            userData: {
                [key: string]: unknown;
            };
            receivedDate: string;
            /** @description InWorkbin — the workbin it is parked in. */
            workbin?: string;
            /** @description A supervisor's list — the agent it is offered to or handled by. */
            agentId?: string;
            /** @constant */
            messageTypeName?: "InteractionStateMessage";
            /** @enum {string} */
            notificationType?: "StatusChange" | "PropertiesUpdated";
        };
        /**
         * Workbin
         * @description A workbin the agent may use: its own (agent) or one shared by the tenant's agents (queue).
         */
        Workbin: {
            /** @description The workbin's id (its name). */
            id: string;
            workbinName: string;
            /**
             * @description agent — the agent's own; queue — shared by the tenant's agents.
             * @enum {string}
             */
            workbinType: "agent" | "queue";
            /** @description A queue workbin's named route. */
            queue?: string;
        };
        /**
         * WorkbinOperation
         * @description Adds an interaction to a workbin, or pulls one out of it.
         */
        WorkbinOperation: {
            /** @enum {string} */
            operationName: "AddWorkitem" | "PullInteraction" | "PullWorkitem" | "PullEmail" | "PullChat";
            /** @description The interaction. */
            id: string;
        };
        /**
         * WorkbinSubscriptionOperation
         * @description Subscribes to, or unsubscribes from, a workbin's changes.
         */
        WorkbinSubscriptionOperation: {
            /** @enum {string} */
            operationName: "Subscribe" | "Unsubscribe";
        };
        /**
         * MeOperation
         * @description Starts or ends the agent's contact-center session, or sets its readiness on every channel.
         */
        MeOperation: {
            /** @enum {string} */
            operationName: "StartContactCenterSession" | "EndContactCenterSession" | "Ready" | "NotReady";
            channels?: string[];
            place?: string;
            /** @description The not-ready reason (NotReady only). */
            reason?: string;
        };
        /**
         * MeResponse
         * @description The signed-in agent.
         */
        MeResponse: {
            /** @constant */
            statusCode: 0;
            user: components["schemas"]["User"];
        };
        /**
         * User
         * @description An agent as GWS shows it.
         */
        User: {
            /** @description The agent's display id. */
            id: string;
            userName: string;
            /**
             * @description What the user may do, as GWS names its roles: every user is an agent (`ROLE_AGENT`); a supervisor (the
             *     tenant file's `role: supervisor`) is `ROLE_SUPERVISOR` too, and reads every interaction of the tenant,
             *     its statistics and its routing. A desktop shows the supervisor view by it.
             */
            roles: ("ROLE_AGENT" | "ROLE_SUPERVISOR")[];
            /** @description Whether the contact-center session is started. */
            loggedIn: boolean;
            /** @description Whether the agent receives new interactions. */
            ready: boolean;
            /** @description With `subresources=*` only (GWS Users API), the skills assigned to the agent. */
            skills?: components["schemas"]["Skill"][];
        };
        /**
         * Skill
         * @description A skill assigned to the agent, as the GWS Skills API shows a Skill object: its id and name (Switchboard
         *     names a skill by its name, so both are the name), and the agent's level in it (1–10).
         */
        Skill: {
            id: string;
            name: string;
            level: number;
        };
    };
    responses: {
        /** @description The tenant has CSRF protection on and the request lacks the session's token. */
        CsrfRefused: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "statusCode": 3,
                 *       "statusMessage": "Missing or invalid Csrf token"
                 *     }
                 */
                "application/json": components["schemas"]["StatusResponse"];
            };
        };
        /** @description The body is malformed, too large or lacks a required parameter. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "statusCode": 1,
                 *       "statusMessage": "Parameter 'operationName' is missing"
                 *     }
                 */
                "application/json": components["schemas"]["StatusResponse"];
            };
        };
        /** @description No valid credentials or session. */
        Unauthenticated: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "statusCode": 20,
                 *       "statusMessage": "Access denied, authentication required"
                 *     }
                 */
                "application/json": components["schemas"]["StatusResponse"];
            };
        };
        /** @description Too many requests from this agent; wait the `Retry-After` seconds. */
        TooManyRequests: {
            headers: {
                /** @description Seconds to wait before the next request. */
                "Retry-After"?: number;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "statusCode": 3,
                 *       "statusMessage": "Too many requests: at most 1200 a minute; retry after 1 minute"
                 *     }
                 */
                "application/json": components["schemas"]["StatusResponse"];
            };
        };
        /** @description The user's role does not allow this (statusCode 5). */
        NoPermission: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "statusCode": 5,
                 *       "statusMessage": "Only supervisors may list every interaction"
                 *     }
                 */
                "application/json": components["schemas"]["StatusResponse"];
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
                 *       "statusCode": 4,
                 *       "statusMessage": "The interactions service is unavailable"
                 *     }
                 */
                "application/json": components["schemas"]["StatusResponse"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getMe: {
        parameters: {
            query?: {
                /** @description `*` adds the user's subresources: its skills, each with the agent's level (GWS Users API). */
                subresources?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The agent. */
            200: {
                headers: {
                    /** @description Where the tenant has CSRF protection on, the header to send the token back in. */
                    "X-CSRF-HEADER"?: "X-CSRF-TOKEN";
                    /** @description The session's CSRF token, to send back with every POST. */
                    "X-CSRF-TOKEN"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeResponse"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["InternalError"];
        };
    };
    operateOnMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MeOperation"];
            };
        };
        responses: {
            /** @description The operation was done (`statusCode` 0) or refused (non-zero `statusCode`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatusResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["CsrfRefused"];
            413: components["responses"]["BadRequest"];
            415: components["responses"]["BadRequest"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["InternalError"];
        };
    };
    operateOnMyChannel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                channel: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChannelOperation"];
            };
        };
        responses: {
            /** @description Done (statusCode 0) or refused (non-zero statusCode). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 0
                     *     }
                     */
                    "application/json": components["schemas"]["StatusResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["CsrfRefused"];
            404: components["responses"]["BadRequest"];
            413: components["responses"]["BadRequest"];
            415: components["responses"]["BadRequest"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["InternalError"];
        };
    };
    getAllInteractions: {
        parameters: {
            query?: {
                /** @description How many of the oldest interactions to skip. */
                offset?: number;
                /** @description At most how many interactions to answer. */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the interactions, oldest first, each with its state and the agent it is with. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 0,
                     *       "interactions": [
                     *         {
                     *           "id": "100000001",
                     *           "externalId": "ObjectId_001",
                     *           "state": "Processing",
                     *           "capabilities": [],
                     *           "interactionType": "nonlive",
                     *           "mediaType": "API Object",
                     *           "currentQueue": "CrmCallRouting",
                     *           "userData": {},
                     *           "receivedDate": "2025-01-15 10:42:07.125+0000",
                     *           "agentId": "5465"
                     *         }
                     *       ],
                     *       "totalCount": 1,
                     *       "offset": 0,
                     *       "limit": 500
                     *     }
                     */
                    "application/json": {
                        /** @constant */
                        statusCode: 0;
                        interactions: components["schemas"]["Interaction"][];
                        /** @description How many active interactions there are in all. */
                        totalCount: number;
                        offset: number;
                        limit: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["NoPermission"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["InternalError"];
        };
    };
    getMyWorkbins: {
        parameters: {
            query?: {
                /** @description Accepted for compatibility (`*`); the workbin objects are always returned. */
                fields?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The workbins. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 0,
                     *       "workbins": [
                     *         {
                     *           "id": "FollowUp",
                     *           "workbinName": "FollowUp",
                     *           "workbinType": "agent"
                     *         },
                     *         {
                     *           "id": "Backlog",
                     *           "workbinName": "Backlog",
                     *           "workbinType": "queue",
                     *           "queue": "CrmCallRouting"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        /** @constant */
                        statusCode: 0;
                        workbins: components["schemas"]["Workbin"][];
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["InternalError"];
        };
    };
    subscribeToMyWorkbin: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "operationName": "Subscribe"
                 *     }
                 */
                "application/json": components["schemas"]["WorkbinSubscriptionOperation"];
            };
        };
        responses: {
            /** @description Accepted (statusCode 0), or refused (non-zero statusCode; 6 for an unknown workbin). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 0,
                     *       "status": "ok",
                     *       "referenceId": 7
                     *     }
                     */
                    "application/json": components["schemas"]["StatusResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["CsrfRefused"];
            413: components["responses"]["BadRequest"];
            415: components["responses"]["BadRequest"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["InternalError"];
        };
    };
    operateOnWorkbin: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "operationName": "PullInteraction",
                 *       "id": "100000001"
                 *     }
                 */
                "application/json": components["schemas"]["WorkbinOperation"];
            };
        };
        responses: {
            /** @description Accepted (statusCode 0), or refused (non-zero statusCode). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 0,
                     *       "status": "ok",
                     *       "referenceId": 7
                     *     }
                     */
                    "application/json": components["schemas"]["StatusResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["CsrfRefused"];
            413: components["responses"]["BadRequest"];
            415: components["responses"]["BadRequest"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["InternalError"];
        };
    };
    getWorkbinContent: {
        parameters: {
            query?: {
                fields?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The parked interactions, oldest parked first, in the notification shape (state InWorkbin). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 0,
                     *       "workitems": [
                     *         {
                     *           "id": "100000001",
                     *           "externalId": "ObjectId_001",
                     *           "state": "InWorkbin",
                     *           "capabilities": [],
                     *           "interactionType": "nonlive",
                     *           "mediaType": "API Object",
                     *           "currentQueue": "CrmCallRouting",
                     *           "userData": {},
                     *           "receivedDate": "2025-01-15 10:42:07.125+0000",
                     *           "workbin": "FollowUp"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        /** @constant */
                        statusCode: 0;
                        workitems: components["schemas"]["Interaction"][];
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            404: components["responses"]["BadRequest"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["InternalError"];
        };
    };
    getInteraction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The interaction. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 0,
                     *       "interaction": {
                     *         "id": "100000001",
                     *         "externalId": "ObjectId_001",
                     *         "state": "Invited",
                     *         "capabilities": [
                     *           "Accept",
                     *           "Reject"
                     *         ],
                     *         "interactionType": "nonlive",
                     *         "mediaType": "API Object",
                     *         "currentQueue": "CrmCallRouting",
                     *         "userData": {
                     *           "clid": "+44123456789",
                     *           "urlLabel": "Click me",
                     *           "url": "https://developer.newvoicemedia.com"
                     *         },
                     *         "receivedDate": "2025-01-15 10:42:07.125+0000",
                     *         "messageTypeName": "InteractionStateMessage",
                     *         "notificationType": "StatusChange"
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @constant */
                        statusCode: 0;
                        interaction: components["schemas"]["Interaction"];
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            404: components["responses"]["BadRequest"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["InternalError"];
        };
    };
    getMyInteractions: {
        parameters: {
            query?: {
                /** @description `*` for the interaction objects (the shape of the notifications) instead of their URIs. */
                fields?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The agent's interactions, as URIs or (with `fields=*`) as objects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        statusCode: 0;
                        uris: string[];
                    } | {
                        /** @constant */
                        statusCode: 0;
                        interactions: components["schemas"]["Interaction"][];
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["InternalError"];
        };
    };
    operateOnMyInteractions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "operationName": "GetWorkbinContent",
                 *       "workbin": "FollowUp"
                 *     }
                 */
                "application/json": components["schemas"]["InteractionOperation"];
            };
        };
        responses: {
            /** @description Accepted (statusCode 0), or refused (non-zero statusCode). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 0,
                     *       "status": "ok",
                     *       "referenceId": 7
                     *     }
                     */
                    "application/json": components["schemas"]["StatusResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["CsrfRefused"];
            413: components["responses"]["BadRequest"];
            415: components["responses"]["BadRequest"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["InternalError"];
        };
    };
    operateOnMyInteraction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InteractionOperation"];
            };
        };
        responses: {
            /** @description Accepted for processing (statusCode 0), or refused (non-zero statusCode). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatusResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["CsrfRefused"];
            413: components["responses"]["BadRequest"];
            415: components["responses"]["BadRequest"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["InternalError"];
        };
    };
}
