/* eslint-disable */
// ---------------------------------------------------------------------------------------------
// GENERATED FILE — DO NOT EDIT. Generated from contracts/openapi/supervisor.openapi.yaml by tools/codegen.
// Edit the contract and run `npm run codegen`; `npm run codegen:check` fails on any drift.
// ---------------------------------------------------------------------------------------------

export const supervisorDocument: Readonly<Record<string, unknown>> = {
  "openapi": "3.1.0",
  "info": {
    "title": "Switchboard — Supervisor API",
    "version": "1.0.0",
    "summary": "Why each interaction went where it went, and a supervisor's hand on one that waits.",
    "description": "For supervisors and administrators of the tenant, as the Statistics API: a GWS agent whose role is `supervisor`\n(HTTP Basic credentials or its `JSESSIONID` session), or a bearer token from `POST /Auth/connect/token` with the\nscope `admin`. Each acts on its own tenant only — another tenant's interaction is not found (404); any other agent\ngets 403. Errors are `{statusCode, error, message}`. The gateway's rate limit applies (429).\n\nAn interaction is named by its Switchboard id: the `id` GWS lists (`GET /api/v2/interactions`), sends in its\nnotifications, and the VCC Invoke answers as `interactionid` — a numeric string. An interaction that has ended\n(completed or released) is no longer in the system and is not found.\n",
    "contact": {
      "name": "Switchboard maintainers"
    },
    "license": {
      "name": "Apache-2.0",
      "identifier": "Apache-2.0"
    }
  },
  "servers": [
    {
      "url": "{scheme}://{host}",
      "description": "A Switchboard gateway (`npm start` serves one at http://127.0.0.1:8080).",
      "variables": {
        "scheme": {
          "enum": [
            "http",
            "https"
          ],
          "default": "http",
          "description": "https where the gateway sits behind a TLS-terminating proxy."
        },
        "host": {
          "default": "127.0.0.1:8080",
          "description": "The gateway's host name and port."
        }
      }
    }
  ],
  "tags": [
    {
      "name": "Routing",
      "description": "Where routing has an interaction now, and why every offer of it was made."
    },
    {
      "name": "Control",
      "description": "A supervisor's hand on an interaction that waits."
    }
  ],
  "security": [
    {
      "basicAuth": []
    },
    {
      "sessionCookie": []
    },
    {
      "clientCredentials": [
        "admin"
      ]
    }
  ],
  "paths": {
    "/supervisor/v1/interactions/{id}/routing": {
      "parameters": [
        {
          "$ref": "#/components/parameters/InteractionId"
        }
      ],
      "get": {
        "operationId": "getInteractionRouting",
        "tags": [
          "Routing"
        ],
        "summary": "An interaction's routing history",
        "description": "Where routing has the interaction now (waiting, offered to an agent until its lease ends, or connected to\none), and every offer made for it, oldest first, each with its explanation: the agent chosen and its score,\nthe runners-up, and every other agent counted by the reason it was passed over. `agentNames` gives the\nusername of every agent the answer names.\n",
        "responses": {
          "200": {
            "description": "The interaction's routing and its decisions.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/InteractionRoutingHistory"
                },
                "example": {
                  "id": "100000001",
                  "externalId": "ObjectId_001",
                  "route": "CrmCallRouting",
                  "routing": {
                    "status": "offered",
                    "agentId": "5466",
                    "leaseUntil": "2026-12-07T10:42:37.125Z",
                    "mandatorySkills": [
                      "skillMandatory"
                    ],
                    "urgent": false,
                    "personalQueueActive": false
                  },
                  "decisions": [
                    {
                      "eventId": "3f1c2a9e-5a4b-4c55-9b8e-0d8f1e2a7c11",
                      "offeredAt": "2026-12-07T10:42:07.125Z",
                      "agentId": "5466",
                      "explanation": {
                        "trigger": "agent-available",
                        "chosen": {
                          "agentId": "5466",
                          "optionalMatches": 0,
                          "skillLevel": 4,
                          "idleSince": 1796640000000
                        },
                        "runnersUp": [],
                        "passedOver": [
                          {
                            "reason": "not-ready",
                            "count": 3
                          },
                          {
                            "reason": "missing-skill",
                            "count": 1,
                            "skill": "skillMandatory"
                          }
                        ],
                        "mandatorySkills": [
                          "skillMandatory"
                        ],
                        "optionalSkills": [],
                        "queue": {
                          "urgent": false,
                          "priority": 3,
                          "waitedMs": 5230
                        }
                      }
                    }
                  ],
                  "agentNames": {
                    "5466": "bob"
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/Error"
          },
          "401": {
            "$ref": "#/components/responses/Error"
          },
          "403": {
            "$ref": "#/components/responses/Error"
          },
          "404": {
            "$ref": "#/components/responses/Error"
          },
          "429": {
            "$ref": "#/components/responses/Error"
          },
          "503": {
            "$ref": "#/components/responses/Error"
          }
        }
      }
    },
    "/supervisor/v1/interactions/{id}/release": {
      "parameters": [
        {
          "$ref": "#/components/parameters/InteractionId"
        }
      ],
      "post": {
        "operationId": "releaseInteraction",
        "tags": [
          "Control"
        ],
        "summary": "Release a waiting interaction",
        "description": "Takes the interaction out of the system while it waits for an agent: in its route's queue, between steps of\nits plan, or offered to an agent who has not accepted it yet (a stuck offer: the offer is withdrawn, and the\nagent's desktop is told it is revoked). Once an agent has accepted it (connected, held or parked), or while an\nagent has put it in a workbin, it is refused (409): its agent ends it. No request body.\n\nIn a tenant with GWS CSRF protection, a supervisor sends its GWS session cookie and that session's\n`X-CSRF-TOKEN` (which every GWS GET hands out), as GWS asks of every change there; without them, 403.\n\nEverything a release causes follows: the GWS and ICWS clients that saw it are told it left, its provider is\nsent its `Release` callback, and the statistics count it as abandoned (released while waiting). The log\nrecords who released it (`interaction.released`, reason `released-by-supervisor`). Repeating the request\nwhile the interactions service remembers it (the VCC request retention) answers 200 again without acting\ntwice; after that, a released interaction is not found.\n",
        "responses": {
          "200": {
            "description": "Released.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/InteractionReleased"
                },
                "example": {
                  "id": "100000001",
                  "released": true
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/Error"
          },
          "401": {
            "$ref": "#/components/responses/Error"
          },
          "403": {
            "$ref": "#/components/responses/Error"
          },
          "404": {
            "$ref": "#/components/responses/Error"
          },
          "409": {
            "description": "The interaction does not wait any more (an agent has accepted it, or put it in a workbin).",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Error"
                },
                "example": {
                  "statusCode": 409,
                  "error": "Conflict",
                  "message": "the interaction is connected to bob: only a waiting interaction can be released; its agent ends it"
                }
              }
            }
          },
          "429": {
            "$ref": "#/components/responses/Error"
          },
          "503": {
            "$ref": "#/components/responses/Error"
          }
        }
      }
    }
  },
  "components": {
    "securitySchemes": {
      "basicAuth": {
        "type": "http",
        "scheme": "basic",
        "description": "A GWS agent's credentials; its role must be `supervisor`."
      },
      "sessionCookie": {
        "type": "apiKey",
        "in": "cookie",
        "name": "JSESSIONID",
        "description": "The GWS session of a supervisor (set by a call with Basic credentials)."
      },
      "clientCredentials": {
        "type": "oauth2",
        "description": "OAuth 2 client credentials: a bearer token from `POST /Auth/connect/token` with the scope `admin`, sent\nas `Authorization: Bearer <token>`.\n",
        "flows": {
          "clientCredentials": {
            "tokenUrl": "/Auth/connect/token",
            "scopes": {
              "admin": "Operate the tenant (and supervise its interactions)."
            }
          }
        }
      }
    },
    "parameters": {
      "InteractionId": {
        "name": "id",
        "in": "path",
        "required": true,
        "description": "The interaction's Switchboard id (a numeric string, as GWS lists it); anything else is a 400.",
        "schema": {
          "type": "string",
          "pattern": "^[0-9]{1,20}$"
        }
      }
    },
    "responses": {
      "Error": {
        "description": "The request was refused.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            }
          }
        }
      }
    },
    "schemas": {
      "InteractionRoutingHistory": {
        "title": "InteractionRoutingHistory",
        "description": "One interaction as routing has it, and why each offer of it was made.",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "id",
          "routing",
          "decisions",
          "agentNames"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "The interaction's Switchboard id."
          },
          "externalId": {
            "type": "string",
            "description": "The VCC externalid it was dispatched with, if it was."
          },
          "route": {
            "type": "string",
            "description": "The named route (queue) it came through; absent for a call an agent placed without one."
          },
          "routing": {
            "$ref": "#/components/schemas/InteractionRouting"
          },
          "decisions": {
            "type": "array",
            "description": "Every offer made for the interaction, oldest first; none while it never was offered.",
            "items": {
              "$ref": "#/components/schemas/RoutingDecision"
            }
          },
          "agentNames": {
            "type": "object",
            "description": "The username of every agent this answer names (in `routing.agentId`, and in each decision's `agentId`,\n`chosen`, `runnersUp` and `passedOver`), by agent id. An agent removed since is absent.\n",
            "additionalProperties": {
              "type": "string"
            }
          }
        }
      },
      "InteractionReleased": {
        "title": "InteractionReleased",
        "description": "The interaction is out of the system.",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "id",
          "released"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "The interaction's Switchboard id."
          },
          "released": {
            "type": "boolean",
            "const": true
          }
        }
      },
      "InteractionRouting": {
        "title": "InteractionRouting",
        "description": "Where routing has the interaction now.",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "status",
          "mandatorySkills",
          "urgent",
          "personalQueueActive"
        ],
        "properties": {
          "status": {
            "type": "string",
            "enum": [
              "waiting",
              "offered",
              "connected"
            ],
            "description": "waiting — in its route's queue, between steps of its plan, or parked in a workbin; offered — to `agentId`,\nuntil `leaseUntil`; connected — accepted by `agentId` (held or parked by it included).\n"
          },
          "agentId": {
            "type": "string",
            "description": "The agent it is offered to or connected to."
          },
          "leaseUntil": {
            "type": "string",
            "format": "date-time",
            "description": "Offered only: an accept after this is refused."
          },
          "mandatorySkills": {
            "type": "array",
            "description": "The skills an agent must have to be offered it, those not expired now.",
            "items": {
              "type": "string"
            }
          },
          "urgent": {
            "type": "boolean",
            "description": "Its wait passed its urgency threshold; it goes before the others."
          },
          "personalQueueActive": {
            "type": "boolean",
            "description": "It waits in one agent's personal queue, offered to that agent only, until the queue times out."
          }
        }
      },
      "RoutingDecision": {
        "title": "RoutingDecision",
        "description": "One offer of the interaction.",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "eventId",
          "offeredAt",
          "agentId",
          "explanation"
        ],
        "properties": {
          "eventId": {
            "type": "string",
            "description": "The id of its interaction.offered event in the log."
          },
          "offeredAt": {
            "type": "string",
            "format": "date-time"
          },
          "agentId": {
            "type": "string",
            "description": "The agent it was offered to."
          },
          "explanation": {
            "$ref": "#/components/schemas/RoutingExplanation"
          }
        }
      },
      "CandidateScore": {
        "title": "CandidateScore",
        "description": "An agent able to take the interaction, as routing ranked it: more optional skills matched first, then the\nhigher sum of levels in the mandatory skills, then the longest idle.\n",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "agentId",
          "optionalMatches",
          "skillLevel",
          "idleSince"
        ],
        "properties": {
          "agentId": {
            "type": "string"
          },
          "optionalMatches": {
            "type": "integer",
            "minimum": 0,
            "description": "How many of the interaction's optional skills the agent has."
          },
          "skillLevel": {
            "type": "integer",
            "minimum": 0,
            "description": "The sum of the agent's levels in the mandatory, unexpired skills."
          },
          "idleSince": {
            "type": "number",
            "description": "Epoch milliseconds of its last interaction or presence change."
          }
        }
      },
      "RoutingExplanation": {
        "title": "RoutingExplanation",
        "description": "Why the interaction went to this agent, who came next, and why every other agent was passed over — the\nexplanation the routing engine wrote into the `interaction.offered` event (the bus contract's\nRoutingExplanation, as it is).\n",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "trigger",
          "chosen",
          "runnersUp",
          "passedOver",
          "mandatorySkills",
          "optionalSkills",
          "queue"
        ],
        "properties": {
          "trigger": {
            "type": "string",
            "enum": [
              "interaction-routable",
              "agent-available"
            ],
            "description": "What made routing decide — the interaction became routable, or an agent became available."
          },
          "chosen": {
            "$ref": "#/components/schemas/CandidateScore"
          },
          "runnersUp": {
            "type": "array",
            "description": "The next best candidates, best first.",
            "items": {
              "$ref": "#/components/schemas/CandidateScore"
            }
          },
          "passedOver": {
            "type": "array",
            "description": "Every other agent of the tenant, counted by the reason it could not take the interaction: logged out, not\nready, wrapping up, not ready on this channel, at capacity, missing a mandatory skill (`skill` names it),\nor the interaction waits in another agent's personal queue (`agentId` names that agent: every other agent\nis passed over).\n",
            "items": {
              "type": "object",
              "additionalProperties": false,
              "required": [
                "reason",
                "count"
              ],
              "properties": {
                "reason": {
                  "type": "string",
                  "enum": [
                    "logged-out",
                    "not-ready",
                    "wrap-up",
                    "channel-not-ready",
                    "no-capacity",
                    "missing-skill",
                    "personal-queue"
                  ]
                },
                "count": {
                  "type": "integer",
                  "minimum": 0
                },
                "skill": {
                  "type": "string"
                },
                "agentId": {
                  "type": "string"
                }
              }
            }
          },
          "mandatorySkills": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "optionalSkills": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "personalQueueAgentId": {
            "type": "string",
            "description": "The agent whose personal queue it waited in, if it did."
          },
          "queue": {
            "type": "object",
            "description": "The interaction's place in line when it was decided.",
            "additionalProperties": false,
            "required": [
              "urgent",
              "priority",
              "waitedMs"
            ],
            "properties": {
              "urgent": {
                "type": "boolean"
              },
              "priority": {
                "type": "integer"
              },
              "waitedMs": {
                "type": "number",
                "description": "How long it had waited in the queue, in milliseconds."
              }
            }
          }
        }
      },
      "Error": {
        "title": "Error",
        "description": "Every error body of the Supervisor API.",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "statusCode",
          "error",
          "message"
        ],
        "properties": {
          "statusCode": {
            "type": "integer"
          },
          "error": {
            "type": "string"
          },
          "message": {
            "type": "string"
          }
        }
      }
    }
  }
};
