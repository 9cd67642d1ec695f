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
    parameters: never;
    requestBodies: never;
    headers: never;
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
}
