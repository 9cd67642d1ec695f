/* eslint-disable */
// ---------------------------------------------------------------------------------------------
// GENERATED FILE — DO NOT EDIT. Generated from contracts/openapi/vcc-interactions.openapi.yaml by tools/codegen.
// Edit the contract and run `npm run codegen`; `npm run codegen:check` fails on any drift.
// ---------------------------------------------------------------------------------------------

export interface paths {
    "/interactions/Invoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Dispatch interactions through named routes, or release them
         * @description Each Interaction object of `requests` is processed in order and gets its own entry in `results`.
         *     A batch that was processed answers 200 even when some of its requests were rejected: look at each
         *     result's `outcome`. A request whose `requestid` was already processed is not acted on again; its
         *     result repeats the first outcome with `duplicate: true`.
         */
        post: operations["invoke"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/interactions/Register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Register a provider (upsert)
         * @description Registers a provider that later Invoke calls may name. Registering the same provider again replaces
         *     all of its settings (endpoint, headers, permitted agent actions).
         *
         *     `endpoint` must be https (plain http only where the tenant allows it); an `Authorization` header must
         *     be `<type> <credentials>`. Without `agentactionspermitted` every agent action is permitted (the
         *     provider then only adds callbacks); with it, an action it does not set to 1 is not permitted.
         */
        post: operations["register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/Auth/connect/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Issue a bearer token (OAuth2 client credentials) */
        post: operations["issueToken"];
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
         * Invocation
         * @description One Invoke call; its `requests` are processed in order.
         */
        Invocation: {
            /** @description The name of a registered provider. Required on a release when the dispatch named one. */
            provider?: string;
            requests: components["schemas"]["Interaction"][];
        };
        /**
         * Interaction
         * @description One request of an Invocation: dispatch an interaction into a named route (`route` required), or release one (`externalid` required).
         */
        Interaction: {
            /**
             * @description dispatch routes the interaction through the named route's plan; release removes it.
             * @default dispatch
             * @enum {string}
             */
            action?: "dispatch" | "release";
            /** @description De-duplication key; a repeat returns the first outcome without acting again. */
            requestid?: string;
            /** @description The caller's unique id for the interaction; required to release it later. */
            externalid?: string;
            /** @description The named route to invoke (dispatch only). */
            route?: string;
            /**
             * @description At most 100 entries; an interaction property's or object's key at most 256 characters and its value at most
             *     32,768, a url's label and value at most 2,048.
             */
            linkeddata?: components["schemas"]["LinkedData"][];
            routingdata?: components["schemas"]["RoutingData"];
        };
        /**
         * LinkedData
         * @description Display and plan data; the `type` decides which other properties apply.
         */
        LinkedData: components["schemas"]["LinkedDataClid"] | components["schemas"]["LinkedDataName"] | components["schemas"]["LinkedDataMediaType"] | components["schemas"]["LinkedDataUrl"] | components["schemas"]["LinkedDataInteractionProperty"] | components["schemas"]["LinkedDataObject"];
        /**
         * LinkedDataClid
         * @description The caller's identity, shown to the agent and recorded on the interaction.
         */
        LinkedDataClid: {
            /** @constant */
            type: "clid";
            value: string;
        };
        /**
         * LinkedDataName
         * @description The display name that distinguishes the interaction.
         */
        LinkedDataName: {
            /** @constant */
            type: "name";
            value: string;
        };
        /**
         * LinkedDataMediaType
         * @description The media type label; "API Object" when not given.
         */
        LinkedDataMediaType: {
            /** @constant */
            type: "mediatype";
            value: string;
        };
        /**
         * LinkedDataUrl
         * @description A link shown to the agent; the label shows even without a value.
         */
        LinkedDataUrl: {
            /** @constant */
            type: "url";
            label: string;
            value?: string;
        };
        /**
         * LinkedDataInteractionProperty
         * @description A key-value pair that the interaction plan can read; repeatable.
         */
        LinkedDataInteractionProperty: {
            /** @constant */
            type: "interactionproperty";
            key: string;
            value: string;
        };
        /**
         * LinkedDataObject
         * @description An owner-scoped key-value pair seen in an older vendor example; kept with the interaction.
         */
        LinkedDataObject: {
            /** @constant */
            type: "object";
            owner?: string;
            key: string;
            value: string;
        };
        /**
         * RoutingData
         * @description How the interaction is routed: its type, the skills it needs and its preferred agent.
         */
        RoutingData: {
            /**
             * @description live needs an agent's full attention (a call), chat divided attention, nonlive none (an email).
             * @enum {string}
             */
            interactiontype?: "live" | "chat" | "nonlive";
            skills?: components["schemas"]["Skill"][];
            personalqueue?: components["schemas"]["PersonalQueue"];
        };
        /**
         * Skill
         * @description A skill the interaction needs, and for how long it is mandatory.
         */
        Skill: {
            /** @description A configured skill name, matched case-insensitively. */
            name: string;
            expiryafter?: components["schemas"]["Seconds31Days"];
        };
        /**
         * PersonalQueue
         * @description The preferred agent; while its timeout runs only that agent may receive the interaction.
         */
        PersonalQueue: {
            /** @description The agent's username, matched case-insensitively. */
            agent: string;
            loggedintimeout: components["schemas"]["Seconds31Days"];
            loggedouttimeout: components["schemas"]["Seconds31Days"];
        };
        /**
         * Seconds31Days
         * @description Seconds, at most 2678399 (31 days).
         */
        Seconds31Days: number;
        /**
         * InvokeResponse
         * @description The outcome of every request of the Invocation.
         */
        InvokeResponse: {
            /** @description One entry per Interaction object of the request, in the same order. */
            results: components["schemas"]["InteractionResult"][];
        };
        /**
         * InteractionResult
         * @description The outcome of one request of the Invocation.
         */
        InteractionResult: {
            /** @description The position of the Interaction object in `requests`. */
            index: number;
            /** @enum {string} */
            action: "dispatch" | "release";
            requestid?: string;
            externalid?: string;
            /**
             * @description dispatched — accepted into the named route; released — removed; rejected — see `error`.
             * @enum {string}
             */
            outcome: "dispatched" | "released" | "rejected";
            /**
             * @description true when `requestid` was processed before: nothing is acted on again, and `action`, `externalid`,
             *     `outcome` and `interactionid` are the first request's, whatever this one asked.
             */
            duplicate: boolean;
            /** @description Switchboard's id of the interaction. */
            interactionid?: string;
            error?: components["schemas"]["RequestError"];
        };
        /**
         * RequestError
         * @description Why one request of the Invocation was rejected.
         */
        RequestError: {
            /**
             * @description A stable, machine-readable reason.
             * @enum {string}
             */
            code: "route_not_found" | "external_id_in_use" | "interaction_not_found" | "provider_required" | "provider_mismatch" | "provider_not_registered" | "unknown_skill" | "unknown_agent" | "invalid_request";
            message: string;
        };
        /**
         * ProviderSettings
         * @description A provider's settings: its name, where its callbacks go, and which agent actions it permits.
         */
        ProviderSettings: {
            /** @description The name later Invoke calls use. */
            provider: string;
            /**
             * Format: uri
             * @description The https URL that receives callbacks; without it the provider only governs agent actions.
             */
            endpoint?: string;
            /** @description Headers sent with every callback; at most 50, each name at most 256 characters and value at most 8,192. */
            headers?: {
                [key: string]: string;
            };
            agentactionspermitted?: components["schemas"]["AgentActionsPermitted"];
        };
        /**
         * AgentActionsPermitted
         * @description Which agent actions the provider permits on its interactions (1 permitted, 0 not). A provider registered
         *     without it permits every action, as one of the tenant file does; with it, an action not set to 1 is not
         *     permitted.
         */
        AgentActionsPermitted: {
            release?: components["schemas"]["Permission"];
            hold?: components["schemas"]["Permission"];
            transferToAgent?: components["schemas"]["Permission"];
            transferToRoute?: components["schemas"]["Permission"];
        };
        /**
         * Permission
         * @description 1 permitted, 0 not permitted.
         * @enum {integer}
         */
        Permission: 0 | 1;
        /**
         * RegisterResponse
         * @description The provider as now registered (its headers are not echoed, as they may hold credentials).
         */
        RegisterResponse: {
            provider: string;
            endpoint?: string;
            agentactionspermitted: {
                release: components["schemas"]["Permission"];
                hold: components["schemas"]["Permission"];
                transferToAgent: components["schemas"]["Permission"];
                transferToRoute: components["schemas"]["Permission"];
            };
        };
        /**
         * TokenRequest
         * @description An OAuth 2 client-credentials token request, form-encoded.
         */
        TokenRequest: {
            /** @constant */
            grant_type: "client_credentials";
            client_id: string;
            client_secret: string;
            /** @description Space-separated scopes; the Interactions API needs `interactions:write`. */
            scope: string;
        };
        /**
         * TokenResponse
         * @description A bearer token and how long it is valid.
         */
        TokenResponse: {
            access_token: string;
            /** @constant */
            token_type: "Bearer";
            /** @constant */
            expires_in: 7200;
        };
        /**
         * OAuthError
         * @description Why a token request was refused, as OAuth 2 reports it.
         */
        OAuthError: {
            /**
             * @description An OAuth 2 error code, or "Internal Server Error" for a fault of the server (as the vendor sends).
             * @enum {string}
             */
            error: "invalid_request" | "unsupported_grant_type" | "invalid_scope" | "invalid_client" | "Internal Server Error";
            error_description?: string;
        };
        /**
         * VccError
         * @description Every error body of the Interactions API.
         */
        VccError: {
            statusCode: number;
            /** @description The HTTP reason phrase. */
            error: string;
            /** @description What was wrong, for a person to read. */
            message: string;
        };
    };
    responses: {
        /** @description Malformed JSON, a missing or invalid field, or a missing or unsupported `Accept` version. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "statusCode": 400,
                 *       "error": "Bad Request",
                 *       "message": "requests/0: dispatch requires 'route'"
                 *     }
                 */
                "application/json": components["schemas"]["VccError"];
            };
        };
        /** @description The bearer token is missing, malformed, forged or expired. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["VccError"];
            };
        };
        /** @description The token is valid but lacks the scope `interactions:write`. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["VccError"];
            };
        };
        /** @description The body is larger than 100 KB. */
        PayloadTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "statusCode": 413,
                 *       "error": "Payload Too Large",
                 *       "message": "Payload Too Large"
                 *     }
                 */
                "application/json": components["schemas"]["VccError"];
            };
        };
        /** @description The client made too many requests; wait the `Retry-After` seconds. */
        TooManyRequests: {
            headers: {
                /** @description Seconds to wait before the next request. */
                "Retry-After"?: number;
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["VccError"];
            };
        };
        /** @description The body is not of the content type the operation takes. */
        UnsupportedMediaType: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["VccError"];
            };
        };
        /** @description An unexpected error; the request may be retried with the same `requestid`. */
        InternalError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["VccError"];
            };
        };
        /** @description A service behind the gateway is not reachable; nothing was acted on. */
        ServiceUnavailable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["VccError"];
            };
        };
    };
    parameters: {
        /** @description The API version and response content type; only version 1 exists. */
        AcceptVersion: "application/vnd.newvoicemedia.v1+json";
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    invoke: {
        parameters: {
            query?: never;
            header: {
                /** @description The API version and response content type; only version 1 exists. */
                Accept: components["parameters"]["AcceptVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Invocation"];
            };
        };
        responses: {
            /** @description The batch was processed; each request has its own outcome. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "results": [
                     *         {
                     *           "index": 0,
                     *           "action": "dispatch",
                     *           "requestid": "8762187187",
                     *           "externalid": "ObjectId_001",
                     *           "outcome": "dispatched",
                     *           "duplicate": false,
                     *           "interactionid": "100000001"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["InvokeResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    register: {
        parameters: {
            query?: never;
            header: {
                /** @description The API version and response content type; only version 1 exists. */
                Accept: components["parameters"]["AcceptVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProviderSettings"];
            };
        };
        responses: {
            /** @description The provider is registered with exactly these settings. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "provider": "CrmIntegration",
                     *       "endpoint": "https://crm.example.com/vcc/callbacks",
                     *       "agentactionspermitted": {
                     *         "release": 1,
                     *         "hold": 1,
                     *         "transferToAgent": 1,
                     *         "transferToRoute": 1
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["RegisterResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    issueToken: {
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
                 *       "grant_type": "client_credentials",
                 *       "client_id": "demo-integration",
                 *       "client_secret": "demo-integration-secret",
                 *       "scope": "interactions:write"
                 *     }
                 */
                "application/x-www-form-urlencoded": components["schemas"]["TokenRequest"];
            };
        };
        responses: {
            /** @description A bearer token valid for `expires_in` seconds. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "access_token": "eyJhbGciOiJFUzI1NiJ9.eyJzY29wZSI6ImludGVyYWN0aW9uczp3cml0ZSJ9.c2lnbmF0dXJl",
                     *       "token_type": "Bearer",
                     *       "expires_in": 7200
                     *     }
                     */
                    "application/json": components["schemas"]["TokenResponse"];
                };
            };
            /** @description The token request was refused (also when the body is not form-encoded). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "invalid_scope",
                     *       "error_description": "You must specify a scope"
                     *     }
                     */
                    "application/json": components["schemas"]["OAuthError"];
                };
            };
            /** @description The body is larger than 100 KB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "invalid_request",
                     *       "error_description": "Payload Too Large"
                     *     }
                     */
                    "application/json": components["schemas"]["OAuthError"];
                };
            };
            /** @description Too many token requests from this address; wait the `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OAuthError"];
                };
            };
            /** @description An unexpected error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Internal Server Error",
                     *       "error_description": "An internal server error occurred"
                     *     }
                     */
                    "application/json": components["schemas"]["OAuthError"];
                };
            };
        };
    };
}
