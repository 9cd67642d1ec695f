/* eslint-disable */
// ---------------------------------------------------------------------------------------------
// GENERATED FILE — DO NOT EDIT. Generated from contracts/openapi/statistics.openapi.yaml by tools/codegen.
// Edit the contract and run `npm run codegen`; `npm run codegen:check` fails on any drift.
// ---------------------------------------------------------------------------------------------

export const statisticsDocument: Readonly<Record<string, unknown>> = {
  "openapi": "3.1.0",
  "info": {
    "title": "Switchboard — Statistics API",
    "version": "1.0.0",
    "summary": "Real-time and cumulative contact-center statistics of a tenant, per named route and per agent.",
    "description": "Read from the statistics service, a read model fed only by the event log (it rebuilds today's figures from the\nlog when it starts). For supervisors and administrators of the tenant: a GWS agent whose role is `supervisor`\n(HTTP Basic credentials or its `JSESSIONID` session), or a bearer token from `POST /Auth/connect/token` with the\nscope `admin`. Each sees its own tenant only; any other agent gets 403. Errors are `{statusCode, error, message}`.\n\nPeriods are UTC: \"today\" starts at 00:00 UTC, and the current interval (15 minutes unless the service's\n`STATISTICS_INTERVAL_MINUTES` says otherwise) is counted from 00:00 UTC. Each event counts in the period of its\nown time. Speed of answer is from entering the route's queue to the acceptance; handle time from the acceptance\nto the completion; the service level is the share of accepted interactions accepted within their SLA target\n(the interaction's `slaSeconds`, set by its route's plan, or the service's default).\n",
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
      "name": "Statistics",
      "description": "The tenant's statistics as of now."
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
    "/statistics/v1/summary": {
      "get": {
        "operationId": "getStatisticsSummary",
        "tags": [
          "Statistics"
        ],
        "summary": "The whole tenant",
        "description": "What waits now and the agents by state, and the interval's and today's figures of the tenant.",
        "responses": {
          "200": {
            "description": "The tenant's figures.",
            "content": {
              "application/json": {
                "schema": {
                  "title": "StatisticsSummary",
                  "allOf": [
                    {
                      "$ref": "#/components/schemas/Periods"
                    },
                    {
                      "type": "object",
                      "required": [
                        "realTime",
                        "interval",
                        "today"
                      ],
                      "properties": {
                        "realTime": {
                          "allOf": [
                            {
                              "$ref": "#/components/schemas/QueueRealTime"
                            },
                            {
                              "type": "object",
                              "required": [
                                "agents"
                              ],
                              "properties": {
                                "agents": {
                                  "$ref": "#/components/schemas/AgentCounts"
                                }
                              }
                            }
                          ]
                        },
                        "interval": {
                          "$ref": "#/components/schemas/Figures"
                        },
                        "today": {
                          "$ref": "#/components/schemas/Figures"
                        }
                      }
                    }
                  ]
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Error"
          },
          "403": {
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
    "/statistics/v1/queues": {
      "get": {
        "operationId": "getQueueStatistics",
        "tags": [
          "Statistics"
        ],
        "summary": "Per named route",
        "description": "Every route with something waiting or offered now, or with figures today, by name.",
        "responses": {
          "200": {
            "description": "The routes' figures.",
            "content": {
              "application/json": {
                "schema": {
                  "title": "QueueStatisticsList",
                  "allOf": [
                    {
                      "$ref": "#/components/schemas/Periods"
                    },
                    {
                      "type": "object",
                      "required": [
                        "queues"
                      ],
                      "properties": {
                        "queues": {
                          "type": "array",
                          "items": {
                            "$ref": "#/components/schemas/QueueStatistics"
                          }
                        }
                      }
                    }
                  ]
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Error"
          },
          "403": {
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
    "/statistics/v1/agents": {
      "get": {
        "operationId": "getAgentStatistics",
        "tags": [
          "Statistics"
        ],
        "summary": "Per agent",
        "description": "The agents seen in the log today (or still logged in), by id, a page at a time: `offset` and `limit` choose the page, `totalCount` says how many there are in all; read on from `offset` + the number answered until that reaches `totalCount`.",
        "parameters": [
          {
            "name": "offset",
            "in": "query",
            "required": false,
            "description": "How many agents to skip, in id order.",
            "schema": {
              "type": "integer",
              "minimum": 0,
              "maximum": 10000000,
              "default": 0
            }
          },
          {
            "name": "limit",
            "in": "query",
            "required": false,
            "description": "At most how many agents to answer.",
            "schema": {
              "type": "integer",
              "minimum": 1,
              "maximum": 500,
              "default": 200
            }
          }
        ],
        "responses": {
          "200": {
            "description": "A page of the agents' states and figures.",
            "content": {
              "application/json": {
                "schema": {
                  "title": "AgentStatisticsList",
                  "allOf": [
                    {
                      "$ref": "#/components/schemas/Periods"
                    },
                    {
                      "type": "object",
                      "required": [
                        "agents",
                        "totalCount",
                        "offset",
                        "limit"
                      ],
                      "properties": {
                        "agents": {
                          "type": "array",
                          "items": {
                            "$ref": "#/components/schemas/AgentStatistics"
                          }
                        },
                        "totalCount": {
                          "type": "integer",
                          "minimum": 0,
                          "description": "How many agents there are in all."
                        },
                        "offset": {
                          "type": "integer",
                          "minimum": 0
                        },
                        "limit": {
                          "type": "integer",
                          "minimum": 1
                        }
                      }
                    }
                  ]
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
          "429": {
            "$ref": "#/components/responses/Error"
          },
          "503": {
            "$ref": "#/components/responses/Error"
          }
        }
      }
    },
    "/statistics/v1/stream": {
      "get": {
        "operationId": "streamStatistics",
        "tags": [
          "Statistics"
        ],
        "summary": "The tenant and its routes, live",
        "description": "Server-sent events (`text/event-stream`), one `statistics` event each time the figures change: its `data` is\none `LiveStatistics` object as JSON (the tenant's summary and every route, as `/summary` and `/queues` answer\nthem). The first event comes as soon as the figures are known; then a change reaches the stream at most a quarter\nof a second (plus one read) after the statistics service has read its event from the log. A comment line every 15 s keeps idle\nconnections open through proxies. A gateway holds at most 100 streams per tenant and 2,000 in all (429 past\nthem); a client that does not read its stream is disconnected once 1 MiB waits for it, and reconnects.\nPer-agent figures are read on demand (`/agents`).\n",
        "responses": {
          "200": {
            "description": "The stream of `statistics` events.",
            "content": {
              "text/event-stream": {
                "schema": {
                  "type": "string",
                  "description": "`event: statistics` then `data: <LiveStatistics as JSON>`, a blank line after each; `contentSchema`\nis what each event's data holds.\n",
                  "contentMediaType": "application/json",
                  "contentSchema": {
                    "$ref": "#/components/schemas/LiveStatistics"
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Error"
          },
          "403": {
            "$ref": "#/components/responses/Error"
          },
          "429": {
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
              "admin": "Operate the tenant (and read its statistics)."
            }
          }
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
      "LiveStatistics": {
        "title": "LiveStatistics",
        "description": "One event of the live stream — the tenant's summary and its routes.",
        "allOf": [
          {
            "$ref": "#/components/schemas/Periods"
          },
          {
            "type": "object",
            "required": [
              "summary",
              "queues"
            ],
            "properties": {
              "summary": {
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "realTime",
                  "interval",
                  "today"
                ],
                "properties": {
                  "realTime": {
                    "allOf": [
                      {
                        "$ref": "#/components/schemas/QueueRealTime"
                      },
                      {
                        "type": "object",
                        "required": [
                          "agents"
                        ],
                        "properties": {
                          "agents": {
                            "$ref": "#/components/schemas/AgentCounts"
                          }
                        }
                      }
                    ]
                  },
                  "interval": {
                    "$ref": "#/components/schemas/Figures"
                  },
                  "today": {
                    "$ref": "#/components/schemas/Figures"
                  }
                }
              },
              "queues": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/QueueStatistics"
                }
              }
            }
          }
        ]
      },
      "Periods": {
        "title": "Periods",
        "description": "Whose figures, as of when, and the periods they cover (UTC).",
        "type": "object",
        "required": [
          "tenant",
          "asOf",
          "dayStart",
          "intervalStart",
          "intervalSeconds"
        ],
        "properties": {
          "tenant": {
            "type": "string"
          },
          "asOf": {
            "type": "string",
            "format": "date-time"
          },
          "dayStart": {
            "type": "string",
            "format": "date-time",
            "description": "00:00 UTC today."
          },
          "intervalStart": {
            "type": "string",
            "format": "date-time"
          },
          "intervalSeconds": {
            "type": "integer",
            "minimum": 1
          }
        }
      },
      "QueueRealTime": {
        "title": "QueueRealTime",
        "description": "What waits for an agent now, and what is offered.",
        "type": "object",
        "required": [
          "waiting",
          "waitingByPriority",
          "oldestWaitingSeconds",
          "offered"
        ],
        "properties": {
          "waiting": {
            "type": "integer",
            "minimum": 0
          },
          "waitingByPriority": {
            "type": "array",
            "description": "Highest priority first.",
            "items": {
              "type": "object",
              "additionalProperties": false,
              "required": [
                "priority",
                "waiting"
              ],
              "properties": {
                "priority": {
                  "type": "number"
                },
                "waiting": {
                  "type": "integer",
                  "minimum": 0
                }
              }
            }
          },
          "oldestWaitingSeconds": {
            "type": "number",
            "minimum": 0,
            "description": "0 when nothing waits."
          },
          "offered": {
            "type": "integer",
            "minimum": 0,
            "description": "Offered to an agent now, not yet accepted."
          }
        }
      },
      "AgentCounts": {
        "title": "AgentCounts",
        "description": "The logged-in agents by state.",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "loggedIn",
          "ready",
          "busy",
          "wrapUp",
          "notReady",
          "notReadyByReason"
        ],
        "properties": {
          "loggedIn": {
            "type": "integer",
            "minimum": 0
          },
          "ready": {
            "type": "integer",
            "minimum": 0
          },
          "busy": {
            "type": "integer",
            "minimum": 0
          },
          "wrapUp": {
            "type": "integer",
            "minimum": 0
          },
          "notReady": {
            "type": "integer",
            "minimum": 0
          },
          "notReadyByReason": {
            "type": "array",
            "items": {
              "type": "object",
              "additionalProperties": false,
              "required": [
                "reason",
                "agents"
              ],
              "properties": {
                "reason": {
                  "type": "string",
                  "description": "Empty when the agent gave none."
                },
                "agents": {
                  "type": "integer",
                  "minimum": 0
                }
              }
            }
          }
        }
      },
      "Figures": {
        "title": "Figures",
        "description": "What happened in one period (the current interval, or today).",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "entered",
          "offered",
          "accepted",
          "rejected",
          "offerTimeouts",
          "abandoned",
          "completed",
          "transferred",
          "averageSpeedOfAnswerSeconds",
          "maxSpeedOfAnswerSeconds",
          "averageHandleTimeSeconds",
          "acceptedWithinSla",
          "splitByWaitTime"
        ],
        "properties": {
          "entered": {
            "type": "integer",
            "minimum": 0,
            "description": "Entered the route's queue."
          },
          "offered": {
            "type": "integer",
            "minimum": 0
          },
          "accepted": {
            "type": "integer",
            "minimum": 0,
            "description": "Accepted out of the queue (answered)."
          },
          "rejected": {
            "type": "integer",
            "minimum": 0
          },
          "offerTimeouts": {
            "type": "integer",
            "minimum": 0
          },
          "abandoned": {
            "type": "integer",
            "minimum": 0,
            "description": "Released while waiting, other than by the route's plan."
          },
          "completed": {
            "type": "integer",
            "minimum": 0
          },
          "transferred": {
            "type": "integer",
            "minimum": 0
          },
          "averageSpeedOfAnswerSeconds": {
            "type": "number",
            "minimum": 0
          },
          "maxSpeedOfAnswerSeconds": {
            "type": "number",
            "minimum": 0
          },
          "averageHandleTimeSeconds": {
            "type": "number",
            "minimum": 0
          },
          "acceptedWithinSla": {
            "type": "integer",
            "minimum": 0
          },
          "serviceLevel": {
            "type": "number",
            "minimum": 0,
            "maximum": 1,
            "description": "acceptedWithinSla / accepted; absent while nothing was accepted."
          },
          "splitByWaitTime": {
            "type": "array",
            "description": "Accepted and abandoned interactions within each wait-time threshold (TaskRouter's SplitByWaitTime).",
            "items": {
              "type": "object",
              "additionalProperties": false,
              "required": [
                "thresholdSeconds",
                "accepted",
                "abandoned"
              ],
              "properties": {
                "thresholdSeconds": {
                  "type": "number",
                  "minimum": 0
                },
                "accepted": {
                  "type": "integer",
                  "minimum": 0
                },
                "abandoned": {
                  "type": "integer",
                  "minimum": 0
                }
              }
            }
          }
        }
      },
      "QueueStatistics": {
        "title": "QueueStatistics",
        "description": "One named route.",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "route",
          "realTime",
          "interval",
          "today"
        ],
        "properties": {
          "route": {
            "type": "string",
            "description": "The route's name (empty for agents' personal queues)."
          },
          "realTime": {
            "$ref": "#/components/schemas/QueueRealTime"
          },
          "interval": {
            "$ref": "#/components/schemas/Figures"
          },
          "today": {
            "$ref": "#/components/schemas/Figures"
          }
        }
      },
      "AgentStatistics": {
        "title": "AgentStatistics",
        "description": "One agent.",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "agentId",
          "state",
          "secondsInState",
          "interactions",
          "load",
          "interval",
          "today"
        ],
        "properties": {
          "agentId": {
            "type": "string"
          },
          "username": {
            "type": "string"
          },
          "state": {
            "type": "string",
            "enum": [
              "logged-out",
              "ready",
              "busy",
              "wrap-up",
              "not-ready"
            ]
          },
          "notReadyReason": {
            "type": "string"
          },
          "secondsInState": {
            "type": "number",
            "minimum": 0
          },
          "interactions": {
            "type": "integer",
            "minimum": 0,
            "description": "Offered to or handled by the agent now."
          },
          "load": {
            "description": "The agent's interactions now (offered or handled) by interaction type, as routing counts capacity.",
            "type": "object",
            "additionalProperties": false,
            "required": [
              "live",
              "chat",
              "nonlive"
            ],
            "properties": {
              "live": {
                "type": "integer",
                "minimum": 0
              },
              "chat": {
                "type": "integer",
                "minimum": 0
              },
              "nonlive": {
                "type": "integer",
                "minimum": 0
              }
            }
          },
          "interval": {
            "$ref": "#/components/schemas/Figures"
          },
          "today": {
            "$ref": "#/components/schemas/Figures"
          }
        }
      },
      "Error": {
        "title": "Error",
        "description": "Every error body of the Statistics API.",
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
