/* eslint-disable */
// ---------------------------------------------------------------------------------------------
// GENERATED FILE — DO NOT EDIT. Generated from contracts/openapi/supervisor.openapi.yaml by tools/codegen.
// Edit the contract and run `npm run codegen`; `npm run codegen:check` fails on any drift.
// ---------------------------------------------------------------------------------------------

export interface paths {
    "/supervisor/v1/interactions/{id}/routing": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The interaction's Switchboard id (a numeric string, as GWS lists it); anything else is a 400. */
                id: components["parameters"]["InteractionId"];
            };
            cookie?: never;
        };
        /**
         * An interaction's routing history
         * @description Where routing has the interaction now (waiting, offered to an agent until its lease ends, or connected to
         *     one), and every offer made for it, oldest first, each with its explanation: the agent chosen and its score,
         *     the runners-up, and every other agent counted by the reason it was passed over. `agentNames` gives the
         *     username of every agent the answer names.
         */
        get: operations["getInteractionRouting"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/supervisor/v1/interactions/{id}/release": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The interaction's Switchboard id (a numeric string, as GWS lists it); anything else is a 400. */
                id: components["parameters"]["InteractionId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Release a waiting interaction
         * @description Takes the interaction out of the system while it waits for an agent: in its route's queue, between steps of
         *     its plan, or offered to an agent who has not accepted it yet (a stuck offer: the offer is withdrawn, and the
         *     agent's desktop is told it is revoked). Once an agent has accepted it (connected, held or parked), or while an
         *     agent has put it in a workbin, it is refused (409): its agent ends it. No request body.
         *
         *     In a tenant with GWS CSRF protection, a supervisor sends its GWS session cookie and that session's
         *     `X-CSRF-TOKEN` (which every GWS GET hands out), as GWS asks of every change there; without them, 403.
         *
         *     Everything a release causes follows: the GWS and ICWS clients that saw it are told it left, its provider is
         *     sent its `Release` callback, and the statistics count it as abandoned (released while waiting). The log
         *     records who released it (`interaction.released`, reason `released-by-supervisor`). Repeating the request
         *     while the interactions service remembers it (the VCC request retention) answers 200 again without acting
         *     twice; after that, a released interaction is not found.
         */
        post: operations["releaseInteraction"];
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
         * InteractionRoutingHistory
         * @description One interaction as routing has it, and why each offer of it was made.
         */
        InteractionRoutingHistory: {
            /** @description The interaction's Switchboard id. */
            id: string;
            /** @description The VCC externalid it was dispatched with, if it was. */
            externalId?: string;
            /** @description The named route (queue) it came through; absent for a call an agent placed without one. */
            route?: string;
            routing: components["schemas"]["InteractionRouting"];
            /** @description Every offer made for the interaction, oldest first; none while it never was offered. */
            decisions: components["schemas"]["RoutingDecision"][];
            /**
             * @description The username of every agent this answer names (in `routing.agentId`, and in each decision's `agentId`,
             *     `chosen`, `runnersUp` and `passedOver`), by agent id. An agent removed since is absent.
             */
            agentNames: {
                [key: string]: string;
            };
        };
        /**
         * InteractionReleased
         * @description The interaction is out of the system.
         */
        InteractionReleased: {
            /** @description The interaction's Switchboard id. */
            id: string;
            /** @constant */
            released: true;
        };
        /**
         * InteractionRouting
         * @description Where routing has the interaction now.
         */
        InteractionRouting: {
            /**
             * @description waiting — in its route's queue, between steps of its plan, or parked in a workbin; offered — to `agentId`,
             *     until `leaseUntil`; connected — accepted by `agentId` (held or parked by it included).
             * @enum {string}
             */
            status: "waiting" | "offered" | "connected";
            /** @description The agent it is offered to or connected to. */
            agentId?: string;
            /**
             * Format: date-time
             * @description Offered only: an accept after this is refused.
             */
            leaseUntil?: string;
            /** @description The skills an agent must have to be offered it, those not expired now. */
            mandatorySkills: string[];
            /** @description Its wait passed its urgency threshold; it goes before the others. */
            urgent: boolean;
            /** @description It waits in one agent's personal queue, offered to that agent only, until the queue times out. */
            personalQueueActive: boolean;
        };
        /**
         * RoutingDecision
         * @description One offer of the interaction.
         */
        RoutingDecision: {
            /** @description The id of its interaction.offered event in the log. */
            eventId: string;
            /** Format: date-time */
            offeredAt: string;
            /** @description The agent it was offered to. */
            agentId: string;
            explanation: components["schemas"]["RoutingExplanation"];
        };
        /**
         * CandidateScore
         * @description An agent able to take the interaction, as routing ranked it: more optional skills matched first, then the
         *     higher sum of levels in the mandatory skills, then the longest idle.
         */
        CandidateScore: {
            agentId: string;
            /** @description How many of the interaction's optional skills the agent has. */
            optionalMatches: number;
            /** @description The sum of the agent's levels in the mandatory, unexpired skills. */
            skillLevel: number;
            /** @description Epoch milliseconds of its last interaction or presence change. */
            idleSince: number;
        };
        /**
         * RoutingExplanation
         * @description Why the interaction went to this agent, who came next, and why every other agent was passed over — the
         *     explanation the routing engine wrote into the `interaction.offered` event (the bus contract's
         *     RoutingExplanation, as it is).
         */
        RoutingExplanation: {
            /**
             * @description What made routing decide — the interaction became routable, or an agent became available.
             * @enum {string}
             */
            trigger: "interaction-routable" | "agent-available";
            chosen: components["schemas"]["CandidateScore"];
            /** @description The next best candidates, best first. */
            runnersUp: components["schemas"]["CandidateScore"][];
            /**
             * @description Every other agent of the tenant, counted by the reason it could not take the interaction: logged out, not
             *     ready, wrapping up, not ready on this channel, at capacity, missing a mandatory skill (`skill` names it),
             *     or the interaction waits in another agent's personal queue (`agentId` names that agent: every other agent
             *     is passed over).
             */
            passedOver: {
                /** @enum {string} */
                reason: "logged-out" | "not-ready" | "wrap-up" | "channel-not-ready" | "no-capacity" | "missing-skill" | "personal-queue";
                count: number;
                skill?: string;
                agentId?: string;
            }[];
            mandatorySkills: string[];
            optionalSkills: string[];
            /** @description The agent whose personal queue it waited in, if it did. */
            personalQueueAgentId?: string;
            /** @description The interaction's place in line when it was decided. */
            queue: {
                urgent: boolean;
                priority: number;
                /** @description How long it had waited in the queue, in milliseconds. */
                waitedMs: number;
            };
        };
        /**
         * Error
         * @description Every error body of the Supervisor API.
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
        /** @description The interaction's Switchboard id (a numeric string, as GWS lists it); anything else is a 400. */
        InteractionId: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getInteractionRouting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The interaction's Switchboard id (a numeric string, as GWS lists it); anything else is a 400. */
                id: components["parameters"]["InteractionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The interaction's routing and its decisions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "100000001",
                     *       "externalId": "ObjectId_001",
                     *       "route": "CrmCallRouting",
                     *       "routing": {
                     *         "status": "offered",
                     *         "agentId": "5466",
                     *         "leaseUntil": "2026-12-07T10:42:37.125Z",
                     *         "mandatorySkills": [
                     *           "skillMandatory"
                     *         ],
                     *         "urgent": false,
                     *         "personalQueueActive": false
                     *       },
                     *       "decisions": [
                     *         {
                     *           "eventId": "3f1c2a9e-5a4b-4c55-9b8e-0d8f1e2a7c11",
                     *           "offeredAt": "2026-12-07T10:42:07.125Z",
                     *           "agentId": "5466",
                     *           "explanation": {
                     *             "trigger": "agent-available",
                     *             "chosen": {
                     *               "agentId": "5466",
                     *               "optionalMatches": 0,
                     *               "skillLevel": 4,
                     *               "idleSince": 1796640000000
                     *             },
                     *             "runnersUp": [],
                     *             "passedOver": [
                     *               {
                     *                 "reason": "not-ready",
                     *                 "count": 3
                     *               },
                     *               {
                     *                 "reason": "missing-skill",
                     *                 "count": 1,
                     *                 "skill": "skillMandatory"
                     *               }
                     *             ],
                     *             "mandatorySkills": [
                     *               "skillMandatory"
                     *             ],
                     *             "optionalSkills": [],
                     *             "queue": {
                     *               "urgent": false,
                     *               "priority": 3,
                     *               "waitedMs": 5230
                     *             }
                     *           }
                     *         }
                     *       ],
                     *       "agentNames": {
                     *         "5466": "bob"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["InteractionRoutingHistory"];
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            429: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    releaseInteraction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The interaction's Switchboard id (a numeric string, as GWS lists it); anything else is a 400. */
                id: components["parameters"]["InteractionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Released. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "100000001",
                     *       "released": true
                     *     }
                     */
                    "application/json": components["schemas"]["InteractionReleased"];
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            /** @description The interaction does not wait any more (an agent has accepted it, or put it in a workbin). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 409,
                     *       "error": "Conflict",
                     *       "message": "the interaction is connected to bob: only a waiting interaction can be released; its agent ends it"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            429: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
}
