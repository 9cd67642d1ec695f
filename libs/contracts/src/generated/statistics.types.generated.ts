/* eslint-disable */
// ---------------------------------------------------------------------------------------------
// GENERATED FILE — DO NOT EDIT. Generated from contracts/openapi/statistics.openapi.yaml by tools/codegen.
// Edit the contract and run `npm run codegen`; `npm run codegen:check` fails on any drift.
// ---------------------------------------------------------------------------------------------

export interface paths {
    "/statistics/v1/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The whole tenant
         * @description What waits now and the agents by state, and the interval's and today's figures of the tenant.
         */
        get: operations["getStatisticsSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/statistics/v1/queues": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Per named route
         * @description Every route with something waiting or offered now, or with figures today, by name.
         */
        get: operations["getQueueStatistics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/statistics/v1/agents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Per agent
         * @description The agents seen in the log today (or still logged in), by id, a page at a time: `offset` and `limit` choose the page, `totalCount` says how many there are in all; read on from `offset` + the number answered until that reaches `totalCount`.
         */
        get: operations["getAgentStatistics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/statistics/v1/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The tenant and its routes, live
         * @description Server-sent events (`text/event-stream`), one `statistics` event each time the figures change: its `data` is
         *     one `LiveStatistics` object as JSON (the tenant's summary and every route, as `/summary` and `/queues` answer
         *     them). The first event comes as soon as the figures are known; then a change reaches the stream at most a quarter
         *     of a second (plus one read) after the statistics service has read its event from the log. A comment line every 15 s keeps idle
         *     connections open through proxies. A gateway holds at most 100 streams per tenant and 2,000 in all (429 past
         *     them); a client that does not read its stream is disconnected once 1 MiB waits for it, and reconnects.
         *     Per-agent figures are read on demand (`/agents`).
         */
        get: operations["streamStatistics"];
        put?: never;
        post?: never;
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
         * LiveStatistics
         * @description One event of the live stream — the tenant's summary and its routes.
         */
        LiveStatistics: components["schemas"]["Periods"] & {
            summary: {
                realTime: components["schemas"]["QueueRealTime"] & {
                    agents: components["schemas"]["AgentCounts"];
                };
                interval: components["schemas"]["Figures"];
                today: components["schemas"]["Figures"];
            };
            queues: components["schemas"]["QueueStatistics"][];
        };
        /**
         * Periods
         * @description Whose figures, as of when, and the periods they cover (UTC).
         */
        Periods: {
            tenant: string;
            /** Format: date-time */
            asOf: string;
            /**
             * Format: date-time
             * @description 00:00 UTC today.
             */
            dayStart: string;
            /** Format: date-time */
            intervalStart: string;
            intervalSeconds: number;
        };
        /**
         * QueueRealTime
         * @description What waits for an agent now, and what is offered.
         */
        QueueRealTime: {
            waiting: number;
            /** @description Highest priority first. */
            waitingByPriority: {
                priority: number;
                waiting: number;
            }[];
            /** @description 0 when nothing waits. */
            oldestWaitingSeconds: number;
            /** @description Offered to an agent now, not yet accepted. */
            offered: number;
        };
        /**
         * AgentCounts
         * @description The logged-in agents by state.
         */
        AgentCounts: {
            loggedIn: number;
            ready: number;
            busy: number;
            wrapUp: number;
            notReady: number;
            notReadyByReason: {
                /** @description Empty when the agent gave none. */
                reason: string;
                agents: number;
            }[];
        };
        /**
         * Figures
         * @description What happened in one period (the current interval, or today).
         */
        Figures: {
            /** @description Entered the route's queue. */
            entered: number;
            offered: number;
            /** @description Accepted out of the queue (answered). */
            accepted: number;
            rejected: number;
            offerTimeouts: number;
            /** @description Released while waiting, other than by the route's plan. */
            abandoned: number;
            completed: number;
            transferred: number;
            averageSpeedOfAnswerSeconds: number;
            maxSpeedOfAnswerSeconds: number;
            averageHandleTimeSeconds: number;
            acceptedWithinSla: number;
            /** @description acceptedWithinSla / accepted; absent while nothing was accepted. */
            serviceLevel?: number;
            /** @description Accepted and abandoned interactions within each wait-time threshold (TaskRouter's SplitByWaitTime). */
            splitByWaitTime: {
                thresholdSeconds: number;
                accepted: number;
                abandoned: number;
            }[];
        };
        /**
         * QueueStatistics
         * @description One named route.
         */
        QueueStatistics: {
            /** @description The route's name (empty for agents' personal queues). */
            route: string;
            realTime: components["schemas"]["QueueRealTime"];
            interval: components["schemas"]["Figures"];
            today: components["schemas"]["Figures"];
        };
        /**
         * AgentStatistics
         * @description One agent.
         */
        AgentStatistics: {
            agentId: string;
            username?: string;
            /** @enum {string} */
            state: "logged-out" | "ready" | "busy" | "wrap-up" | "not-ready";
            notReadyReason?: string;
            secondsInState: number;
            /** @description Offered to or handled by the agent now. */
            interactions: number;
            /** @description The agent's interactions now (offered or handled) by interaction type, as routing counts capacity. */
            load: {
                live: number;
                chat: number;
                nonlive: number;
            };
            interval: components["schemas"]["Figures"];
            today: components["schemas"]["Figures"];
        };
        /**
         * Error
         * @description Every error body of the Statistics API.
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
    getStatisticsSummary: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The tenant's figures. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Periods"] & {
                        realTime: components["schemas"]["QueueRealTime"] & {
                            agents: components["schemas"]["AgentCounts"];
                        };
                        interval: components["schemas"]["Figures"];
                        today: components["schemas"]["Figures"];
                    };
                };
            };
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            429: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    getQueueStatistics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The routes' figures. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Periods"] & {
                        queues: components["schemas"]["QueueStatistics"][];
                    };
                };
            };
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            429: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    getAgentStatistics: {
        parameters: {
            query?: {
                /** @description How many agents to skip, in id order. */
                offset?: number;
                /** @description At most how many agents to answer. */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the agents' states and figures. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Periods"] & {
                        agents: components["schemas"]["AgentStatistics"][];
                        /** @description How many agents there are in all. */
                        totalCount: number;
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
    streamStatistics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The stream of `statistics` events. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": string;
                };
            };
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            429: components["responses"]["Error"];
        };
    };
}
