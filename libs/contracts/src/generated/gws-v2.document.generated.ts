/* eslint-disable */
// ---------------------------------------------------------------------------------------------
// GENERATED FILE — DO NOT EDIT. Generated from contracts/openapi/gws-v2.openapi.yaml by tools/codegen.
// Edit the contract and run `npm run codegen`; `npm run codegen:check` fails on any drift.
// ---------------------------------------------------------------------------------------------

export const gwsV2Document: Readonly<Record<string, unknown>> = {
  "openapi": "3.1.0",
  "info": {
    "title": "Switchboard — GWS API v2 (agent)",
    "version": "2.0.0",
    "summary": "The Genesys Web Services API v2 surface an agent desktop uses, as served by Switchboard.",
    "description": "Agents authenticate with HTTP Basic credentials; a successful call sets the `JSESSIONID` session\ncookie, which later calls and the CometD connection at `/api/v2/notifications` may present instead.\nWhere a tenant turns CSRF protection on (`gwsCsrfProtection`), every GET answers `X-CSRF-HEADER:\nX-CSRF-TOKEN` and `X-CSRF-TOKEN: <token>`, and every POST must carry that header with the session cookie,\nor gets 403 \"Missing or invalid Csrf token\".\nEvery JSON body carries `statusCode` (0 = success); a non-zero body carries only `statusCode` and\n`statusMessage`, with the codes of the vendor's Return Values page (see `StatusCode`). Interaction\nnotifications are pushed over CometD on the channel `/v2/me/interactions` (their AsyncAPI contract is\nserved at `/asyncapi/gws-notifications.yaml`); the CometD endpoint is `/api/v2/notifications`, also\nreachable as `/genesys/cometd`.\n\n**Null is absent.** An optional property of a request body sent as `null` is read as if it were not sent\n(Java, Kotlin and Rust clients generated from this contract send `null` for the optional fields they do not\nset); a required property cannot be `null`. `userData` is data, not a set of\noptional properties: a `null` value there is kept as the value.\n",
    "contact": {
      "name": "Switchboard maintainers"
    },
    "license": {
      "name": "Apache-2.0",
      "identifier": "Apache-2.0"
    }
  },
  "externalDocs": {
    "description": "The vendor's Genesys Web Services API documentation",
    "url": "https://docs.genesys.com/Documentation/HTCC"
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
      "name": "Me",
      "description": "The signed-in agent."
    },
    {
      "name": "Workbins",
      "description": "Where interactions wait for later."
    },
    {
      "name": "Supervisor",
      "description": "The whole contact center."
    }
  ],
  "security": [
    {
      "basicAuth": []
    },
    {
      "sessionCookie": []
    }
  ],
  "paths": {
    "/api/v2/me": {
      "get": {
        "operationId": "getMe",
        "tags": [
          "Me"
        ],
        "summary": "The signed-in agent",
        "parameters": [
          {
            "name": "subresources",
            "in": "query",
            "required": false,
            "description": "`*` adds the user's subresources: its skills, each with the agent's level (GWS Users API).",
            "schema": {
              "type": "string"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The agent.",
            "headers": {
              "X-CSRF-HEADER": {
                "description": "Where the tenant has CSRF protection on, the header to send the token back in.",
                "schema": {
                  "type": "string",
                  "const": "X-CSRF-TOKEN"
                }
              },
              "X-CSRF-TOKEN": {
                "description": "The session's CSRF token, to send back with every POST.",
                "schema": {
                  "type": "string"
                }
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/MeResponse"
                },
                "examples": {
                  "plain": {
                    "summary": "The agent",
                    "value": {
                      "statusCode": 0,
                      "user": {
                        "id": "5464",
                        "userName": "AgentUsername",
                        "roles": [
                          "ROLE_AGENT"
                        ],
                        "loggedIn": true,
                        "ready": true
                      }
                    }
                  },
                  "withSubresources": {
                    "summary": "With subresources=*",
                    "value": {
                      "statusCode": 0,
                      "user": {
                        "id": "5465",
                        "userName": "alice",
                        "roles": [
                          "ROLE_AGENT"
                        ],
                        "loggedIn": true,
                        "ready": true,
                        "skills": [
                          {
                            "id": "skillMandatory",
                            "name": "skillMandatory",
                            "level": 7
                          },
                          {
                            "id": "skillExpiring",
                            "name": "skillExpiring",
                            "level": 3
                          }
                        ]
                      }
                    }
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/InternalError"
          }
        }
      },
      "post": {
        "operationId": "operateOnMe",
        "tags": [
          "Me"
        ],
        "summary": "Start or end the contact-center session, or change readiness on every channel",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/MeOperation"
              },
              "examples": {
                "start": {
                  "summary": "Start the contact-center session",
                  "value": {
                    "operationName": "StartContactCenterSession",
                    "channels": [
                      "workitem"
                    ]
                  }
                },
                "ready": {
                  "summary": "Make every channel ready",
                  "value": {
                    "operationName": "Ready"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The operation was done (`statusCode` 0) or refused (non-zero `statusCode`).",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/StatusResponse"
                },
                "examples": {
                  "done": {
                    "summary": "Done",
                    "value": {
                      "statusCode": 0
                    }
                  },
                  "refused": {
                    "summary": "Refused",
                    "value": {
                      "statusCode": 2,
                      "statusMessage": "start a contact-center session first"
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          },
          "403": {
            "$ref": "#/components/responses/CsrfRefused"
          },
          "413": {
            "$ref": "#/components/responses/BadRequest"
          },
          "415": {
            "$ref": "#/components/responses/BadRequest"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/InternalError"
          }
        }
      }
    },
    "/api/v2/me/channels/{channel}": {
      "post": {
        "operationId": "operateOnMyChannel",
        "tags": [
          "Me"
        ],
        "summary": "Ready or NotReady on one channel",
        "description": "Channels: `voice` (live interactions), `chat`, and `email`, `workitem`, `openmedia` (non-live work, one\nreadiness for all three). New interactions of a type are offered only while its channel is ready. Ready\non a channel while the agent is not ready makes it ready on that channel alone; NotReady on its last open\nchannel makes it not ready. An unknown channel is not found (statusCode 6). `POST /api/v2/me` with Ready or\nNotReady sets every channel at once.\n",
        "parameters": [
          {
            "name": "channel",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string"
            }
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ChannelOperation"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Done (statusCode 0) or refused (non-zero statusCode).",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/StatusResponse"
                },
                "example": {
                  "statusCode": 0
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          },
          "403": {
            "$ref": "#/components/responses/CsrfRefused"
          },
          "404": {
            "$ref": "#/components/responses/BadRequest"
          },
          "413": {
            "$ref": "#/components/responses/BadRequest"
          },
          "415": {
            "$ref": "#/components/responses/BadRequest"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/InternalError"
          }
        }
      }
    },
    "/api/v2/interactions": {
      "get": {
        "operationId": "getAllInteractions",
        "tags": [
          "Supervisor"
        ],
        "summary": "Every active interaction of the contact center",
        "description": "For supervisors (agents with the tenant role `supervisor`); anyone else gets statusCode 5. Paged, oldest first: `offset` and `limit` choose the page, `totalCount` says how many there are in all. A page may hold fewer than `limit` when its interactions are large (a page stays under half a megabyte); read on from `offset` + the number answered until that reaches `totalCount`.",
        "parameters": [
          {
            "name": "offset",
            "in": "query",
            "required": false,
            "description": "How many of the oldest interactions to skip.",
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
            "description": "At most how many interactions to answer.",
            "schema": {
              "type": "integer",
              "minimum": 1,
              "maximum": 1000,
              "default": 500
            }
          }
        ],
        "responses": {
          "200": {
            "description": "A page of the interactions, oldest first, each with its state and the agent it is with.",
            "content": {
              "application/json": {
                "schema": {
                  "title": "InteractionPage",
                  "description": "A page of the tenant's active interactions (supervisors).",
                  "type": "object",
                  "additionalProperties": false,
                  "required": [
                    "statusCode",
                    "interactions",
                    "totalCount",
                    "offset",
                    "limit"
                  ],
                  "properties": {
                    "statusCode": {
                      "type": "integer",
                      "const": 0
                    },
                    "interactions": {
                      "type": "array",
                      "items": {
                        "$ref": "#/components/schemas/Interaction"
                      }
                    },
                    "totalCount": {
                      "type": "integer",
                      "minimum": 0,
                      "description": "How many active interactions there are in all."
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
                },
                "example": {
                  "statusCode": 0,
                  "interactions": [
                    {
                      "id": "100000001",
                      "externalId": "ObjectId_001",
                      "state": "Processing",
                      "capabilities": [],
                      "interactionType": "nonlive",
                      "mediaType": "API Object",
                      "currentQueue": "CrmCallRouting",
                      "userData": {},
                      "receivedDate": "2025-01-15 10:42:07.125+0000",
                      "agentId": "5465"
                    }
                  ],
                  "totalCount": 1,
                  "offset": 0,
                  "limit": 500
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          },
          "403": {
            "$ref": "#/components/responses/NoPermission"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/InternalError"
          }
        }
      }
    },
    "/api/v2/me/workbins": {
      "get": {
        "operationId": "getMyWorkbins",
        "tags": [
          "Workbins"
        ],
        "summary": "The workbins the agent may use",
        "description": "Its own of every agent workbin, and the queue workbins of the tenant. A workbin's id is its name.",
        "parameters": [
          {
            "name": "fields",
            "in": "query",
            "required": false,
            "description": "Accepted for compatibility (`*`); the workbin objects are always returned.",
            "schema": {
              "type": "string"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The workbins.",
            "content": {
              "application/json": {
                "schema": {
                  "title": "WorkbinList",
                  "description": "The agent's workbins.",
                  "type": "object",
                  "additionalProperties": false,
                  "required": [
                    "statusCode",
                    "workbins"
                  ],
                  "properties": {
                    "statusCode": {
                      "type": "integer",
                      "const": 0
                    },
                    "workbins": {
                      "type": "array",
                      "items": {
                        "$ref": "#/components/schemas/Workbin"
                      }
                    }
                  }
                },
                "example": {
                  "statusCode": 0,
                  "workbins": [
                    {
                      "id": "FollowUp",
                      "workbinName": "FollowUp",
                      "workbinType": "agent"
                    },
                    {
                      "id": "Backlog",
                      "workbinName": "Backlog",
                      "workbinType": "queue",
                      "queue": "CrmCallRouting"
                    }
                  ]
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/InternalError"
          }
        }
      }
    },
    "/api/v2/me/workbins/{id}": {
      "post": {
        "operationId": "subscribeToMyWorkbin",
        "tags": [
          "Workbins"
        ],
        "summary": "Subscribe to (or unsubscribe from) a workbin's changes",
        "description": "The answer carries a referenceId; a WorkbinSubscriptionStateChangeMessage with it follows on\n`/v2/me/workbins`, then a WorkbinStateChangeMessage (ItemAdded / ItemRemoved) for every change.\n",
        "parameters": [
          {
            "name": "id",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string"
            }
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/WorkbinSubscriptionOperation"
              },
              "example": {
                "operationName": "Subscribe"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Accepted (statusCode 0), or refused (non-zero statusCode; 6 for an unknown workbin).",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/StatusResponse"
                },
                "example": {
                  "statusCode": 0,
                  "status": "ok",
                  "referenceId": 7
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          },
          "403": {
            "$ref": "#/components/responses/CsrfRefused"
          },
          "413": {
            "$ref": "#/components/responses/BadRequest"
          },
          "415": {
            "$ref": "#/components/responses/BadRequest"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/InternalError"
          }
        }
      }
    },
    "/api/v2/workbins/{id}": {
      "post": {
        "operationId": "operateOnWorkbin",
        "tags": [
          "Workbins"
        ],
        "summary": "Add an interaction the agent handles to a workbin, or pull one out to work on it",
        "description": "AddWorkitem parks it (the interaction notification says InWorkbin); PullInteraction (and its per-media\nnames PullWorkitem, PullEmail, PullChat) takes it out and gives it to the agent (Processing), when the\nagent is in its contact-center session with room for it.\n",
        "parameters": [
          {
            "name": "id",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string"
            }
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/WorkbinOperation"
              },
              "example": {
                "operationName": "PullInteraction",
                "id": "100000001"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Accepted (statusCode 0), or refused (non-zero statusCode).",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/StatusResponse"
                },
                "example": {
                  "statusCode": 0,
                  "status": "ok",
                  "referenceId": 7
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          },
          "403": {
            "$ref": "#/components/responses/CsrfRefused"
          },
          "413": {
            "$ref": "#/components/responses/BadRequest"
          },
          "415": {
            "$ref": "#/components/responses/BadRequest"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/InternalError"
          }
        }
      }
    },
    "/api/v2/workbins/{id}/workitems": {
      "get": {
        "operationId": "getWorkbinContent",
        "tags": [
          "Workbins"
        ],
        "summary": "What a workbin holds",
        "parameters": [
          {
            "name": "id",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "fields",
            "in": "query",
            "required": false,
            "schema": {
              "type": "string"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The parked interactions, oldest parked first, in the notification shape (state InWorkbin).",
            "content": {
              "application/json": {
                "schema": {
                  "title": "WorkbinContent",
                  "description": "The interactions parked in a workbin.",
                  "type": "object",
                  "additionalProperties": false,
                  "required": [
                    "statusCode",
                    "workitems"
                  ],
                  "properties": {
                    "statusCode": {
                      "type": "integer",
                      "const": 0
                    },
                    "workitems": {
                      "type": "array",
                      "items": {
                        "$ref": "#/components/schemas/Interaction"
                      }
                    }
                  }
                },
                "example": {
                  "statusCode": 0,
                  "workitems": [
                    {
                      "id": "100000001",
                      "externalId": "ObjectId_001",
                      "state": "InWorkbin",
                      "capabilities": [],
                      "interactionType": "nonlive",
                      "mediaType": "API Object",
                      "currentQueue": "CrmCallRouting",
                      "userData": {},
                      "receivedDate": "2025-01-15 10:42:07.125+0000",
                      "workbin": "FollowUp"
                    }
                  ]
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          },
          "404": {
            "$ref": "#/components/responses/BadRequest"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/InternalError"
          }
        }
      }
    },
    "/api/v2/interactions/{id}": {
      "get": {
        "operationId": "getInteraction",
        "tags": [
          "Me"
        ],
        "summary": "One interaction the agent is offered or handles",
        "description": "Any other interaction, of this agent's tenant or not, is not found (statusCode 6).",
        "parameters": [
          {
            "name": "id",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The interaction.",
            "content": {
              "application/json": {
                "schema": {
                  "title": "InteractionResponse",
                  "description": "One interaction the agent is offered or handles.",
                  "type": "object",
                  "additionalProperties": false,
                  "required": [
                    "statusCode",
                    "interaction"
                  ],
                  "properties": {
                    "statusCode": {
                      "type": "integer",
                      "const": 0
                    },
                    "interaction": {
                      "$ref": "#/components/schemas/Interaction"
                    }
                  }
                },
                "example": {
                  "statusCode": 0,
                  "interaction": {
                    "id": "100000001",
                    "externalId": "ObjectId_001",
                    "state": "Invited",
                    "capabilities": [
                      "Accept",
                      "Reject"
                    ],
                    "interactionType": "nonlive",
                    "mediaType": "API Object",
                    "currentQueue": "CrmCallRouting",
                    "userData": {
                      "clid": "+44123456789",
                      "urlLabel": "Click me",
                      "url": "https://developer.newvoicemedia.com"
                    },
                    "receivedDate": "2025-01-15 10:42:07.125+0000",
                    "messageTypeName": "InteractionStateMessage",
                    "notificationType": "StatusChange"
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          },
          "404": {
            "$ref": "#/components/responses/BadRequest"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/InternalError"
          }
        }
      }
    },
    "/api/v2/me/interactions": {
      "get": {
        "operationId": "getMyInteractions",
        "tags": [
          "Me"
        ],
        "summary": "The interactions offered to or handled by the agent",
        "parameters": [
          {
            "name": "fields",
            "in": "query",
            "required": false,
            "description": "`*` for the interaction objects (the shape of the notifications) instead of their URIs.",
            "schema": {
              "type": "string"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The agent's interactions, as URIs or (with `fields=*`) as objects.",
            "content": {
              "application/json": {
                "schema": {
                  "title": "MyInteractions",
                  "description": "The agent's interactions, as URIs (MyInteractionUris) or as objects (MyInteractionObjects).",
                  "oneOf": [
                    {
                      "type": "object",
                      "title": "MyInteractionUris",
                      "description": "Without `fields`, the URI of each interaction.",
                      "additionalProperties": false,
                      "required": [
                        "statusCode",
                        "uris"
                      ],
                      "properties": {
                        "statusCode": {
                          "type": "integer",
                          "const": 0
                        },
                        "uris": {
                          "type": "array",
                          "items": {
                            "type": "string"
                          }
                        }
                      }
                    },
                    {
                      "type": "object",
                      "title": "MyInteractionObjects",
                      "description": "With `fields=*`, each interaction in the shape of the notifications.",
                      "additionalProperties": false,
                      "required": [
                        "statusCode",
                        "interactions"
                      ],
                      "properties": {
                        "statusCode": {
                          "type": "integer",
                          "const": 0
                        },
                        "interactions": {
                          "type": "array",
                          "items": {
                            "$ref": "#/components/schemas/Interaction"
                          }
                        }
                      }
                    }
                  ]
                },
                "examples": {
                  "uris": {
                    "summary": "Without `fields`",
                    "value": {
                      "statusCode": 0,
                      "uris": [
                        "http://127.0.0.1:8080/api/v2/interactions/100000001"
                      ]
                    }
                  },
                  "objects": {
                    "summary": "With `fields=*`",
                    "value": {
                      "statusCode": 0,
                      "interactions": [
                        {
                          "id": "100000001",
                          "externalId": "ObjectId_001",
                          "state": "Invited",
                          "capabilities": [
                            "Accept",
                            "Reject"
                          ],
                          "interactionType": "nonlive",
                          "mediaType": "API Object",
                          "currentQueue": "CrmCallRouting",
                          "userData": {
                            "clid": "+44123456789",
                            "urlLabel": "Click me",
                            "url": "https://developer.newvoicemedia.com"
                          },
                          "receivedDate": "2025-01-15 10:42:07.125+0000",
                          "messageTypeName": "InteractionStateMessage",
                          "notificationType": "StatusChange"
                        }
                      ]
                    }
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/InternalError"
          }
        }
      },
      "post": {
        "operationId": "operateOnMyInteractions",
        "tags": [
          "Me"
        ],
        "summary": "GetWorkbinContent — the content arrives as a WorkbinContentMessage on `/v2/me/workbins`",
        "description": "Also accepted on `/api/v2/me/interactions/{id}`, where the vendor's 8.5.0 Interactions API Operations page documents it (the id plays no part).",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/InteractionOperation"
              },
              "example": {
                "operationName": "GetWorkbinContent",
                "workbin": "FollowUp"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Accepted (statusCode 0), or refused (non-zero statusCode).",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/StatusResponse"
                },
                "example": {
                  "statusCode": 0,
                  "status": "ok",
                  "referenceId": 7
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          },
          "403": {
            "$ref": "#/components/responses/CsrfRefused"
          },
          "413": {
            "$ref": "#/components/responses/BadRequest"
          },
          "415": {
            "$ref": "#/components/responses/BadRequest"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/InternalError"
          }
        }
      }
    },
    "/api/v2/me/interactions/{id}": {
      "post": {
        "operationId": "operateOnMyInteraction",
        "tags": [
          "Me"
        ],
        "summary": "An operation on an interaction offered to or handled by the agent",
        "description": "Accepted for processing: the change itself arrives as a notification on `/v2/me/interactions`. An\noperation the interaction's state does not allow answers statusCode 2; one its provider does not permit,\n3; an interaction the agent neither owns nor is offered is not found (6).\n",
        "parameters": [
          {
            "name": "id",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string"
            }
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/InteractionOperation"
              },
              "examples": {
                "accept": {
                  "summary": "Accept an invitation",
                  "value": {
                    "operationName": "Accept"
                  }
                },
                "transfer": {
                  "summary": "Single-step transfer to another agent",
                  "value": {
                    "operationName": "SingleStepTransfer",
                    "userId": "5465"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Accepted for processing (statusCode 0), or refused (non-zero statusCode).",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/StatusResponse"
                },
                "examples": {
                  "accepted": {
                    "summary": "Accepted; the notification it causes carries the same referenceId",
                    "value": {
                      "statusCode": 0,
                      "status": "ok",
                      "referenceId": 7
                    }
                  },
                  "wrongState": {
                    "summary": "Not valid in the interaction's state",
                    "value": {
                      "statusCode": 2,
                      "statusMessage": "the interaction was already accepted"
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          },
          "403": {
            "$ref": "#/components/responses/CsrfRefused"
          },
          "413": {
            "$ref": "#/components/responses/BadRequest"
          },
          "415": {
            "$ref": "#/components/responses/BadRequest"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/InternalError"
          }
        }
      }
    }
  },
  "components": {
    "securitySchemes": {
      "basicAuth": {
        "type": "http",
        "scheme": "basic"
      },
      "sessionCookie": {
        "type": "apiKey",
        "in": "cookie",
        "name": "JSESSIONID"
      }
    },
    "responses": {
      "CsrfRefused": {
        "description": "The tenant has CSRF protection on and the request lacks the session's token.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/StatusResponse"
            },
            "example": {
              "statusCode": 3,
              "statusMessage": "Missing or invalid Csrf token"
            }
          }
        }
      },
      "BadRequest": {
        "description": "The body is malformed, too large or lacks a required parameter.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/StatusResponse"
            },
            "example": {
              "statusCode": 1,
              "statusMessage": "Parameter 'operationName' is missing"
            }
          }
        }
      },
      "Unauthenticated": {
        "description": "No valid credentials or session.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/StatusResponse"
            },
            "example": {
              "statusCode": 20,
              "statusMessage": "Access denied, authentication required"
            }
          }
        }
      },
      "TooManyRequests": {
        "description": "Too many requests from this agent; wait the `Retry-After` seconds.",
        "headers": {
          "Retry-After": {
            "description": "Seconds to wait before the next request.",
            "schema": {
              "type": "integer",
              "minimum": 0
            }
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/StatusResponse"
            },
            "example": {
              "statusCode": 3,
              "statusMessage": "Too many requests: at most 1200 a minute; retry after 1 minute"
            }
          }
        }
      },
      "NoPermission": {
        "description": "The user's role does not allow this (statusCode 5).",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/StatusResponse"
            },
            "example": {
              "statusCode": 5,
              "statusMessage": "Only supervisors may list every interaction"
            }
          }
        }
      },
      "InternalError": {
        "description": "A service behind the gateway failed or is unreachable.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/StatusResponse"
            },
            "example": {
              "statusCode": 4,
              "statusMessage": "The interactions service is unavailable"
            }
          }
        }
      }
    },
    "schemas": {
      "StatusCode": {
        "title": "StatusCode",
        "type": "integer",
        "description": "0 success, 1 required parameter missing, 2 not valid in the current state, 3 forbidden,\n4 internal error, 5 no permission, 6 not found, 10 input validation, 20 not authenticated (the vendor's\nReturn Values page, https://docs.genesys.com/Documentation/HTCC/8.5.1/API/ReturnValues).\n",
        "enum": [
          0,
          1,
          2,
          3,
          4,
          5,
          6,
          10,
          20
        ]
      },
      "StatusResponse": {
        "title": "StatusResponse",
        "description": "The body of an operation: `statusCode` 0 on success, else a non-zero `statusCode` with `statusMessage`.",
        "oneOf": [
          {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "statusCode"
            ],
            "properties": {
              "statusCode": {
                "type": "integer",
                "const": 0
              },
              "status": {
                "type": "string",
                "const": "ok",
                "description": "Sent where the vendor's 8.5.0 Interactions API Operations page shows it."
              },
              "referenceId": {
                "type": "integer",
                "description": "An interaction operation's reference; the notification it causes carries it too."
              }
            }
          },
          {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "statusCode",
              "statusMessage"
            ],
            "properties": {
              "statusCode": {
                "$ref": "#/components/schemas/StatusCode"
              },
              "statusMessage": {
                "type": "string"
              }
            }
          }
        ]
      },
      "ChannelOperation": {
        "title": "ChannelOperation",
        "description": "An operation on one of the agent's channels.",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "operationName"
        ],
        "properties": {
          "operationName": {
            "type": "string",
            "enum": [
              "Ready",
              "NotReady"
            ]
          },
          "reason": {
            "type": "string",
            "description": "The not-ready reason (NotReady only)."
          }
        }
      },
      "InteractionOperation": {
        "title": "InteractionOperation",
        "description": "An operation on an interaction (or, for GetWorkbinContent, on a workbin); `operationName` says which and which other properties apply.",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "operationName"
        ],
        "properties": {
          "operationName": {
            "type": "string",
            "enum": [
              "Accept",
              "Reject",
              "Cancel",
              "Complete",
              "StopProcessing",
              "PlaceInQueue",
              "SingleStepTransfer",
              "Transfer",
              "AttachUserData",
              "UpdateUserData",
              "DeleteUserData",
              "PlaceInWorkbin",
              "GetWorkbinContent",
              "Retrieve"
            ],
            "description": "StopProcessing is Complete (with `queueName`, the interaction goes on through that queue); Transfer is\nSingleStepTransfer; Cancel gives up accepted, unfinished work (it waits for an agent again); Retrieve\ntakes back an interaction held (or parked) through another dialect, e.g. an ICWS hold.\n"
          },
          "userData": {
            "type": "object",
            "description": "Attach/Update/DeleteUserData — the keys (and for attach and update, values; nested kept). At most 100 keys\nin one request, each at most 256 characters, a string value at most 32,768 characters; an interaction holds\nat most 64 KiB of user data in all (as JSON), a change past that is 400.\n",
            "maxProperties": 100,
            "propertyNames": {
              "type": "string",
              "minLength": 1,
              "maxLength": 256
            },
            "additionalProperties": {
              "type": [
                "string",
                "number",
                "boolean",
                "null",
                "object",
                "array"
              ],
              "maxLength": 32768
            }
          },
          "queueName": {
            "type": "string",
            "minLength": 1,
            "description": "PlaceInQueue (and optionally Complete) — the named route to place it in."
          },
          "workbin": {
            "type": "string",
            "minLength": 1,
            "description": "PlaceInWorkbin and GetWorkbinContent — the workbin's id (its name)."
          },
          "userId": {
            "type": "string",
            "minLength": 1,
            "description": "SingleStepTransfer — the target agent (id or username)."
          }
        }
      },
      "Interaction": {
        "title": "Interaction",
        "type": "object",
        "description": "An interaction as the agent's desktop shows it — the shape of the CometD notifications.",
        "additionalProperties": false,
        "required": [
          "id",
          "state",
          "capabilities",
          "interactionType",
          "mediaType",
          "userData",
          "receivedDate"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "externalId": {
            "type": "string"
          },
          "state": {
            "type": "string",
            "enum": [
              "Invited",
              "Processing",
              "Held",
              "InWorkbin",
              "Queued"
            ],
            "description": "Queued — waiting for an agent or in its plan (only in a supervisor's list); Held — on hold (e.g. an ICWS hold), Retrieve takes it back."
          },
          "capabilities": {
            "type": "array",
            "items": {
              "type": "string",
              "enum": [
                "Accept",
                "Reject",
                "Complete",
                "Cancel",
                "AttachUserData",
                "UpdateUserData",
                "DeleteUserData",
                "PlaceInQueue",
                "PlaceInWorkbin",
                "SingleStepTransfer",
                "Retrieve"
              ]
            }
          },
          "interactionType": {
            "type": "string",
            "enum": [
              "live",
              "chat",
              "nonlive"
            ]
          },
          "mediaType": {
            "type": "string"
          },
          "currentQueue": {
            "type": "string"
          },
          "userData": {
            "type": "object",
            "additionalProperties": true
          },
          "receivedDate": {
            "type": "string"
          },
          "workbin": {
            "type": "string",
            "description": "InWorkbin — the workbin it is parked in."
          },
          "agentId": {
            "type": "string",
            "description": "A supervisor's list — the agent it is offered to or handled by."
          },
          "messageTypeName": {
            "type": "string",
            "const": "InteractionStateMessage"
          },
          "notificationType": {
            "type": "string",
            "enum": [
              "StatusChange",
              "PropertiesUpdated"
            ]
          }
        }
      },
      "Workbin": {
        "title": "Workbin",
        "description": "A workbin the agent may use: its own (agent) or one shared by the tenant's agents (queue).",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "id",
          "workbinName",
          "workbinType"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "The workbin's id (its name)."
          },
          "workbinName": {
            "type": "string"
          },
          "workbinType": {
            "type": "string",
            "enum": [
              "agent",
              "queue"
            ],
            "description": "agent — the agent's own; queue — shared by the tenant's agents."
          },
          "queue": {
            "type": "string",
            "description": "A queue workbin's named route."
          }
        }
      },
      "WorkbinOperation": {
        "title": "WorkbinOperation",
        "description": "Adds an interaction to a workbin, or pulls one out of it.",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "operationName",
          "id"
        ],
        "properties": {
          "operationName": {
            "type": "string",
            "enum": [
              "AddWorkitem",
              "PullInteraction",
              "PullWorkitem",
              "PullEmail",
              "PullChat"
            ]
          },
          "id": {
            "type": "string",
            "minLength": 1,
            "description": "The interaction."
          }
        }
      },
      "WorkbinSubscriptionOperation": {
        "title": "WorkbinSubscriptionOperation",
        "description": "Subscribes to, or unsubscribes from, a workbin's changes.",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "operationName"
        ],
        "properties": {
          "operationName": {
            "type": "string",
            "enum": [
              "Subscribe",
              "Unsubscribe"
            ]
          }
        }
      },
      "MeOperation": {
        "title": "MeOperation",
        "description": "Starts or ends the agent's contact-center session, or sets its readiness on every channel.",
        "type": "object",
        "required": [
          "operationName"
        ],
        "properties": {
          "operationName": {
            "type": "string",
            "enum": [
              "StartContactCenterSession",
              "EndContactCenterSession",
              "Ready",
              "NotReady"
            ]
          },
          "channels": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "place": {
            "type": "string"
          },
          "reason": {
            "type": "string",
            "description": "The not-ready reason (NotReady only)."
          }
        }
      },
      "MeResponse": {
        "title": "MeResponse",
        "description": "The signed-in agent.",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "statusCode",
          "user"
        ],
        "properties": {
          "statusCode": {
            "type": "integer",
            "const": 0
          },
          "user": {
            "$ref": "#/components/schemas/User"
          }
        }
      },
      "User": {
        "title": "User",
        "description": "An agent as GWS shows it.",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "id",
          "userName",
          "roles",
          "loggedIn",
          "ready"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "The agent's display id."
          },
          "userName": {
            "type": "string"
          },
          "roles": {
            "type": "array",
            "description": "What the user may do, as GWS names its roles: every user is an agent (`ROLE_AGENT`); a supervisor (the\ntenant file's `role: supervisor`) is `ROLE_SUPERVISOR` too, and reads every interaction of the tenant,\nits statistics and its routing. A desktop shows the supervisor view by it.\n",
            "items": {
              "type": "string",
              "enum": [
                "ROLE_AGENT",
                "ROLE_SUPERVISOR"
              ]
            }
          },
          "loggedIn": {
            "type": "boolean",
            "description": "Whether the contact-center session is started."
          },
          "ready": {
            "type": "boolean",
            "description": "Whether the agent receives new interactions."
          },
          "skills": {
            "type": "array",
            "description": "With `subresources=*` only (GWS Users API), the skills assigned to the agent.",
            "items": {
              "$ref": "#/components/schemas/Skill"
            }
          }
        }
      },
      "Skill": {
        "title": "Skill",
        "description": "A skill assigned to the agent, as the GWS Skills API shows a Skill object: its id and name (Switchboard\nnames a skill by its name, so both are the name), and the agent's level in it (1–10).\n",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "id",
          "name",
          "level"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "name": {
            "type": "string"
          },
          "level": {
            "type": "integer",
            "minimum": 1,
            "maximum": 10
          }
        }
      }
    }
  }
};
