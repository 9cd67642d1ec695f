/* eslint-disable */
// ---------------------------------------------------------------------------------------------
// GENERATED FILE — DO NOT EDIT. Generated from contracts/openapi/vcc-interactions.openapi.yaml by tools/codegen.
// Edit the contract and run `npm run codegen`; `npm run codegen:check` fails on any drift.
// ---------------------------------------------------------------------------------------------

export const vccInteractionsDocument: Readonly<Record<string, unknown>> = {
  "openapi": "3.1.0",
  "info": {
    "title": "Switchboard — VCC Interactions API",
    "version": "1.0.0",
    "summary": "Vonage Contact Center (VCC) Interactions API, as served by Switchboard.",
    "description": "Wire-compatible implementation of the VCC Interactions API (`POST /interactions/Invoke`,\n`POST /interactions/Register`) and the client-credentials token endpoint of the VCC Authentication API\n(`POST /Auth/connect/token`). Field names, types, limits and examples follow the vendor's documents\n(the Interactions API reference at https://interactions.developer.newvoicemedia.com and the\nAuthentication API pages of the VCC documentation). Where the vendor documents nothing (the body of a\nsuccessful Invoke, the error bodies) this contract is the definition.\n\n**Null is absent.** An optional property of a request body sent as `null` is read as if it were not sent\n(Java, Kotlin and Rust clients generated from this contract send `null` for the optional fields they do not\nset); a required property cannot be `null`. The values of the free-form map `headers` are data, not\noptional properties: `null` there is refused. Of an Interaction, `route` (dispatch) and `externalid`\n(release) are required by its action only, so a `null` one is read as absent and then missing.\n\nPaths are matched case-insensitively (`/interactions/Invoke` and `/interactions/invoke` are one\noperation), as the vendor's documents use both spellings. So are the keys of an Invocation: the vendor's\nprose writes `requestId` and `externalId` where its examples write `requestid` and `externalid`; this\ncontract spells them in lower case, and a body using another case is read as if it did (the same key twice\nin two spellings is a 400).\n\nEvery Interactions API call is rate-limited per client; past the limit the answer is 429 with\n`Retry-After` (seconds).\n",
    "contact": {
      "name": "Switchboard maintainers"
    },
    "license": {
      "name": "Apache-2.0",
      "identifier": "Apache-2.0"
    }
  },
  "externalDocs": {
    "description": "The vendor's Interactions API documentation",
    "url": "https://interactions.developer.newvoicemedia.com"
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
      "name": "Interactions",
      "description": "Dispatch interactions into named routes and release them."
    },
    {
      "name": "Authentication",
      "description": "OAuth2 client-credentials tokens for the Interactions API."
    }
  ],
  "security": [
    {
      "clientCredentials": [
        "interactions:write"
      ]
    }
  ],
  "paths": {
    "/interactions/Invoke": {
      "post": {
        "operationId": "invoke",
        "tags": [
          "Interactions"
        ],
        "summary": "Dispatch interactions through named routes, or release them",
        "description": "Each Interaction object of `requests` is processed in order and gets its own entry in `results`.\nA batch that was processed answers 200 even when some of its requests were rejected: look at each\nresult's `outcome`. A request whose `requestid` was already processed is not acted on again; its\nresult repeats the first outcome with `duplicate: true`.\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/AcceptVersion"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/Invocation"
              },
              "examples": {
                "routingSms": {
                  "summary": "Vendor example 1 (Invoke requests reference): routing SMS",
                  "value": {
                    "requests": [
                      {
                        "route": "SendSMS",
                        "linkeddata": [
                          {
                            "type": "interactionproperty",
                            "key": "ToNum",
                            "value": "07700936658"
                          },
                          {
                            "type": "interactionproperty",
                            "key": "FromNum",
                            "value": "0654321"
                          },
                          {
                            "type": "interactionproperty",
                            "key": "Message",
                            "value": "Hello!"
                          }
                        ]
                      }
                    ]
                  }
                },
                "routingNonLive": {
                  "summary": "Vendor example 2 (Invoke requests reference): routing a non-live interaction",
                  "value": {
                    "provider": "CrmIntegration",
                    "requests": [
                      {
                        "action": "dispatch",
                        "requestid": "8762187187",
                        "externalid": "ObjectId_001",
                        "route": "CrmCallRouting",
                        "linkeddata": [
                          {
                            "type": "clid",
                            "value": "+44123456789"
                          },
                          {
                            "type": "url",
                            "label": "Click me",
                            "value": "https://developer.newvoicemedia.com"
                          }
                        ],
                        "routingdata": {
                          "interactiontype": "nonlive"
                        }
                      }
                    ]
                  }
                },
                "routingNonLiveWithSkills": {
                  "summary": "Vendor example 3 (Invoke requests reference): routing a non-live interaction tagged with skills",
                  "value": {
                    "provider": "CrmIntegration",
                    "requests": [
                      {
                        "action": "dispatch",
                        "requestid": "8762187187",
                        "externalid": "ObjectId_001",
                        "route": "CrmCallRouting",
                        "linkeddata": [
                          {
                            "type": "clid",
                            "value": "+44123456789"
                          },
                          {
                            "type": "url",
                            "label": "Click me",
                            "value": "https://developer.newvoicemedia.com"
                          }
                        ],
                        "routingdata": {
                          "interactiontype": "nonlive",
                          "skills": [
                            {
                              "name": "skillOptional",
                              "expiryafter": 0
                            },
                            {
                              "name": "skillExpiring",
                              "expiryafter": 60
                            },
                            {
                              "name": "skillMandatory"
                            }
                          ]
                        }
                      }
                    ]
                  }
                },
                "routingNonLiveWithPersonalQueue": {
                  "summary": "Vendor example 4 (Invoke requests reference): routing a non-live interaction tagged with a personal queue",
                  "value": {
                    "provider": "CrmIntegration",
                    "requests": [
                      {
                        "action": "dispatch",
                        "requestid": "8762187187",
                        "externalid": "ObjectId_001",
                        "route": "CrmCallRouting",
                        "linkeddata": [
                          {
                            "type": "clid",
                            "value": "+44123456789"
                          },
                          {
                            "type": "url",
                            "label": "Click me",
                            "value": "https://developer.newvoicemedia.com"
                          }
                        ],
                        "routingdata": {
                          "interactiontype": "nonlive",
                          "personalqueue": {
                            "agent": "AgentUsername",
                            "loggedintimeout": 20,
                            "loggedouttimeout": 30
                          }
                        }
                      }
                    ]
                  }
                },
                "releasing": {
                  "summary": "Vendor example 5 (Invoke requests reference): releasing an interaction from the system",
                  "value": {
                    "requests": [
                      {
                        "action": "release",
                        "requestid": "8762187190",
                        "externalid": "ObjectId_001"
                      }
                    ]
                  }
                },
                "routeInteractionNamedRoute": {
                  "summary": "How-to: dispatch into \"Route Interaction NR\" (longest waiting agent)",
                  "value": {
                    "requests": [
                      {
                        "action": "dispatch",
                        "requestid": "uniqueRequestId",
                        "externalid": "sourceObjectName",
                        "route": "Route Interaction NR",
                        "routingdata": {
                          "interactiontype": "nonlive"
                        }
                      }
                    ]
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The batch was processed; each request has its own outcome.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/InvokeResponse"
                },
                "example": {
                  "results": [
                    {
                      "index": 0,
                      "action": "dispatch",
                      "requestid": "8762187187",
                      "externalid": "ObjectId_001",
                      "outcome": "dispatched",
                      "duplicate": false,
                      "interactionid": "100000001"
                    }
                  ]
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/interactions/Register": {
      "post": {
        "operationId": "register",
        "tags": [
          "Interactions"
        ],
        "summary": "Register a provider (upsert)",
        "description": "Registers a provider that later Invoke calls may name. Registering the same provider again replaces\nall of its settings (endpoint, headers, permitted agent actions).\n\n`endpoint` must be https (plain http only where the tenant allows it); an `Authorization` header must\nbe `<type> <credentials>`. Without `agentactionspermitted` every agent action is permitted (the\nprovider then only adds callbacks); with it, an action it does not set to 1 is not permitted.\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/AcceptVersion"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ProviderSettings"
              },
              "examples": {
                "releaseOnly": {
                  "summary": "A provider that lets agents release its interactions",
                  "value": {
                    "provider": "CrmIntegration",
                    "agentactionspermitted": {
                      "release": 1
                    }
                  }
                },
                "withCallbackEndpoint": {
                  "summary": "A provider with a callback endpoint and an Authorization header",
                  "value": {
                    "provider": "CrmIntegration",
                    "endpoint": "https://crm.example.com/vcc/callbacks",
                    "headers": {
                      "Authorization": "Basic dXNlcjpwYXNz"
                    },
                    "agentactionspermitted": {
                      "release": 1,
                      "hold": 1,
                      "transferToAgent": 1,
                      "transferToRoute": 1
                    }
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The provider is registered with exactly these settings.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/RegisterResponse"
                },
                "example": {
                  "provider": "CrmIntegration",
                  "endpoint": "https://crm.example.com/vcc/callbacks",
                  "agentactionspermitted": {
                    "release": 1,
                    "hold": 1,
                    "transferToAgent": 1,
                    "transferToRoute": 1
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/Auth/connect/token": {
      "post": {
        "operationId": "issueToken",
        "tags": [
          "Authentication"
        ],
        "summary": "Issue a bearer token (OAuth2 client credentials)",
        "security": [],
        "requestBody": {
          "required": true,
          "content": {
            "application/x-www-form-urlencoded": {
              "schema": {
                "$ref": "#/components/schemas/TokenRequest"
              },
              "example": {
                "grant_type": "client_credentials",
                "client_id": "demo-integration",
                "client_secret": "demo-integration-secret",
                "scope": "interactions:write"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "A bearer token valid for `expires_in` seconds.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/TokenResponse"
                },
                "example": {
                  "access_token": "eyJhbGciOiJFUzI1NiJ9.eyJzY29wZSI6ImludGVyYWN0aW9uczp3cml0ZSJ9.c2lnbmF0dXJl",
                  "token_type": "Bearer",
                  "expires_in": 7200
                }
              }
            }
          },
          "400": {
            "description": "The token request was refused (also when the body is not form-encoded).",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/OAuthError"
                },
                "example": {
                  "error": "invalid_scope",
                  "error_description": "You must specify a scope"
                }
              }
            }
          },
          "413": {
            "description": "The body is larger than 100 KB.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/OAuthError"
                },
                "example": {
                  "error": "invalid_request",
                  "error_description": "Payload Too Large"
                }
              }
            }
          },
          "429": {
            "description": "Too many token requests from this address; wait the `Retry-After` seconds.",
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
                  "$ref": "#/components/schemas/OAuthError"
                }
              }
            }
          },
          "500": {
            "description": "An unexpected error.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/OAuthError"
                },
                "example": {
                  "error": "Internal Server Error",
                  "error_description": "An internal server error occurred"
                }
              }
            }
          }
        }
      }
    }
  },
  "components": {
    "securitySchemes": {
      "clientCredentials": {
        "type": "oauth2",
        "description": "OAuth 2 client credentials: a bearer token from `POST /Auth/connect/token` (described here), sent as\n`Authorization: Bearer <token>`. Tokens are valid for 2 hours; cache one and fetch another on a 401.\n",
        "flows": {
          "clientCredentials": {
            "tokenUrl": "/Auth/connect/token",
            "scopes": {
              "interactions:write": "Create and update active interactions (Invoke and Register)."
            }
          }
        }
      }
    },
    "parameters": {
      "AcceptVersion": {
        "name": "Accept",
        "in": "header",
        "required": true,
        "description": "The API version and response content type; only version 1 exists.",
        "schema": {
          "type": "string",
          "const": "application/vnd.newvoicemedia.v1+json"
        }
      }
    },
    "responses": {
      "BadRequest": {
        "description": "Malformed JSON, a missing or invalid field, or a missing or unsupported `Accept` version.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/VccError"
            },
            "example": {
              "statusCode": 400,
              "error": "Bad Request",
              "message": "requests/0: dispatch requires 'route'"
            }
          }
        }
      },
      "Unauthorized": {
        "description": "The bearer token is missing, malformed, forged or expired.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/VccError"
            }
          }
        }
      },
      "Forbidden": {
        "description": "The token is valid but lacks the scope `interactions:write`.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/VccError"
            }
          }
        }
      },
      "PayloadTooLarge": {
        "description": "The body is larger than 100 KB.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/VccError"
            },
            "example": {
              "statusCode": 413,
              "error": "Payload Too Large",
              "message": "Payload Too Large"
            }
          }
        }
      },
      "TooManyRequests": {
        "description": "The client made too many requests; wait the `Retry-After` seconds.",
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
              "$ref": "#/components/schemas/VccError"
            }
          }
        }
      },
      "UnsupportedMediaType": {
        "description": "The body is not of the content type the operation takes.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/VccError"
            }
          }
        }
      },
      "InternalError": {
        "description": "An unexpected error; the request may be retried with the same `requestid`.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/VccError"
            }
          }
        }
      },
      "ServiceUnavailable": {
        "description": "A service behind the gateway is not reachable; nothing was acted on.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/VccError"
            }
          }
        }
      }
    },
    "schemas": {
      "Invocation": {
        "title": "Invocation",
        "type": "object",
        "description": "One Invoke call; its `requests` are processed in order.",
        "additionalProperties": false,
        "required": [
          "requests"
        ],
        "properties": {
          "provider": {
            "type": "string",
            "minLength": 1,
            "maxLength": 256,
            "description": "The name of a registered provider. Required on a release when the dispatch named one."
          },
          "requests": {
            "type": "array",
            "minItems": 1,
            "items": {
              "$ref": "#/components/schemas/Interaction"
            }
          }
        }
      },
      "Interaction": {
        "title": "Interaction",
        "description": "One request of an Invocation: dispatch an interaction into a named route (`route` required), or release one (`externalid` required).",
        "type": "object",
        "additionalProperties": false,
        "properties": {
          "action": {
            "type": "string",
            "enum": [
              "dispatch",
              "release"
            ],
            "default": "dispatch",
            "description": "dispatch routes the interaction through the named route's plan; release removes it."
          },
          "requestid": {
            "type": "string",
            "minLength": 1,
            "maxLength": 256,
            "description": "De-duplication key; a repeat returns the first outcome without acting again."
          },
          "externalid": {
            "type": "string",
            "minLength": 1,
            "maxLength": 256,
            "description": "The caller's unique id for the interaction; required to release it later."
          },
          "route": {
            "type": "string",
            "minLength": 1,
            "maxLength": 256,
            "description": "The named route to invoke (dispatch only)."
          },
          "linkeddata": {
            "type": "array",
            "maxItems": 100,
            "description": "At most 100 entries; an interaction property's or object's key at most 256 characters and its value at most\n32,768, a url's label and value at most 2,048.\n",
            "items": {
              "$ref": "#/components/schemas/LinkedData"
            }
          },
          "routingdata": {
            "$ref": "#/components/schemas/RoutingData"
          }
        },
        "if": {
          "properties": {
            "action": {
              "const": "release"
            }
          },
          "required": [
            "action"
          ]
        },
        "then": {
          "description": "A release names the interaction it releases.",
          "required": [
            "externalid"
          ],
          "properties": {
            "externalid": {
              "type": "string"
            }
          },
          "unevaluatedProperties": true
        },
        "else": {
          "description": "A dispatch names the route it invokes.",
          "required": [
            "route"
          ],
          "properties": {
            "route": {
              "type": "string"
            }
          },
          "unevaluatedProperties": true
        }
      },
      "LinkedData": {
        "title": "LinkedData",
        "type": "object",
        "description": "Display and plan data; the `type` decides which other properties apply.",
        "required": [
          "type"
        ],
        "discriminator": {
          "propertyName": "type",
          "mapping": {
            "clid": "#/components/schemas/LinkedDataClid",
            "name": "#/components/schemas/LinkedDataName",
            "mediatype": "#/components/schemas/LinkedDataMediaType",
            "url": "#/components/schemas/LinkedDataUrl",
            "interactionproperty": "#/components/schemas/LinkedDataInteractionProperty",
            "object": "#/components/schemas/LinkedDataObject"
          }
        },
        "oneOf": [
          {
            "$ref": "#/components/schemas/LinkedDataClid"
          },
          {
            "$ref": "#/components/schemas/LinkedDataName"
          },
          {
            "$ref": "#/components/schemas/LinkedDataMediaType"
          },
          {
            "$ref": "#/components/schemas/LinkedDataUrl"
          },
          {
            "$ref": "#/components/schemas/LinkedDataInteractionProperty"
          },
          {
            "$ref": "#/components/schemas/LinkedDataObject"
          }
        ]
      },
      "LinkedDataClid": {
        "title": "LinkedDataClid",
        "type": "object",
        "description": "The caller's identity, shown to the agent and recorded on the interaction.",
        "additionalProperties": false,
        "required": [
          "type",
          "value"
        ],
        "properties": {
          "type": {
            "type": "string",
            "const": "clid"
          },
          "value": {
            "type": "string",
            "maxLength": 50
          }
        }
      },
      "LinkedDataName": {
        "title": "LinkedDataName",
        "type": "object",
        "description": "The display name that distinguishes the interaction.",
        "additionalProperties": false,
        "required": [
          "type",
          "value"
        ],
        "properties": {
          "type": {
            "type": "string",
            "const": "name"
          },
          "value": {
            "type": "string",
            "maxLength": 50
          }
        }
      },
      "LinkedDataMediaType": {
        "title": "LinkedDataMediaType",
        "type": "object",
        "description": "The media type label; \"API Object\" when not given.",
        "additionalProperties": false,
        "required": [
          "type",
          "value"
        ],
        "properties": {
          "type": {
            "type": "string",
            "const": "mediatype"
          },
          "value": {
            "type": "string",
            "maxLength": 50
          }
        }
      },
      "LinkedDataUrl": {
        "title": "LinkedDataUrl",
        "type": "object",
        "description": "A link shown to the agent; the label shows even without a value.",
        "additionalProperties": false,
        "required": [
          "type",
          "label"
        ],
        "properties": {
          "type": {
            "type": "string",
            "const": "url"
          },
          "label": {
            "type": "string",
            "maxLength": 2048
          },
          "value": {
            "type": "string",
            "maxLength": 2048
          }
        }
      },
      "LinkedDataInteractionProperty": {
        "title": "LinkedDataInteractionProperty",
        "type": "object",
        "description": "A key-value pair that the interaction plan can read; repeatable.",
        "additionalProperties": false,
        "required": [
          "type",
          "key",
          "value"
        ],
        "properties": {
          "type": {
            "type": "string",
            "const": "interactionproperty"
          },
          "key": {
            "type": "string",
            "minLength": 1,
            "maxLength": 256
          },
          "value": {
            "type": "string",
            "maxLength": 32768
          }
        }
      },
      "LinkedDataObject": {
        "title": "LinkedDataObject",
        "type": "object",
        "description": "An owner-scoped key-value pair seen in an older vendor example; kept with the interaction.",
        "additionalProperties": false,
        "required": [
          "type",
          "key",
          "value"
        ],
        "properties": {
          "type": {
            "type": "string",
            "const": "object"
          },
          "owner": {
            "type": "string",
            "maxLength": 256
          },
          "key": {
            "type": "string",
            "minLength": 1,
            "maxLength": 256
          },
          "value": {
            "type": "string",
            "maxLength": 32768
          }
        }
      },
      "RoutingData": {
        "title": "RoutingData",
        "description": "How the interaction is routed: its type, the skills it needs and its preferred agent.",
        "type": "object",
        "additionalProperties": false,
        "properties": {
          "interactiontype": {
            "type": "string",
            "enum": [
              "live",
              "chat",
              "nonlive"
            ],
            "description": "live needs an agent's full attention (a call), chat divided attention, nonlive none (an email)."
          },
          "skills": {
            "type": "array",
            "maxItems": 100,
            "items": {
              "$ref": "#/components/schemas/Skill"
            }
          },
          "personalqueue": {
            "$ref": "#/components/schemas/PersonalQueue"
          }
        }
      },
      "Skill": {
        "title": "Skill",
        "description": "A skill the interaction needs, and for how long it is mandatory.",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "name"
        ],
        "properties": {
          "name": {
            "type": "string",
            "minLength": 1,
            "maxLength": 256,
            "description": "A configured skill name, matched case-insensitively."
          },
          "expiryafter": {
            "$ref": "#/components/schemas/Seconds31Days"
          }
        }
      },
      "PersonalQueue": {
        "title": "PersonalQueue",
        "type": "object",
        "description": "The preferred agent; while its timeout runs only that agent may receive the interaction.",
        "additionalProperties": false,
        "required": [
          "agent",
          "loggedintimeout",
          "loggedouttimeout"
        ],
        "properties": {
          "agent": {
            "type": "string",
            "minLength": 1,
            "maxLength": 256,
            "description": "The agent's username, matched case-insensitively."
          },
          "loggedintimeout": {
            "$ref": "#/components/schemas/Seconds31Days"
          },
          "loggedouttimeout": {
            "$ref": "#/components/schemas/Seconds31Days"
          }
        }
      },
      "Seconds31Days": {
        "title": "Seconds31Days",
        "type": "integer",
        "minimum": 0,
        "maximum": 2678399,
        "description": "Seconds, at most 2678399 (31 days)."
      },
      "InvokeResponse": {
        "title": "InvokeResponse",
        "description": "The outcome of every request of the Invocation.",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "results"
        ],
        "properties": {
          "results": {
            "type": "array",
            "description": "One entry per Interaction object of the request, in the same order.",
            "items": {
              "$ref": "#/components/schemas/InteractionResult"
            }
          }
        }
      },
      "InteractionResult": {
        "title": "InteractionResult",
        "description": "The outcome of one request of the Invocation.",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "index",
          "action",
          "outcome",
          "duplicate"
        ],
        "properties": {
          "index": {
            "type": "integer",
            "minimum": 0,
            "description": "The position of the Interaction object in `requests`."
          },
          "action": {
            "type": "string",
            "enum": [
              "dispatch",
              "release"
            ]
          },
          "requestid": {
            "type": "string"
          },
          "externalid": {
            "type": "string"
          },
          "outcome": {
            "type": "string",
            "enum": [
              "dispatched",
              "released",
              "rejected"
            ],
            "description": "dispatched — accepted into the named route; released — removed; rejected — see `error`."
          },
          "duplicate": {
            "type": "boolean",
            "description": "true when `requestid` was processed before: nothing is acted on again, and `action`, `externalid`,\n`outcome` and `interactionid` are the first request's, whatever this one asked.\n"
          },
          "interactionid": {
            "type": "string",
            "description": "Switchboard's id of the interaction."
          },
          "error": {
            "$ref": "#/components/schemas/RequestError"
          }
        }
      },
      "RequestError": {
        "title": "RequestError",
        "description": "Why one request of the Invocation was rejected.",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "code",
          "message"
        ],
        "properties": {
          "code": {
            "type": "string",
            "description": "A stable, machine-readable reason.",
            "enum": [
              "route_not_found",
              "external_id_in_use",
              "interaction_not_found",
              "provider_required",
              "provider_mismatch",
              "provider_not_registered",
              "unknown_skill",
              "unknown_agent",
              "invalid_request"
            ]
          },
          "message": {
            "type": "string"
          }
        }
      },
      "ProviderSettings": {
        "title": "ProviderSettings",
        "description": "A provider's settings: its name, where its callbacks go, and which agent actions it permits.",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "provider"
        ],
        "properties": {
          "provider": {
            "type": "string",
            "minLength": 1,
            "maxLength": 256,
            "description": "The name later Invoke calls use."
          },
          "endpoint": {
            "type": "string",
            "format": "uri",
            "maxLength": 2048,
            "description": "The https URL that receives callbacks; without it the provider only governs agent actions."
          },
          "headers": {
            "type": "object",
            "description": "Headers sent with every callback; at most 50, each name at most 256 characters and value at most 8,192.",
            "maxProperties": 50,
            "propertyNames": {
              "type": "string",
              "minLength": 1,
              "maxLength": 256
            },
            "additionalProperties": {
              "type": "string",
              "maxLength": 8192
            }
          },
          "agentactionspermitted": {
            "$ref": "#/components/schemas/AgentActionsPermitted"
          }
        }
      },
      "AgentActionsPermitted": {
        "title": "AgentActionsPermitted",
        "description": "Which agent actions the provider permits on its interactions (1 permitted, 0 not). A provider registered\nwithout it permits every action, as one of the tenant file does; with it, an action not set to 1 is not\npermitted.\n",
        "type": "object",
        "additionalProperties": false,
        "properties": {
          "release": {
            "$ref": "#/components/schemas/Permission"
          },
          "hold": {
            "$ref": "#/components/schemas/Permission"
          },
          "transferToAgent": {
            "$ref": "#/components/schemas/Permission"
          },
          "transferToRoute": {
            "$ref": "#/components/schemas/Permission"
          }
        }
      },
      "Permission": {
        "title": "Permission",
        "type": "integer",
        "enum": [
          0,
          1
        ],
        "description": "1 permitted, 0 not permitted."
      },
      "RegisterResponse": {
        "title": "RegisterResponse",
        "type": "object",
        "description": "The provider as now registered (its headers are not echoed, as they may hold credentials).",
        "additionalProperties": false,
        "required": [
          "provider",
          "agentactionspermitted"
        ],
        "properties": {
          "provider": {
            "type": "string"
          },
          "endpoint": {
            "type": "string"
          },
          "agentactionspermitted": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "release",
              "hold",
              "transferToAgent",
              "transferToRoute"
            ],
            "properties": {
              "release": {
                "$ref": "#/components/schemas/Permission"
              },
              "hold": {
                "$ref": "#/components/schemas/Permission"
              },
              "transferToAgent": {
                "$ref": "#/components/schemas/Permission"
              },
              "transferToRoute": {
                "$ref": "#/components/schemas/Permission"
              }
            }
          }
        }
      },
      "TokenRequest": {
        "title": "TokenRequest",
        "description": "An OAuth 2 client-credentials token request, form-encoded.",
        "type": "object",
        "required": [
          "grant_type",
          "client_id",
          "client_secret",
          "scope"
        ],
        "properties": {
          "grant_type": {
            "type": "string",
            "const": "client_credentials"
          },
          "client_id": {
            "type": "string"
          },
          "client_secret": {
            "type": "string"
          },
          "scope": {
            "type": "string",
            "description": "Space-separated scopes; the Interactions API needs `interactions:write`."
          }
        }
      },
      "TokenResponse": {
        "title": "TokenResponse",
        "description": "A bearer token and how long it is valid.",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "access_token",
          "token_type",
          "expires_in"
        ],
        "properties": {
          "access_token": {
            "type": "string"
          },
          "token_type": {
            "type": "string",
            "const": "Bearer"
          },
          "expires_in": {
            "type": "integer",
            "const": 7200
          }
        }
      },
      "OAuthError": {
        "title": "OAuthError",
        "description": "Why a token request was refused, as OAuth 2 reports it.",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "error"
        ],
        "properties": {
          "error": {
            "type": "string",
            "description": "An OAuth 2 error code, or \"Internal Server Error\" for a fault of the server (as the vendor sends).",
            "enum": [
              "invalid_request",
              "unsupported_grant_type",
              "invalid_scope",
              "invalid_client",
              "Internal Server Error"
            ]
          },
          "error_description": {
            "type": "string"
          }
        }
      },
      "VccError": {
        "title": "VccError",
        "description": "Every error body of the Interactions API.",
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
            "type": "string",
            "description": "The HTTP reason phrase."
          },
          "message": {
            "type": "string",
            "description": "What was wrong, for a person to read."
          }
        }
      }
    }
  }
};
