/* eslint-disable */
// ---------------------------------------------------------------------------------------------
// GENERATED FILE — DO NOT EDIT. Generated from contracts/openapi/icws.openapi.yaml by tools/codegen.
// Edit the contract and run `npm run codegen`; `npm run codegen:check` fails on any drift.
// ---------------------------------------------------------------------------------------------

export const icwsDocument: Readonly<Record<string, unknown>> = {
  "openapi": "3.1.0",
  "info": {
    "title": "Switchboard — ICWS (PureConnect Interaction Center Web Services)",
    "version": "1.0.0",
    "summary": "The ICWS surface a PureConnect client (a desktop, a dashboard, a bot) uses, as served by Switchboard.",
    "description": "Wire-compatible implementation of the ICWS session, interaction, queue-subscription and messaging resources\n(the vendor's ICWS reference, https://help.genesys.com/developer/cic/docs/icws/webhelp/). Where the vendor\ndocuments nothing (success status codes of actions and subscriptions, the cookie's name, error ids) this\ncontract is the definition.\n\n**Sessions.** `POST /icws/connection` signs an agent in (any tenant; user names are case-insensitive) and\nanswers 201 with `sessionId` and `csrfToken`, the same two values in the `ININ-ICWS-Session-ID` and\n`ININ-ICWS-CSRF-Token` headers, and a session cookie named `icws_<sessionId>` (HttpOnly, `Path=/icws`; one\ncookie per session, so one client may hold several sessions). Every later request needs all three: the\nsession id in the path, the `ININ-ICWS-CSRF-Token` header and the cookie; without any of them, or once the\nsession has ended (`DELETE /icws/{sessionId}/connection`) or expired (12 hours), the answer is 401 with\n`WWW-Authenticate: ICWS realm=\"ICWS\" location=\"/ICWS/connection\"`. The one exception is the server-sent-event\nform of `GET …/messaging/messages`: a browser's `EventSource` cannot send headers, so there the CSRF header\nmay be left out (a wrong one is still refused). A session acts as its user, in its user's tenant, and\nnothing else. Switchboard never answers 410: a session that is gone is 401, as above.\n\n**Media types.** Bodies may be sent as `application/vnd.inin.icws+json` (any case, with or without a\ncharset, as the official SDK sends `application/vnd.inin.icws+JSON;charset=utf-8`) or as `application/json`.\nEvery JSON answer is `application/vnd.inin.icws+json;charset=utf-8`, the only type the official SDK parses.\n\n**Polymorphic bodies** carry a `__type` URN; an unknown `__type` is 400.\n\n**Attributes.** Interaction attributes are strings, and their names are case-insensitive everywhere (select,\nsubscriptions, updates); an answer names an attribute as the request spelled it. `Eic_*` attributes are the\nsystem's: setting one is 400. Any other attribute is a custom attribute, the same data GWS clients see as the\ninteraction's `userData`. `Eic_State` uses the vendor's one-letter codes (`A` alerting, `C` connected,\n`H` held, `M` messaging, `O` offering, `P` parked, `R` proceeding, `X` suspended, `S` system, `I` internally\nand `E` externally disconnected).\n\n**Queues.** A queue is named by `{queueType, queueName}`: 2 Workgroup = one of the tenant's named routes\n(matched case-insensitively); 1 User = the interactions offered to, connected to, held or parked by that\nuser; 0 System and 3 Station are accepted with a user name as `queueName` and mean that user's queue (the\nofficial sample subscribes `{queueType: 0, queueName: <its own user>}`); any other System or Station name is\n404. A user may see its own queue and the workgroups it is a member of (the tenant file lists an agent's\nworkgroups; an agent that lists none is a member of every one); a user with the supervisor role sees every\nqueue. Another queue is 403. The same rule answers for an interaction, however it is asked (its attributes, a\npickup): a user sees its own and those that came through its workgroups, a supervisor every one; one it may\nnot see is 404, exactly as one that does not exist.\n\n**Messages** are fetched from `GET /icws/{sessionId}/messaging/messages` (short poll: it answers at once with\nwhat is waiting, `[]` when nothing, each message once and in order) or streamed from the same URL as\nserver-sent events with `Accept: text/event-stream`.\n\n**Null is absent.** An optional property of a request body sent as `null` is read as if it were not sent\n(Java, Kotlin and Rust clients generated from this contract send `null` for the optional fields they do not\nset); a required property cannot be `null`. Attribute values are data, not\noptional properties: `null` as an attribute's value is refused.\n\nEvery request is rate-limited per session (per address before a session exists); past the limit the answer\nis 429 with `Retry-After` (seconds).\n",
    "contact": {
      "name": "Switchboard maintainers"
    },
    "license": {
      "name": "Apache-2.0",
      "identifier": "Apache-2.0"
    }
  },
  "externalDocs": {
    "description": "The vendor's ICWS reference",
    "url": "https://help.genesys.com/developer/cic/docs/icws/webhelp/"
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
      "name": "Connection",
      "description": "Sessions and server information."
    },
    {
      "name": "Interactions",
      "description": "Create interactions, read and set their attributes, act on them."
    },
    {
      "name": "Messaging",
      "description": "Queue subscriptions, interaction watches and the session's message queue."
    }
  ],
  "security": [
    {
      "csrfToken": []
    }
  ],
  "paths": {
    "/icws/connection": {
      "post": {
        "operationId": "createConnection",
        "tags": [
          "Connection"
        ],
        "summary": "Sign in and open a session",
        "description": "Only `icAuthConnectionRequestSettings` (user name and password) is supported; any other `__type`\n(auth-token or single-sign-on settings) is 400. Wrong credentials are 400 with `errorId`\n`error.request.connection.authenticationFailure`, the status the official SDK maps for this call.\n`include` may ask for `version` and `features`, which the answer then carries; other values are ignored.\n",
        "security": [],
        "parameters": [
          {
            "name": "Accept-Language",
            "in": "header",
            "required": true,
            "description": "The session's language for its whole life, e.g. `en-us`. Without it, 400.",
            "schema": {
              "type": "string",
              "minLength": 1
            }
          },
          {
            "name": "include",
            "in": "query",
            "required": false,
            "description": "A comma-separated list of extras for the answer (`version`, `features`).",
            "schema": {
              "type": "string"
            }
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/vnd.inin.icws+json": {
              "schema": {
                "$ref": "#/components/schemas/ConnectionRequestSettings"
              },
              "example": {
                "__type": "urn:inin.com:connection:icAuthConnectionRequestSettings",
                "applicationName": "Switchboard desktop",
                "userID": "AgentUsername",
                "password": "demo-password"
              }
            },
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ConnectionRequestSettings"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The session is open.",
            "headers": {
              "ININ-ICWS-Session-ID": {
                "description": "The session id, the same as `sessionId` in the body.",
                "schema": {
                  "type": "string"
                }
              },
              "ININ-ICWS-CSRF-Token": {
                "description": "The CSRF token, the same as `csrfToken` in the body; send it on every later request.",
                "schema": {
                  "type": "string"
                }
              },
              "Set-Cookie": {
                "description": "`icws_<sessionId>=<secret>; Path=/icws; HttpOnly; SameSite=Strict`; send it on every later request.",
                "schema": {
                  "type": "string"
                }
              },
              "Location": {
                "description": "The session's connection resource, `/icws/<sessionId>/connection`.",
                "schema": {
                  "type": "string"
                }
              }
            },
            "content": {
              "application/vnd.inin.icws+json": {
                "schema": {
                  "$ref": "#/components/schemas/ConnectionResponse"
                },
                "example": {
                  "csrfToken": "lkiUFelYI4fTjYRdX3BpXoDobFiiqi4q",
                  "sessionId": "Zq3vQ9sT0bX2mK7cL1pW4eRj",
                  "userID": "AgentUsername",
                  "userDisplayName": "AgentUsername",
                  "icServer": "switchboard",
                  "alternateHostList": []
                }
              }
            }
          },
          "400": {
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
    "/icws/connection/version": {
      "get": {
        "operationId": "getServerVersion",
        "tags": [
          "Connection"
        ],
        "summary": "The server's version",
        "security": [],
        "responses": {
          "200": {
            "description": "The version.",
            "content": {
              "application/vnd.inin.icws+json": {
                "schema": {
                  "$ref": "#/components/schemas/ServerVersion"
                },
                "example": {
                  "majorVersion": 1,
                  "minorVersion": 0,
                  "su": 0,
                  "productId": "Switchboard",
                  "productReleaseDisplayString": "Switchboard 1.0"
                }
              }
            }
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/icws/connection/features": {
      "get": {
        "operationId": "getServerFeatures",
        "tags": [
          "Connection"
        ],
        "summary": "The feature namespaces the server implements, with their versions",
        "description": "`messaging` is version 2, so clients may use server-sent events.",
        "security": [],
        "responses": {
          "200": {
            "description": "The features.",
            "content": {
              "application/vnd.inin.icws+json": {
                "schema": {
                  "$ref": "#/components/schemas/FeatureInfoList"
                },
                "example": {
                  "featureInfoList": [
                    {
                      "featureId": "connection",
                      "version": 1
                    },
                    {
                      "featureId": "interactions",
                      "version": 1
                    },
                    {
                      "featureId": "messaging",
                      "version": 2
                    },
                    {
                      "featureId": "queues",
                      "version": 1
                    }
                  ]
                }
              }
            }
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/icws/{sessionId}/connection": {
      "parameters": [
        {
          "$ref": "#/components/parameters/SessionId"
        }
      ],
      "get": {
        "operationId": "getConnection",
        "tags": [
          "Connection"
        ],
        "summary": "The session's connection state",
        "responses": {
          "200": {
            "description": "The session is up.",
            "content": {
              "application/vnd.inin.icws+json": {
                "schema": {
                  "$ref": "#/components/schemas/ConnectionSettings"
                },
                "example": {
                  "connectionState": 1
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
          }
        }
      },
      "delete": {
        "operationId": "deleteConnection",
        "tags": [
          "Connection"
        ],
        "summary": "Sign out",
        "description": "The session ends with its queue subscriptions and messages; later requests with it are 401.",
        "responses": {
          "204": {
            "description": "The session has ended."
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
    "/icws/{sessionId}/interactions": {
      "parameters": [
        {
          "$ref": "#/components/parameters/SessionId"
        }
      ],
      "post": {
        "operationId": "createInteraction",
        "tags": [
          "Interactions"
        ],
        "summary": "Make a call, or create a callback or a generic interaction",
        "description": "A call is the user's own call to `target`, connected to it at once (`workgroup`, when given, is the\nworkgroup it dials for); a call the user is on meanwhile is put on hold, as a phone does (400 while a call\nis still being offered to the user). A callback or a generic interaction is queued in its workgroup queue\n(`targetQueue` / `queueId`, queueType 2) and routed from there. The new interaction appears in the queues\nit belongs to, so queue subscriptions report it. `additionalAttributes` become custom attributes.\n",
        "requestBody": {
          "required": true,
          "content": {
            "application/vnd.inin.icws+json": {
              "schema": {
                "$ref": "#/components/schemas/CreateInteractionParameters"
              },
              "examples": {
                "call": {
                  "summary": "A call to a number, for a workgroup",
                  "value": {
                    "__type": "urn:inin.com:interactions:createCallParameters",
                    "target": "3175551234",
                    "workgroup": "CrmCallRouting"
                  }
                },
                "callback": {
                  "summary": "A callback request queued in a workgroup",
                  "value": {
                    "__type": "urn:inin.com:interactions.callback:createCallbackParameters",
                    "target": "3175551234",
                    "targetQueue": {
                      "queueType": 2,
                      "queueName": "CrmCallRouting"
                    },
                    "subject": "Billing question",
                    "name": "Ann Caller"
                  }
                },
                "generic": {
                  "summary": "A generic work item",
                  "value": {
                    "__type": "urn:inin.com:interactions:createGenericInteractionParameters",
                    "queueId": {
                      "queueType": 2,
                      "queueName": "Route Interaction NR"
                    },
                    "interactionDirection": 1,
                    "remoteName": "CRM case 42"
                  }
                }
              }
            },
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreateInteractionParameters"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "Created.",
            "headers": {
              "Location": {
                "description": "The interaction, `/icws/<sessionId>/interactions/<interactionId>`.",
                "schema": {
                  "type": "string"
                }
              }
            },
            "content": {
              "application/vnd.inin.icws+json": {
                "schema": {
                  "$ref": "#/components/schemas/InteractionCreated"
                },
                "example": {
                  "interactionId": "100000002"
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
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
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
    "/icws/{sessionId}/interactions/{interactionId}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/SessionId"
        },
        {
          "$ref": "#/components/parameters/InteractionId"
        }
      ],
      "get": {
        "operationId": "getInteractionAttributes",
        "tags": [
          "Interactions"
        ],
        "summary": "Read attributes of an interaction",
        "description": "Exactly the attributes named in `select`, under the names as asked, every value a string (an attribute\nwithout a value is `\"\"`). Without `select`, only `Eic_CallId`. An interaction that does not exist, or\nthat the user may not see, is 404.\n",
        "parameters": [
          {
            "name": "select",
            "in": "query",
            "required": false,
            "description": "A comma-separated list of attribute names (case-insensitive), e.g. `Eic_State,Eic_RemoteName`.",
            "schema": {
              "type": "string"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The attributes.",
            "content": {
              "application/vnd.inin.icws+json": {
                "schema": {
                  "$ref": "#/components/schemas/InteractionAttributes"
                },
                "example": {
                  "attributes": {
                    "Eic_State": "C",
                    "Eic_RemoteName": "Ann Caller"
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
          "404": {
            "$ref": "#/components/responses/NotFound"
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
        "operationId": "setInteractionAttributes",
        "tags": [
          "Interactions"
        ],
        "summary": "Set custom attributes of an interaction",
        "description": "Sets (or with `appendMode` appends to) custom attributes; subscribers of the interaction's queues see the\nchange. An `Eic_*` name is 400. The interaction must be one the user handles (else 404).\n",
        "requestBody": {
          "required": true,
          "content": {
            "application/vnd.inin.icws+json": {
              "schema": {
                "$ref": "#/components/schemas/InteractionAttributesUpdate"
              },
              "example": {
                "attributes": {
                  "CaseNumber": "42"
                }
              }
            },
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/InteractionAttributesUpdate"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Set."
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
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
    "/icws/{sessionId}/interactions/{interactionId}/pickup": {
      "parameters": [
        {
          "$ref": "#/components/parameters/SessionId"
        },
        {
          "$ref": "#/components/parameters/InteractionId"
        }
      ],
      "post": {
        "operationId": "pickupInteraction",
        "tags": [
          "Interactions"
        ],
        "summary": "Pick up an interaction",
        "description": "Offered to the user: answers it. Held or parked by the user: takes it back. Waiting in a workgroup queue\nthe user is a member of (a supervisor: any): connects it to the user directly. Then `Eic_State` is `C`.\nPicking up a call while on another holds that one first (`Eic_State` `H`): a user may hold several calls and\nbe connected to one. Routing still never offers a call to a user who has one, held or not. An interaction\nthe user may not see is 404. A body, if any, is ignored.\n",
        "responses": {
          "200": {
            "description": "Done; the change shows in the interaction's attributes and its queues' subscriptions."
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
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
    "/icws/{sessionId}/interactions/{interactionId}/disconnect": {
      "parameters": [
        {
          "$ref": "#/components/parameters/SessionId"
        },
        {
          "$ref": "#/components/parameters/InteractionId"
        }
      ],
      "post": {
        "operationId": "disconnectInteraction",
        "tags": [
          "Interactions"
        ],
        "summary": "Disconnect an interaction",
        "description": "The interaction ends (`Eic_State` `I`) and leaves every queue. A body, if any, is ignored.",
        "responses": {
          "200": {
            "description": "Done; the change shows in the interaction's attributes and its queues' subscriptions."
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
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
    "/icws/{sessionId}/interactions/{interactionId}/hold": {
      "parameters": [
        {
          "$ref": "#/components/parameters/SessionId"
        },
        {
          "$ref": "#/components/parameters/InteractionId"
        }
      ],
      "post": {
        "operationId": "holdInteraction",
        "tags": [
          "Interactions"
        ],
        "summary": "Put an interaction on hold, or take it off hold",
        "description": "`on: true` holds it (`Eic_State` `H`); `on: false` takes it back (`C`).",
        "requestBody": {
          "required": true,
          "content": {
            "application/vnd.inin.icws+json": {
              "schema": {
                "$ref": "#/components/schemas/OnOffParameters"
              },
              "example": {
                "on": true
              }
            },
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/OnOffParameters"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Done; the change shows in the interaction's attributes and its queues' subscriptions."
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
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
    "/icws/{sessionId}/interactions/{interactionId}/mute": {
      "parameters": [
        {
          "$ref": "#/components/parameters/SessionId"
        },
        {
          "$ref": "#/components/parameters/InteractionId"
        }
      ],
      "post": {
        "operationId": "muteInteraction",
        "tags": [
          "Interactions"
        ],
        "summary": "Mute or unmute the user on an interaction",
        "description": "`Eic_Muted` becomes `\"1\"` (on) or `\"0\"` (off).",
        "requestBody": {
          "required": true,
          "content": {
            "application/vnd.inin.icws+json": {
              "schema": {
                "$ref": "#/components/schemas/OnOffParameters"
              },
              "example": {
                "on": true
              }
            },
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/OnOffParameters"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Done; the change shows in the interaction's attributes and its queues' subscriptions."
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
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
    "/icws/{sessionId}/interactions/{interactionId}/pause": {
      "parameters": [
        {
          "$ref": "#/components/parameters/SessionId"
        },
        {
          "$ref": "#/components/parameters/InteractionId"
        }
      ],
      "post": {
        "operationId": "pauseInteractionRecording",
        "tags": [
          "Interactions"
        ],
        "summary": "Pause or resume the recording of an interaction",
        "requestBody": {
          "required": true,
          "content": {
            "application/vnd.inin.icws+json": {
              "schema": {
                "$ref": "#/components/schemas/OnOffParameters"
              },
              "example": {
                "on": true
              }
            },
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/OnOffParameters"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Done; the change shows in the interaction's attributes and its queues' subscriptions."
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
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
    "/icws/{sessionId}/interactions/{interactionId}/record": {
      "parameters": [
        {
          "$ref": "#/components/parameters/SessionId"
        },
        {
          "$ref": "#/components/parameters/InteractionId"
        }
      ],
      "post": {
        "operationId": "recordInteraction",
        "tags": [
          "Interactions"
        ],
        "summary": "Start or stop recording an interaction",
        "description": "The user is added to (on) or removed from `Eic_Recorders` — or, with `supervisor: true`, `Eic_RecordersSupv`\n— a comma-separated list of user names.\n",
        "requestBody": {
          "required": true,
          "content": {
            "application/vnd.inin.icws+json": {
              "schema": {
                "$ref": "#/components/schemas/RecordParameters"
              },
              "example": {
                "on": true,
                "supervisor": false
              }
            },
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/RecordParameters"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Done; the change shows in the interaction's attributes and its queues' subscriptions."
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
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
    "/icws/{sessionId}/interactions/{interactionId}/park": {
      "parameters": [
        {
          "$ref": "#/components/parameters/SessionId"
        },
        {
          "$ref": "#/components/parameters/InteractionId"
        }
      ],
      "post": {
        "operationId": "parkInteraction",
        "tags": [
          "Interactions"
        ],
        "summary": "Park an interaction",
        "description": "It is held and shows as parked (`Eic_State` `P`) in the user's queue; `pickup` takes it back. Parking on\nanother user's or a workgroup's queue is not supported: a `target` or `queueID` other than the user's own\nqueue is 400.\n",
        "requestBody": {
          "required": false,
          "content": {
            "application/vnd.inin.icws+json": {
              "schema": {
                "$ref": "#/components/schemas/TransferParameters"
              }
            },
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/TransferParameters"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Done; the change shows in the interaction's attributes and its queues' subscriptions."
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
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
    "/icws/{sessionId}/interactions/{interactionId}/blind-transfer": {
      "parameters": [
        {
          "$ref": "#/components/parameters/SessionId"
        },
        {
          "$ref": "#/components/parameters/InteractionId"
        }
      ],
      "post": {
        "operationId": "blindTransferInteraction",
        "tags": [
          "Interactions"
        ],
        "summary": "Transfer an interaction to a user or a workgroup without consulting",
        "description": "Exactly one of `target` and `queueID`. `target` is a user: `user:<name>` or a bare user name. `queueID`\nnames a user queue (types 0, 1, 3) or a workgroup (2). To a user, the interaction is offered to that user;\nto a workgroup, it is queued there and routed. It leaves the transferring user's queue.\n",
        "requestBody": {
          "required": true,
          "content": {
            "application/vnd.inin.icws+json": {
              "schema": {
                "$ref": "#/components/schemas/TransferParameters"
              },
              "examples": {
                "user": {
                  "summary": "To a user",
                  "value": {
                    "target": "user:alice"
                  }
                },
                "workgroup": {
                  "summary": "To a workgroup queue",
                  "value": {
                    "queueID": {
                      "queueType": 2,
                      "queueName": "CrmCallRouting"
                    }
                  }
                }
              }
            },
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/TransferParameters"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Done; the change shows in the interaction's attributes and its queues' subscriptions."
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
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
    "/icws/{sessionId}/messaging/subscriptions/queues/{subscriptionId}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/SessionId"
        },
        {
          "name": "subscriptionId",
          "in": "path",
          "required": true,
          "description": "Any string the client chooses; messages of the subscription echo it.",
          "schema": {
            "type": "string",
            "minLength": 1,
            "maxLength": 200
          }
        }
      ],
      "put": {
        "operationId": "subscribeToQueues",
        "tags": [
          "Messaging"
        ],
        "summary": "Subscribe to queues (create or replace)",
        "description": "The first message of the subscription (and of a replaced one) is a `queueContentsMessage` with\n`isDelta: false` listing every interaction in the queues with the subscribed attributes; then deltas:\n`interactionsAdded`, `interactionsChanged` (only the subscribed attributes that changed) and\n`interactionsRemoved`. `attributeFilter` keeps only the interactions it matches; `queueResultLimit` shows\nthe first `limitCount` of them in its `resultOrder` (or in queue order), with `queueResultLimitExceeded`\nwhile more match, and deltas keep that window: when an interaction leaves it the next one comes in as\n`interactionsAdded`, and one pushed out by a newcomer goes as `interactionsRemoved`. Both are per\nsubscription; a PUT again with other values sends a new snapshot. A filter more than 5 groups deep or of\nmore than 100 items in all is 400 (`error.request.invalidRepresentation.invalidProperty`). A queue that\ndoes not exist is 404; another user's queue or a workgroup the user is not a member of, unless the user is\na supervisor, is 403.\n",
        "requestBody": {
          "required": true,
          "content": {
            "application/vnd.inin.icws+json": {
              "schema": {
                "$ref": "#/components/schemas/QueueSubscriptionParameters"
              },
              "example": {
                "queueIds": [
                  {
                    "queueType": 1,
                    "queueName": "AgentUsername"
                  },
                  {
                    "queueType": 2,
                    "queueName": "CrmCallRouting"
                  }
                ],
                "attributeNames": [
                  "Eic_State",
                  "Eic_RemoteName",
                  "Eic_WorkgroupName"
                ]
              }
            },
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/QueueSubscriptionParameters"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Subscribed; the snapshot follows as a message."
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
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
      },
      "delete": {
        "operationId": "unsubscribeFromQueues",
        "tags": [
          "Messaging"
        ],
        "summary": "End a queue subscription",
        "description": "No body. Ending a subscription that does not exist is not an error.",
        "responses": {
          "200": {
            "description": "Unsubscribed; no more messages of it are queued."
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
    "/icws/{sessionId}/messaging/subscriptions/interactions/{interactionId}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/SessionId"
        },
        {
          "$ref": "#/components/parameters/InteractionId"
        }
      ],
      "put": {
        "operationId": "watchInteraction",
        "tags": [
          "Messaging"
        ],
        "summary": "Watch one interaction's attributes (create or replace)",
        "description": "An interaction watch: where a queue subscription follows every interaction in its queues, this follows one\ninteraction, named by its id. The first message of the watch (and of a replaced one) is an\n`interactionChangedMessage` with `isDelta: false` holding every named attribute's current value; then,\nwhenever any of them changes, one with `isDelta: true` holding only those that changed. When the\ninteraction ends (released, disconnected, completed) an `interactionDeallocatedMessage` is sent and the\nwatch ends by itself. Who may watch an interaction is who may read its attributes\n(`GET /icws/{sessionId}/interactions/{interactionId}`), with the same error when not: an interaction that\ndoes not exist, has ended, or that the user may not see is 404. A user who may no longer see a watched\ninteraction (it left the user's queue for a workgroup the user is not a member of) is sent an\n`interactionLostRightsMessage` and the watch ends. A session holds at most 100 watches; one more is 400\n(`error.request.invalidRepresentation.invalidProperty`); PUT again on a watched interaction replaces its\nattribute names and does not count twice.\n",
        "requestBody": {
          "required": true,
          "content": {
            "application/vnd.inin.icws+json": {
              "schema": {
                "$ref": "#/components/schemas/InteractionWatchParameters"
              },
              "example": {
                "attributeNames": [
                  "Eic_State",
                  "Eic_RemoteName",
                  "Eic_UserName"
                ]
              }
            },
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/InteractionWatchParameters"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Watching; the current values follow as a message."
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
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
      },
      "delete": {
        "operationId": "unwatchInteraction",
        "tags": [
          "Messaging"
        ],
        "summary": "End an interaction watch",
        "description": "No body. Ending a watch that does not exist (or ended with its interaction) is not an error.",
        "responses": {
          "200": {
            "description": "Not watched any more; no more messages of it are queued."
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
    "/icws/{sessionId}/messaging/messages": {
      "parameters": [
        {
          "$ref": "#/components/parameters/SessionId"
        }
      ],
      "get": {
        "operationId": "getMessages",
        "tags": [
          "Messaging"
        ],
        "summary": "The session's waiting messages, or a stream of them",
        "description": "Without `Accept: text/event-stream`: answers at once with the waiting messages in order, `[]` when none;\neach message is delivered once. With it: a server-sent event stream, each event's `data` one message\n(the same JSON), starting with what is waiting; here the CSRF header may be left out (see the top).\n\nThe queue is bounded (1,000 messages per session). When a client stops reading and its queue is full,\nthe waiting messages are dropped and each of the session's queue subscriptions is sent a fresh snapshot\n(`isDelta: false`), so a client that comes back replaces its cache and misses only intermediate states.\n",
        "responses": {
          "200": {
            "description": "The waiting messages (or the stream).",
            "content": {
              "application/vnd.inin.icws+json": {
                "schema": {
                  "title": "IcwsMessageList",
                  "description": "The waiting messages, oldest first.",
                  "type": "array",
                  "items": {
                    "$ref": "#/components/schemas/IcwsMessage"
                  }
                },
                "example": [
                  {
                    "__type": "urn:inin.com:queues:queueContentsMessage",
                    "isDelta": false,
                    "subscriptionId": "my-queue",
                    "interactionsAdded": [
                      {
                        "interactionId": "100000001",
                        "attributes": {
                          "Eic_State": "A",
                          "Eic_RemoteName": "Ann Caller",
                          "Eic_WorkgroupName": "CrmCallRouting"
                        }
                      }
                    ]
                  },
                  {
                    "__type": "urn:inin.com:queues:queueContentsMessage",
                    "isDelta": true,
                    "subscriptionId": "my-queue",
                    "interactionsChanged": [
                      {
                        "interactionId": "100000001",
                        "attributes": {
                          "Eic_State": "C"
                        }
                      }
                    ]
                  }
                ]
              },
              "text/event-stream": {
                "schema": {
                  "title": "IcwsMessageStream",
                  "type": "string",
                  "description": "`data: <one IcwsMessage as JSON>` events, separated by blank lines; `:` comment lines keep it alive."
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
    "/icws/{sessionId}/messaging/heartbeat": {
      "parameters": [
        {
          "$ref": "#/components/parameters/SessionId"
        }
      ],
      "post": {
        "operationId": "heartbeat",
        "tags": [
          "Messaging"
        ],
        "summary": "Tell the server the client is alive",
        "description": "Checks the session and does nothing else; a body, if any, is ignored.",
        "responses": {
          "200": {
            "description": "The session is up."
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    }
  },
  "components": {
    "securitySchemes": {
      "csrfToken": {
        "type": "apiKey",
        "in": "header",
        "name": "ININ-ICWS-CSRF-Token",
        "description": "The `csrfToken` of the session's connection response. The session's cookie must come with it: the one\n`POST /icws/connection` set, named `icws_` followed by the session id (a browser sends it by itself; other\nclients send it back in a `Cookie` header). It is not a security scheme of its own because its name differs\nper session, which an OpenAPI `apiKey` cannot say (generated clients refused the name `icws_{sessionId}`).\n"
      }
    },
    "parameters": {
      "SessionId": {
        "name": "sessionId",
        "in": "path",
        "required": true,
        "description": "The `sessionId` of the connection response.",
        "schema": {
          "type": "string"
        }
      },
      "InteractionId": {
        "name": "interactionId",
        "in": "path",
        "required": true,
        "description": "The interaction's id (a numeric string).",
        "schema": {
          "type": "string"
        }
      }
    },
    "responses": {
      "BadRequest": {
        "description": "The request is malformed: a missing header or property, an unknown `__type`, a body too large (413) or not\nJSON (415), an `Eic_*` attribute to set, or wrong credentials on sign-in. Also an action the interaction's\nstate does not allow (`error.interaction.invalidState`, e.g. pickup of an interaction connected to another\nuser): the vendor's SDK documents no 409, so ICWS clients are answered 400.\n",
        "content": {
          "application/vnd.inin.icws+json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            },
            "example": {
              "__type": "urn:inin.com:common:missingPropertyError",
              "errorId": "error.request.invalidRepresentation.missingRequiredParameter",
              "message": "target is required",
              "propertyName": "target"
            }
          }
        }
      },
      "Unauthenticated": {
        "description": "No session, or a session id, CSRF token or cookie that does not match a live session.",
        "headers": {
          "WWW-Authenticate": {
            "description": "Where to sign in again.",
            "schema": {
              "type": "string",
              "const": "ICWS realm=\"ICWS\" location=\"/ICWS/connection\""
            }
          }
        },
        "content": {
          "application/vnd.inin.icws+json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            },
            "example": {
              "__type": "urn:inin.com:common:error",
              "errorId": "error.request.session.invalid",
              "message": "The session is not valid."
            }
          }
        }
      },
      "Forbidden": {
        "description": "The user may not do this (another user's queue, an action the interaction's provider does not permit).",
        "content": {
          "application/vnd.inin.icws+json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            },
            "example": {
              "__type": "urn:inin.com:common:error",
              "errorId": "error.request.accessDenied",
              "message": "You may not see this queue."
            }
          }
        }
      },
      "NotFound": {
        "description": "The interaction, queue or user does not exist, or is not one the user may act on.",
        "content": {
          "application/vnd.inin.icws+json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            },
            "example": {
              "__type": "urn:inin.com:common:error",
              "errorId": "error.interaction.notFound",
              "message": "The interaction was not found."
            }
          }
        }
      },
      "TooManyRequests": {
        "description": "Too many requests from this session; wait the `Retry-After` seconds.",
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
          "application/vnd.inin.icws+json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            },
            "example": {
              "__type": "urn:inin.com:common:error",
              "errorId": "error.request.tooManyRequests",
              "message": "Too many requests: at most 1200 a minute"
            }
          }
        }
      },
      "InternalError": {
        "description": "A service behind the gateway failed or is unreachable.",
        "content": {
          "application/vnd.inin.icws+json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            },
            "example": {
              "__type": "urn:inin.com:common:error",
              "errorId": "error.server.unavailable",
              "message": "The interactions service is unavailable."
            }
          }
        }
      }
    },
    "schemas": {
      "Error": {
        "title": "Error",
        "type": "object",
        "description": "Every error body, as the vendor's error representation. `propertyName` only on the missing/invalid property subtypes.",
        "additionalProperties": false,
        "required": [
          "__type",
          "message"
        ],
        "properties": {
          "__type": {
            "type": "string",
            "enum": [
              "urn:inin.com:common:error",
              "urn:inin.com:common:missingPropertyError",
              "urn:inin.com:common:invalidPropertyError"
            ]
          },
          "errorId": {
            "type": "string",
            "description": "A dotted id, e.g. `error.request.invalidRepresentation.missingRequiredParameter`,\n`error.request.invalidRepresentation.invalidProperty`, `error.request.connection.authenticationFailure`,\n`error.request.session.invalid`, `error.request.accessDenied`, `error.request.notFound`,\n`error.interaction.notFound`, `error.queue.notFound`, `error.interaction.invalidState`.\n"
          },
          "message": {
            "type": "string"
          },
          "propertyName": {
            "type": "string"
          }
        }
      },
      "ConnectionRequestSettings": {
        "title": "ConnectionRequestSettings",
        "type": "object",
        "description": "How to sign in; only user name and password are supported.",
        "required": [
          "__type"
        ],
        "discriminator": {
          "propertyName": "__type",
          "mapping": {
            "urn:inin.com:connection:icAuthConnectionRequestSettings": "#/components/schemas/IcAuthConnectionRequestSettings"
          }
        },
        "oneOf": [
          {
            "$ref": "#/components/schemas/IcAuthConnectionRequestSettings"
          }
        ]
      },
      "IcAuthConnectionRequestSettings": {
        "title": "IcAuthConnectionRequestSettings",
        "description": "Sign-in with a user name and a password.",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "__type",
          "applicationName",
          "userID",
          "password"
        ],
        "properties": {
          "__type": {
            "type": "string",
            "const": "urn:inin.com:connection:icAuthConnectionRequestSettings"
          },
          "applicationName": {
            "type": "string",
            "minLength": 1,
            "maxLength": 200
          },
          "userID": {
            "type": "string",
            "minLength": 1,
            "maxLength": 200,
            "description": "The user name (case-insensitive)."
          },
          "password": {
            "type": "string",
            "minLength": 1,
            "maxLength": 1024
          },
          "marketPlaceApplicationLicenseName": {
            "type": "string",
            "description": "Accepted and ignored."
          },
          "marketPlaceApplicationCode": {
            "type": "string",
            "description": "Accepted and ignored."
          }
        }
      },
      "ConnectionResponse": {
        "title": "ConnectionResponse",
        "description": "The new session: its id, its CSRF token and its user.",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "csrfToken",
          "sessionId",
          "userID",
          "userDisplayName",
          "icServer"
        ],
        "properties": {
          "csrfToken": {
            "type": "string"
          },
          "sessionId": {
            "type": "string"
          },
          "userID": {
            "type": "string",
            "description": "The user name as configured."
          },
          "userDisplayName": {
            "type": "string"
          },
          "icServer": {
            "type": "string",
            "description": "The server's name."
          },
          "alternateHostList": {
            "type": "array",
            "items": {
              "type": "string"
            },
            "description": "Always empty: every gateway replica serves every session."
          },
          "version": {
            "$ref": "#/components/schemas/ServerVersion"
          },
          "features": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/FeatureInfo"
            }
          }
        }
      },
      "ConnectionSettings": {
        "title": "ConnectionSettings",
        "description": "The state of the session's connection.",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "connectionState"
        ],
        "properties": {
          "connectionState": {
            "type": "integer",
            "enum": [
              0,
              1,
              2
            ],
            "description": "0 None, 1 Up, 2 Down; a live session is 1."
          },
          "reason": {
            "type": "string"
          },
          "shouldReconnect": {
            "type": "boolean"
          }
        }
      },
      "ServerVersion": {
        "title": "ServerVersion",
        "description": "The version of the server.",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "majorVersion",
          "minorVersion",
          "su",
          "productId",
          "productReleaseDisplayString"
        ],
        "properties": {
          "majorVersion": {
            "type": "integer"
          },
          "minorVersion": {
            "type": "integer"
          },
          "su": {
            "type": "integer"
          },
          "productId": {
            "type": "string"
          },
          "productReleaseDisplayString": {
            "type": "string"
          }
        }
      },
      "FeatureInfo": {
        "title": "FeatureInfo",
        "description": "One feature namespace the server implements, with its version.",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "featureId",
          "version"
        ],
        "properties": {
          "featureId": {
            "type": "string",
            "description": "A namespace: connection, interactions, messaging, queues."
          },
          "version": {
            "type": "integer",
            "minimum": 1
          }
        }
      },
      "FeatureInfoList": {
        "title": "FeatureInfoList",
        "description": "Every feature namespace the server implements.",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "featureInfoList"
        ],
        "properties": {
          "featureInfoList": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/FeatureInfo"
            }
          }
        }
      },
      "QueueId": {
        "title": "QueueId",
        "type": "object",
        "description": "A queue (see the top for what each type names).",
        "additionalProperties": false,
        "required": [
          "queueType",
          "queueName"
        ],
        "properties": {
          "queueType": {
            "type": "integer",
            "enum": [
              0,
              1,
              2,
              3
            ],
            "description": "0 System, 1 User, 2 Workgroup, 3 Station."
          },
          "queueName": {
            "type": "string",
            "minLength": 1,
            "maxLength": 256
          }
        }
      },
      "AttributeMap": {
        "title": "AttributeMap",
        "type": "object",
        "description": "Attribute names to values; every value is a string.",
        "additionalProperties": {
          "type": "string"
        }
      },
      "AttributeName": {
        "title": "AttributeName",
        "type": "string",
        "minLength": 1,
        "maxLength": 256,
        "description": "An attribute's name (case-insensitive); at most 256 characters."
      },
      "CustomAttributes": {
        "title": "CustomAttributes",
        "type": "object",
        "description": "Custom attributes to set: at most 100 in one request, each name at most 256 characters and each value at most\n32,768 characters. An interaction holds at most 64 KiB of custom attributes (and user data) in all; a change\npast that is 400.\n",
        "maxProperties": 100,
        "propertyNames": {
          "$ref": "#/components/schemas/AttributeName"
        },
        "additionalProperties": {
          "type": "string",
          "maxLength": 32768
        }
      },
      "CreateInteractionParameters": {
        "title": "CreateInteractionParameters",
        "description": "What to create: a call, a callback or a generic interaction, told apart by `__type`.",
        "type": "object",
        "required": [
          "__type"
        ],
        "discriminator": {
          "propertyName": "__type",
          "mapping": {
            "urn:inin.com:interactions:createCallParameters": "#/components/schemas/CreateCallParameters",
            "urn:inin.com:interactions.callback:createCallbackParameters": "#/components/schemas/CreateCallbackParameters",
            "urn:inin.com:interactions:createGenericInteractionParameters": "#/components/schemas/CreateGenericInteractionParameters"
          }
        },
        "oneOf": [
          {
            "$ref": "#/components/schemas/CreateCallParameters"
          },
          {
            "$ref": "#/components/schemas/CreateCallbackParameters"
          },
          {
            "$ref": "#/components/schemas/CreateGenericInteractionParameters"
          }
        ]
      },
      "CreateCallParameters": {
        "title": "CreateCallParameters",
        "description": "A call the user makes to `target`.",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "__type",
          "target"
        ],
        "properties": {
          "__type": {
            "type": "string",
            "const": "urn:inin.com:interactions:createCallParameters"
          },
          "target": {
            "type": "string",
            "minLength": 1,
            "maxLength": 200,
            "description": "The number or address to call."
          },
          "workgroup": {
            "type": "string",
            "minLength": 1,
            "maxLength": 256,
            "description": "The workgroup the call is made for."
          },
          "callMadeStage": {
            "type": "integer",
            "enum": [
              0,
              1,
              2,
              3
            ],
            "description": "Accepted and ignored; the call is connected at once."
          },
          "accountCodeId": {
            "type": "string",
            "description": "Accepted and ignored."
          },
          "notes": {
            "type": "string",
            "description": "Accepted and ignored."
          },
          "additionalAttributes": {
            "$ref": "#/components/schemas/CustomAttributes"
          }
        }
      },
      "CreateCallbackParameters": {
        "title": "CreateCallbackParameters",
        "description": "A callback request, queued in `targetQueue`.",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "__type",
          "target",
          "targetQueue",
          "subject"
        ],
        "properties": {
          "__type": {
            "type": "string",
            "const": "urn:inin.com:interactions.callback:createCallbackParameters"
          },
          "target": {
            "type": "string",
            "minLength": 1,
            "maxLength": 200,
            "description": "The number to call back."
          },
          "targetQueue": {
            "$ref": "#/components/schemas/QueueId"
          },
          "subject": {
            "type": "string",
            "maxLength": 2000
          },
          "name": {
            "type": "string",
            "maxLength": 200,
            "description": "The caller's name (`Eic_RemoteName`)."
          }
        }
      },
      "CreateGenericInteractionParameters": {
        "title": "CreateGenericInteractionParameters",
        "description": "A generic interaction (a work item), queued in `queueId`.",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "__type",
          "queueId"
        ],
        "properties": {
          "__type": {
            "type": "string",
            "const": "urn:inin.com:interactions:createGenericInteractionParameters"
          },
          "queueId": {
            "$ref": "#/components/schemas/QueueId"
          },
          "initialState": {
            "type": "integer",
            "minimum": 0,
            "maximum": 11,
            "description": "The vendor's interactionState enum; accepted and ignored (the interaction is queued)."
          },
          "interactionDirection": {
            "type": "integer",
            "enum": [
              0,
              1,
              2
            ],
            "description": "0 None, 1 Incoming, 2 Outgoing (`Eic_CallDirection`)."
          },
          "localPartyType": {
            "type": "integer",
            "enum": [
              0,
              1,
              2
            ],
            "description": "Accepted and ignored."
          },
          "localLocation": {
            "type": "string",
            "description": "Accepted and ignored."
          },
          "remotePartyType": {
            "type": "integer",
            "enum": [
              0,
              1,
              2
            ],
            "description": "Accepted and ignored."
          },
          "remoteId": {
            "type": "string",
            "maxLength": 200
          },
          "remoteName": {
            "type": "string",
            "maxLength": 200
          },
          "additionalAttributes": {
            "$ref": "#/components/schemas/CustomAttributes"
          }
        }
      },
      "InteractionCreated": {
        "title": "InteractionCreated",
        "description": "The id of the interaction just created.",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "interactionId"
        ],
        "properties": {
          "interactionId": {
            "type": "string"
          }
        }
      },
      "InteractionAttributes": {
        "title": "InteractionAttributes",
        "description": "Attributes of an interaction, by name.",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "attributes"
        ],
        "properties": {
          "attributes": {
            "$ref": "#/components/schemas/AttributeMap"
          }
        }
      },
      "InteractionAttributesUpdate": {
        "title": "InteractionAttributesUpdate",
        "description": "Custom attributes to set on an interaction, and how.",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "attributes"
        ],
        "properties": {
          "attributes": {
            "type": "object",
            "allOf": [
              {
                "$ref": "#/components/schemas/CustomAttributes"
              }
            ],
            "minProperties": 1
          },
          "appendMode": {
            "type": "integer",
            "enum": [
              0,
              1,
              2
            ],
            "description": "0 (or absent) replaces the values; 1 Append adds each value to the end of the current one; 2\nAppendWithSeparator does so with `separator` between them.\n"
          },
          "separator": {
            "type": "string",
            "maxLength": 10,
            "description": "The separator of appendMode 2 (Switchboard's; the vendor does not document one). Default `|`."
          }
        }
      },
      "OnOffParameters": {
        "title": "OnOffParameters",
        "description": "Turns a feature of the interaction on or off (hold, mute, pause).",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "on"
        ],
        "properties": {
          "on": {
            "type": "boolean"
          }
        }
      },
      "RecordParameters": {
        "title": "RecordParameters",
        "description": "Starts or stops recording the interaction.",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "on"
        ],
        "properties": {
          "on": {
            "type": "boolean"
          },
          "supervisor": {
            "type": "boolean",
            "default": false,
            "description": "A supervisor's recording (`Eic_RecordersSupv`)."
          }
        }
      },
      "TransferParameters": {
        "title": "TransferParameters",
        "description": "Where to transfer (or park) an interaction: a user (`target`) or a queue (`queueID`).",
        "type": "object",
        "additionalProperties": false,
        "properties": {
          "target": {
            "type": "string",
            "minLength": 1,
            "description": "`user:<name>` or a user name."
          },
          "queueID": {
            "$ref": "#/components/schemas/QueueId"
          }
        }
      },
      "QueueSubscriptionParameters": {
        "title": "QueueSubscriptionParameters",
        "description": "The queues to watch and the attributes to report for their interactions.",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "queueIds",
          "attributeNames"
        ],
        "properties": {
          "queueIds": {
            "type": "array",
            "minItems": 1,
            "maxItems": 100,
            "items": {
              "$ref": "#/components/schemas/QueueId"
            }
          },
          "attributeNames": {
            "type": "array",
            "minItems": 1,
            "maxItems": 200,
            "items": {
              "$ref": "#/components/schemas/AttributeName"
            },
            "description": "At most 200 names, each at most 256 characters and named once (names are case-insensitive)."
          },
          "queueResultLimit": {
            "$ref": "#/components/schemas/QueueResultLimit"
          },
          "attributeFilter": {
            "$ref": "#/components/schemas/QueueFilter"
          }
        }
      },
      "QueueResultLimit": {
        "title": "QueueResultLimit",
        "description": "How many of the matching interactions the subscription shows, and in which order. Without `limitCount`\nevery matching interaction is shown (a snapshot carries at most 1000, with `queueResultLimitExceeded`), in\n`resultOrder` in the snapshot.\n",
        "type": "object",
        "additionalProperties": false,
        "properties": {
          "limitCount": {
            "type": "integer",
            "minimum": 1,
            "maximum": 1000,
            "description": "The most interactions shown at once; 1 to 1000."
          },
          "resultOrder": {
            "$ref": "#/components/schemas/QueueResultOrder"
          }
        }
      },
      "QueueResultOrder": {
        "title": "QueueResultOrder",
        "description": "The order of the interactions shown. Values are compared as strings, as numbers when both are numbers\n(interaction ids); ICWS times (`Eic_InitiationTime`, 20261121T161700Z) sort as strings in time order. Ties,\nand a subscription without an order, go in queue order (oldest interaction first). The attribute need not\nbe among `attributeNames`.\n",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "orderAttribute",
          "orderDirection"
        ],
        "properties": {
          "orderAttribute": {
            "$ref": "#/components/schemas/AttributeName"
          },
          "orderDirection": {
            "type": "integer",
            "enum": [
              0,
              1
            ],
            "description": "SortDirection: 0 ascending, 1 descending (our reading; the vendor documents the names only)."
          }
        }
      },
      "QueueFilter": {
        "title": "QueueFilter",
        "description": "Which interactions of the queues the subscription shows: a filter value (one attribute compared) or a filter\ngroup of filters. At most 5 groups deep and 100 items (groups and values) in all.\n",
        "type": "object",
        "required": [
          "__type"
        ],
        "discriminator": {
          "propertyName": "__type",
          "mapping": {
            "urn:inin.com:queues:filterGroup": "#/components/schemas/QueueFilterGroup",
            "urn:inin.com:queues:filterValue": "#/components/schemas/QueueFilterValue"
          }
        },
        "oneOf": [
          {
            "$ref": "#/components/schemas/QueueFilterGroup"
          },
          {
            "$ref": "#/components/schemas/QueueFilterValue"
          }
        ]
      },
      "QueueFilterGroup": {
        "title": "QueueFilterGroup",
        "description": "filterGroupType 1 All: every item matches (an empty list matches everything); 2 Any: at least one does;\n0 None: no item does (the SDK names it None; that it negates is our reading, the vendor does not document it).\n",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "__type",
          "filterGroupType",
          "filterItemsList"
        ],
        "properties": {
          "__type": {
            "type": "string",
            "const": "urn:inin.com:queues:filterGroup"
          },
          "filterGroupType": {
            "type": "integer",
            "enum": [
              0,
              1,
              2
            ]
          },
          "filterItemsList": {
            "type": "array",
            "maxItems": 100,
            "items": {
              "$ref": "#/components/schemas/QueueFilter"
            }
          }
        }
      },
      "QueueFilterValue": {
        "title": "QueueFilterValue",
        "description": "comparisonType 1 Equals, 0 NotEquals: the interaction's attribute (its name case-insensitive, a missing\nattribute is \"\") against `value`, exactly (case-sensitive). The attribute need not be among `attributeNames`.\n",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "__type",
          "attribute",
          "comparisonType",
          "value"
        ],
        "properties": {
          "__type": {
            "type": "string",
            "const": "urn:inin.com:queues:filterValue"
          },
          "attribute": {
            "$ref": "#/components/schemas/AttributeName"
          },
          "comparisonType": {
            "type": "integer",
            "enum": [
              0,
              1
            ]
          },
          "value": {
            "type": "string",
            "maxLength": 32768
          }
        }
      },
      "InteractionWatchParameters": {
        "title": "InteractionWatchParameters",
        "description": "The attributes to report of the watched interaction.",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "attributeNames"
        ],
        "properties": {
          "attributeNames": {
            "type": "array",
            "minItems": 1,
            "maxItems": 200,
            "items": {
              "$ref": "#/components/schemas/AttributeName"
            },
            "description": "At most 200 names, each at most 256 characters and named once (names are case-insensitive)."
          }
        }
      },
      "IcwsMessage": {
        "title": "IcwsMessage",
        "type": "object",
        "description": "One message of the session's queue; every message has `__type` and `isDelta`.",
        "required": [
          "__type",
          "isDelta"
        ],
        "discriminator": {
          "propertyName": "__type",
          "mapping": {
            "urn:inin.com:queues:queueContentsMessage": "#/components/schemas/QueueContentsMessage",
            "urn:inin.com:queues:queueSubscriptionStateMessage": "#/components/schemas/QueueSubscriptionStateMessage",
            "urn:inin.com:connection:connectionStateChangeMessage": "#/components/schemas/ConnectionStateChangeMessage",
            "urn:inin.com:interactions:interactionChangedMessage": "#/components/schemas/InteractionChangedMessage",
            "urn:inin.com:interactions:interactionDeallocatedMessage": "#/components/schemas/InteractionDeallocatedMessage",
            "urn:inin.com:interactions:interactionLostRightsMessage": "#/components/schemas/InteractionLostRightsMessage"
          }
        },
        "oneOf": [
          {
            "$ref": "#/components/schemas/QueueContentsMessage"
          },
          {
            "$ref": "#/components/schemas/QueueSubscriptionStateMessage"
          },
          {
            "$ref": "#/components/schemas/ConnectionStateChangeMessage"
          },
          {
            "$ref": "#/components/schemas/InteractionChangedMessage"
          },
          {
            "$ref": "#/components/schemas/InteractionDeallocatedMessage"
          },
          {
            "$ref": "#/components/schemas/InteractionLostRightsMessage"
          }
        ]
      },
      "QueueContentsMessage": {
        "title": "QueueContentsMessage",
        "type": "object",
        "description": "The contents of a queue subscription: with `isDelta: false` everything in its queues (replace the cache),\nwith `isDelta: true` what changed since the last message.\n",
        "additionalProperties": false,
        "required": [
          "__type",
          "isDelta",
          "subscriptionId"
        ],
        "properties": {
          "__type": {
            "type": "string",
            "const": "urn:inin.com:queues:queueContentsMessage"
          },
          "isDelta": {
            "type": "boolean"
          },
          "subscriptionId": {
            "type": "string"
          },
          "interactionsAdded": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/QueueInteraction"
            }
          },
          "interactionsChanged": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/QueueInteraction"
            }
          },
          "interactionsRemoved": {
            "type": "array",
            "items": {
              "type": "string"
            },
            "description": "The ids of the interactions that left."
          },
          "queueResultLimitExceeded": {
            "type": "boolean",
            "description": "True while more interactions match than the subscription shows (past `limitCount`, or past the 1000 a\nsnapshot carries); a delta carries it when that changes (false: everything matching is shown again).\n"
          }
        }
      },
      "QueueInteraction": {
        "title": "QueueInteraction",
        "type": "object",
        "description": "An interaction with its subscribed attributes (added) or those of them that changed (changed).",
        "additionalProperties": false,
        "required": [
          "interactionId",
          "attributes"
        ],
        "properties": {
          "interactionId": {
            "type": "string"
          },
          "attributes": {
            "$ref": "#/components/schemas/AttributeMap"
          },
          "conferenceParentId": {
            "type": "string"
          }
        }
      },
      "QueueSubscriptionStateMessage": {
        "title": "QueueSubscriptionStateMessage",
        "type": "object",
        "description": "A queue subscription's state changed, e.g. it was ended by the server (a queue was removed).",
        "additionalProperties": false,
        "required": [
          "__type",
          "isDelta",
          "subscriptionId",
          "state"
        ],
        "properties": {
          "__type": {
            "type": "string",
            "const": "urn:inin.com:queues:queueSubscriptionStateMessage"
          },
          "isDelta": {
            "type": "boolean"
          },
          "subscriptionId": {
            "type": "string"
          },
          "state": {
            "type": "integer",
            "enum": [
              0,
              1,
              2,
              3
            ],
            "description": "0 None, 1 Normal, 2 Suspended, 3 Faulted."
          },
          "error": {
            "$ref": "#/components/schemas/Error"
          }
        }
      },
      "InteractionChangedMessage": {
        "title": "InteractionChangedMessage",
        "type": "object",
        "description": "A watched interaction's attributes (note the vendor's capital `ID`): with `isDelta: false` every watched\nattribute (replace the cache), with `isDelta: true` only those that changed since the last message.\n",
        "additionalProperties": false,
        "required": [
          "__type",
          "isDelta",
          "interactionID",
          "attributes"
        ],
        "properties": {
          "__type": {
            "type": "string",
            "const": "urn:inin.com:interactions:interactionChangedMessage"
          },
          "isDelta": {
            "type": "boolean"
          },
          "interactionID": {
            "type": "string"
          },
          "attributes": {
            "$ref": "#/components/schemas/AttributeMap"
          }
        }
      },
      "InteractionDeallocatedMessage": {
        "title": "InteractionDeallocatedMessage",
        "type": "object",
        "description": "A watched interaction ended; its watch ended with it.",
        "additionalProperties": false,
        "required": [
          "__type",
          "isDelta",
          "interactionID"
        ],
        "properties": {
          "__type": {
            "type": "string",
            "const": "urn:inin.com:interactions:interactionDeallocatedMessage"
          },
          "isDelta": {
            "type": "boolean"
          },
          "interactionID": {
            "type": "string"
          }
        }
      },
      "InteractionLostRightsMessage": {
        "title": "InteractionLostRightsMessage",
        "type": "object",
        "description": "The user may no longer see a watched interaction; its watch ended.",
        "additionalProperties": false,
        "required": [
          "__type",
          "isDelta",
          "interactionID"
        ],
        "properties": {
          "__type": {
            "type": "string",
            "const": "urn:inin.com:interactions:interactionLostRightsMessage"
          },
          "isDelta": {
            "type": "boolean"
          },
          "interactionID": {
            "type": "string"
          }
        }
      },
      "ConnectionStateChangeMessage": {
        "title": "ConnectionStateChangeMessage",
        "type": "object",
        "description": "The session's connection changed, e.g. it was ended (newConnectionState 2) by sign-out elsewhere.",
        "additionalProperties": false,
        "required": [
          "__type",
          "isDelta",
          "previousConnectionState",
          "newConnectionState",
          "reason"
        ],
        "properties": {
          "__type": {
            "type": "string",
            "const": "urn:inin.com:connection:connectionStateChangeMessage"
          },
          "isDelta": {
            "type": "boolean"
          },
          "previousConnectionState": {
            "type": "integer",
            "enum": [
              0,
              1,
              2
            ]
          },
          "newConnectionState": {
            "type": "integer",
            "enum": [
              0,
              1,
              2
            ]
          },
          "reason": {
            "type": "string"
          },
          "shouldReconnect": {
            "type": "boolean"
          }
        }
      }
    }
  }
};
