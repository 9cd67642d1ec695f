/* eslint-disable */
// ---------------------------------------------------------------------------------------------
// GENERATED FILE — DO NOT EDIT. Generated from contracts/openapi/admin.openapi.yaml by tools/codegen.
// Edit the contract and run `npm run codegen`; `npm run codegen:check` fails on any drift.
// ---------------------------------------------------------------------------------------------

export interface paths {
    "/admin/providers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The tenant's providers */
        get: operations["listProviders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/providers/{provider}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a provider
         * @description New dispatches can no longer name it; interactions already dispatched keep it.
         */
        delete: operations["removeProvider"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/callbacks/dead-letters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Provider callbacks that could not be delivered */
        get: operations["listDeadLetters"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/callbacks/dead-letters/{notificationid}/redrive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Deliver a dead-lettered callback again
         * @description On success it leaves the dead letters; on failure it stays, with the new error.
         */
        post: operations["redriveDeadLetter"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/agents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The tenant's agents, a page at a time */
        get: operations["listAgents"];
        put?: never;
        /**
         * Create an agent
         * @description Checked as a tenant file's agent is, with the same messages (unknown skills, workgroups that are no route). It can sign in at once (GWS, ICWS) and is routed to once ready. 409 when the username (in any tenant) or the id is taken.
         */
        post: operations["createAgent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/agents/{username}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Case-insensitive. */
                username: string;
            };
            cookie?: never;
        };
        /** One agent */
        get: operations["getAgent"];
        /**
         * Replace an agent's configuration
         * @description Everything but its id (fixed) and username (the path's; its case may change); without a password the current one is kept. Skills and levels count for the next routing decision, for interactions already waiting too. With If-Match, refused with 412 unless it is the agent's current ETag.
         */
        put: operations["replaceAgent"];
        post?: never;
        /**
         * Remove an agent
         * @description Logged out first when it is logged in (its offers are revoked and go to other agents); what it was connected to waits again. It can no longer sign in. With If-Match, refused with 412 unless it is the agent's current ETag.
         */
        delete: operations["removeAgent"];
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
         * Provider
         * @description A provider of the tenant as registered (its callback headers' values are not shown).
         */
        Provider: {
            provider: string;
            endpoint?: string;
            /** @description The callback headers it is registered with (their values are not shown). */
            headerNames: string[];
            agentactionspermitted: {
                /** @enum {integer} */
                release: 0 | 1;
                /** @enum {integer} */
                hold: 0 | 1;
                /** @enum {integer} */
                transferToAgent: 0 | 1;
                /** @enum {integer} */
                transferToRoute: 0 | 1;
            };
        };
        /**
         * DeadLetter
         * @description A provider callback that failed every delivery attempt, kept until it is redriven.
         */
        DeadLetter: {
            notificationid: string;
            provider: string;
            endpoint: string;
            /** @description The notification that could not be delivered, as it is posted. */
            notification: {
                [key: string]: unknown;
            };
            attempts: number;
            lastError: string;
            /** Format: date-time */
            failedAt: string;
        };
        /**
         * Agent
         * @description An agent of the tenant as configured (never its password), with its ETag.
         */
        Agent: {
            /** @description The display id. */
            id: string;
            username: string;
            skills: components["schemas"]["SkillLevels"];
            /** @enum {string} */
            role: "agent" | "supervisor";
            /** @description The routes it is a member of; absent, membership is not configured (every workgroup). */
            workgroups?: string[];
            /** @description Its version, as the ETag header gives it ("N"). */
            etag: string;
        };
        /**
         * SkillLevels
         * @description Skill name (one of the tenant's) → level 1–10.
         */
        SkillLevels: {
            [key: string]: number;
        };
        /**
         * NewAgent
         * @description An agent as a tenant file configures one, with its password instead of a hash (hashed on arrival).
         */
        NewAgent: {
            id: string;
            username: string;
            password: string;
            skills?: components["schemas"]["SkillLevels"];
            /**
             * @default agent
             * @enum {string}
             */
            role?: "agent" | "supervisor";
            workgroups?: string[];
        };
        /**
         * AgentChange
         * @description An agent's new configuration: skills, role and workgroups as given; a password to rotate it.
         */
        AgentChange: {
            /** @description The path's, in any case. */
            username?: string;
            password?: string;
            skills?: components["schemas"]["SkillLevels"];
            /**
             * @default agent
             * @enum {string}
             */
            role?: "agent" | "supervisor";
            workgroups?: string[];
        };
        /**
         * Error
         * @description Every error body of the admin API.
         */
        Error: {
            statusCode: number;
            error: string;
            message: string;
        };
    };
    responses: {
        /** @description The request was refused. */
        Error: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: {
        /** @description How many agents to skip. */
        Offset: number;
        /** @description How many agents at most. */
        Limit: number;
        /** @description The ETag the change is meant for; a stale one is refused with 412. */
        IfMatch: string;
    };
    requestBodies: never;
    headers: {
        /** @description The resource's version (the tenant's count of configuration events when it last changed). */
        ETag: string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listProviders: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every provider, by name. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "providers": [
                     *         {
                     *           "provider": "CrmIntegration",
                     *           "endpoint": "https://crm.example.com/vcc/callbacks",
                     *           "headerNames": [
                     *             "Authorization"
                     *           ],
                     *           "agentactionspermitted": {
                     *             "release": 1,
                     *             "hold": 1,
                     *             "transferToAgent": 0,
                     *             "transferToRoute": 0
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        providers: components["schemas"]["Provider"][];
                    };
                };
            };
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            429: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    removeProvider: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                provider: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The provider that was removed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "provider": "CrmIntegration",
                     *       "headerNames": [],
                     *       "agentactionspermitted": {
                     *         "release": 1,
                     *         "hold": 0,
                     *         "transferToAgent": 0,
                     *         "transferToRoute": 0
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Provider"];
                };
            };
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            429: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    listDeadLetters: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every dead-lettered callback of the tenant. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "deadLetters": [
                     *         {
                     *           "notificationid": "6f1c2a9e-4b7d-4e0a-9a51-2f3c8d1e7b40",
                     *           "provider": "CrmIntegration",
                     *           "endpoint": "https://crm.example.com/vcc/callbacks",
                     *           "notification": {
                     *             "notification": "AssignToAgent",
                     *             "objectid": "ObjectId_001",
                     *             "notificationid": "6f1c2a9e-4b7d-4e0a-9a51-2f3c8d1e7b40",
                     *             "params": {
                     *               "AccountName": "acme",
                     *               "Agent": "AgentUsername",
                     *               "AgentId": "5465"
                     *             }
                     *           },
                     *           "attempts": 5,
                     *           "lastError": "HTTP 503 from https://crm.example.com/vcc/callbacks",
                     *           "failedAt": "2025-01-15T10:42:07.000Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        deadLetters: components["schemas"]["DeadLetter"][];
                    };
                };
            };
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            429: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    redriveDeadLetter: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                notificationid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Delivered. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "notificationid": "6f1c2a9e-4b7d-4e0a-9a51-2f3c8d1e7b40",
                     *       "delivered": true
                     *     }
                     */
                    "application/json": {
                        notificationid: string;
                        /** @constant */
                        delivered: true;
                    };
                };
            };
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            429: components["responses"]["Error"];
            502: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    listAgents: {
        parameters: {
            query?: {
                /** @description How many agents to skip. */
                offset?: components["parameters"]["Offset"];
                /** @description How many agents at most. */
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the agents, by username. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "agents": [
                     *         {
                     *           "id": "5464",
                     *           "username": "AgentUsername",
                     *           "skills": {
                     *             "skillMandatory": 5
                     *           },
                     *           "role": "agent",
                     *           "etag": "\"0\""
                     *         }
                     *       ],
                     *       "total": 1,
                     *       "offset": 0,
                     *       "limit": 100
                     *     }
                     */
                    "application/json": {
                        agents: components["schemas"]["Agent"][];
                        total: number;
                        offset: number;
                        limit: number;
                    };
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            429: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    createAgent: {
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
                 *       "id": "7001",
                 *       "username": "bea",
                 *       "password": "correct horse battery",
                 *       "skills": {
                 *         "skillMandatory": 4
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["NewAgent"];
            };
        };
        responses: {
            /** @description The agent as created; its ETag in the header too. */
            201: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "7001",
                     *       "username": "bea",
                     *       "skills": {
                     *         "skillMandatory": 4
                     *       },
                     *       "role": "agent",
                     *       "etag": "\"1\""
                     *     }
                     */
                    "application/json": components["schemas"]["Agent"];
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            409: components["responses"]["Error"];
            413: components["responses"]["Error"];
            429: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    getAgent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Case-insensitive. */
                username: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The agent; its ETag in the header too. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "7001",
                     *       "username": "bea",
                     *       "skills": {
                     *         "skillMandatory": 4
                     *       },
                     *       "role": "agent",
                     *       "etag": "\"1\""
                     *     }
                     */
                    "application/json": components["schemas"]["Agent"];
                };
            };
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            429: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    replaceAgent: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag the change is meant for; a stale one is refused with 412. */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                /** @description Case-insensitive. */
                username: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "skills": {
                 *         "skillMandatory": 9
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["AgentChange"];
            };
        };
        responses: {
            /** @description The agent as it is now; its new ETag in the header too. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "7001",
                     *       "username": "bea",
                     *       "skills": {
                     *         "skillMandatory": 9
                     *       },
                     *       "role": "agent",
                     *       "etag": "\"2\""
                     *     }
                     */
                    "application/json": components["schemas"]["Agent"];
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            412: components["responses"]["Error"];
            413: components["responses"]["Error"];
            429: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    removeAgent: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag the change is meant for; a stale one is refused with 412. */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                /** @description Case-insensitive. */
                username: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The agent that was removed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "7001",
                     *       "username": "bea",
                     *       "skills": {
                     *         "skillMandatory": 9
                     *       },
                     *       "role": "agent",
                     *       "etag": "\"2\""
                     *     }
                     */
                    "application/json": components["schemas"]["Agent"];
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            412: components["responses"]["Error"];
            429: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
}
