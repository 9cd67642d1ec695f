/* eslint-disable */
// ---------------------------------------------------------------------------------------------
// GENERATED FILE — DO NOT EDIT. Generated from contracts/openapi/admin.openapi.yaml by tools/codegen.
// Edit the contract and run `npm run codegen`; `npm run codegen:check` fails on any drift.
// ---------------------------------------------------------------------------------------------

export const adminDocument: Readonly<Record<string, unknown>> = {
  "openapi": "3.1.0",
  "info": {
    "title": "Switchboard — admin API",
    "version": "1.0.0",
    "summary": "Operating a tenant — its providers and the callbacks that could not be delivered.",
    "description": "Bearer tokens from `POST /Auth/connect/token` (OAuth 2 client credentials, described in the VCC\nInteractions API contract) with the scope `admin`. Errors are `{statusCode, error, message}`.\n",
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
      "name": "Providers",
      "description": "Providers registered with VCC Register, or configured for the tenant."
    },
    {
      "name": "Callbacks",
      "description": "Provider callbacks that failed every attempt."
    },
    {
      "name": "Agents",
      "description": "The tenant's agents, changed live: each change is an event in the tenant's log, in force at once (a new agent can sign in, a skill level counts for the next routing decision, a removed agent is logged out and its offers revoked) and kept across restarts. The tenant file's agents are the starting point (docs/runtime-configuration.md)."
    }
  ],
  "security": [
    {
      "clientCredentials": [
        "admin"
      ]
    }
  ],
  "paths": {
    "/admin/providers": {
      "get": {
        "operationId": "listProviders",
        "tags": [
          "Providers"
        ],
        "summary": "The tenant's providers",
        "responses": {
          "200": {
            "description": "Every provider, by name.",
            "content": {
              "application/json": {
                "schema": {
                  "title": "ProviderList",
                  "description": "Every provider of the tenant, by name.",
                  "type": "object",
                  "additionalProperties": false,
                  "required": [
                    "providers"
                  ],
                  "properties": {
                    "providers": {
                      "type": "array",
                      "items": {
                        "$ref": "#/components/schemas/Provider"
                      }
                    }
                  }
                },
                "example": {
                  "providers": [
                    {
                      "provider": "CrmIntegration",
                      "endpoint": "https://crm.example.com/vcc/callbacks",
                      "headerNames": [
                        "Authorization"
                      ],
                      "agentactionspermitted": {
                        "release": 1,
                        "hold": 1,
                        "transferToAgent": 0,
                        "transferToRoute": 0
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
    "/admin/providers/{provider}": {
      "delete": {
        "operationId": "removeProvider",
        "tags": [
          "Providers"
        ],
        "summary": "Remove a provider",
        "description": "New dispatches can no longer name it; interactions already dispatched keep it.",
        "parameters": [
          {
            "name": "provider",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The provider that was removed.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Provider"
                },
                "example": {
                  "provider": "CrmIntegration",
                  "headerNames": [],
                  "agentactionspermitted": {
                    "release": 1,
                    "hold": 0,
                    "transferToAgent": 0,
                    "transferToRoute": 0
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
    "/admin/callbacks/dead-letters": {
      "get": {
        "operationId": "listDeadLetters",
        "tags": [
          "Callbacks"
        ],
        "summary": "Provider callbacks that could not be delivered",
        "responses": {
          "200": {
            "description": "Every dead-lettered callback of the tenant.",
            "content": {
              "application/json": {
                "schema": {
                  "title": "DeadLetterList",
                  "description": "Every dead-lettered callback of the tenant.",
                  "type": "object",
                  "additionalProperties": false,
                  "required": [
                    "deadLetters"
                  ],
                  "properties": {
                    "deadLetters": {
                      "type": "array",
                      "items": {
                        "$ref": "#/components/schemas/DeadLetter"
                      }
                    }
                  }
                },
                "example": {
                  "deadLetters": [
                    {
                      "notificationid": "6f1c2a9e-4b7d-4e0a-9a51-2f3c8d1e7b40",
                      "provider": "CrmIntegration",
                      "endpoint": "https://crm.example.com/vcc/callbacks",
                      "notification": {
                        "notification": "AssignToAgent",
                        "objectid": "ObjectId_001",
                        "notificationid": "6f1c2a9e-4b7d-4e0a-9a51-2f3c8d1e7b40",
                        "params": {
                          "AccountName": "acme",
                          "Agent": "AgentUsername",
                          "AgentId": "5465"
                        }
                      },
                      "attempts": 5,
                      "lastError": "HTTP 503 from https://crm.example.com/vcc/callbacks",
                      "failedAt": "2025-01-15T10:42:07.000Z"
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
    "/admin/callbacks/dead-letters/{notificationid}/redrive": {
      "post": {
        "operationId": "redriveDeadLetter",
        "tags": [
          "Callbacks"
        ],
        "summary": "Deliver a dead-lettered callback again",
        "description": "On success it leaves the dead letters; on failure it stays, with the new error.",
        "parameters": [
          {
            "name": "notificationid",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "Delivered.",
            "content": {
              "application/json": {
                "schema": {
                  "title": "RedriveResult",
                  "description": "The dead-lettered callback was posted again and delivered.",
                  "type": "object",
                  "additionalProperties": false,
                  "required": [
                    "notificationid",
                    "delivered"
                  ],
                  "properties": {
                    "notificationid": {
                      "type": "string"
                    },
                    "delivered": {
                      "type": "boolean",
                      "const": true
                    }
                  }
                },
                "example": {
                  "notificationid": "6f1c2a9e-4b7d-4e0a-9a51-2f3c8d1e7b40",
                  "delivered": true
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
          "404": {
            "$ref": "#/components/responses/Error"
          },
          "429": {
            "$ref": "#/components/responses/Error"
          },
          "502": {
            "$ref": "#/components/responses/Error"
          },
          "503": {
            "$ref": "#/components/responses/Error"
          }
        }
      }
    },
    "/admin/agents": {
      "get": {
        "operationId": "listAgents",
        "tags": [
          "Agents"
        ],
        "summary": "The tenant's agents, a page at a time",
        "parameters": [
          {
            "$ref": "#/components/parameters/Offset"
          },
          {
            "$ref": "#/components/parameters/Limit"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of the agents, by username.",
            "content": {
              "application/json": {
                "schema": {
                  "title": "AgentList",
                  "description": "A page of the tenant's agents, by username (case-insensitively), and how many there are.",
                  "type": "object",
                  "additionalProperties": false,
                  "required": [
                    "agents",
                    "total",
                    "offset",
                    "limit"
                  ],
                  "properties": {
                    "agents": {
                      "type": "array",
                      "items": {
                        "$ref": "#/components/schemas/Agent"
                      }
                    },
                    "total": {
                      "type": "integer",
                      "minimum": 0
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
                  "agents": [
                    {
                      "id": "5464",
                      "username": "AgentUsername",
                      "skills": {
                        "skillMandatory": 5
                      },
                      "role": "agent",
                      "etag": "\"0\""
                    }
                  ],
                  "total": 1,
                  "offset": 0,
                  "limit": 100
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
      },
      "post": {
        "operationId": "createAgent",
        "tags": [
          "Agents"
        ],
        "summary": "Create an agent",
        "description": "Checked as a tenant file's agent is, with the same messages (unknown skills, workgroups that are no route). It can sign in at once (GWS, ICWS) and is routed to once ready. 409 when the username (in any tenant) or the id is taken.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/NewAgent"
              },
              "example": {
                "id": "7001",
                "username": "bea",
                "password": "correct horse battery",
                "skills": {
                  "skillMandatory": 4
                }
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The agent as created; its ETag in the header too.",
            "headers": {
              "ETag": {
                "$ref": "#/components/headers/ETag"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Agent"
                },
                "example": {
                  "id": "7001",
                  "username": "bea",
                  "skills": {
                    "skillMandatory": 4
                  },
                  "role": "agent",
                  "etag": "\"1\""
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
          "409": {
            "$ref": "#/components/responses/Error"
          },
          "413": {
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
    "/admin/agents/{username}": {
      "parameters": [
        {
          "name": "username",
          "in": "path",
          "required": true,
          "description": "Case-insensitive.",
          "schema": {
            "type": "string",
            "minLength": 1,
            "maxLength": 128
          }
        }
      ],
      "get": {
        "operationId": "getAgent",
        "tags": [
          "Agents"
        ],
        "summary": "One agent",
        "responses": {
          "200": {
            "description": "The agent; its ETag in the header too.",
            "headers": {
              "ETag": {
                "$ref": "#/components/headers/ETag"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Agent"
                },
                "example": {
                  "id": "7001",
                  "username": "bea",
                  "skills": {
                    "skillMandatory": 4
                  },
                  "role": "agent",
                  "etag": "\"1\""
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
      },
      "put": {
        "operationId": "replaceAgent",
        "tags": [
          "Agents"
        ],
        "summary": "Replace an agent's configuration",
        "description": "Everything but its id (fixed) and username (the path's; its case may change); without a password the current one is kept. Skills and levels count for the next routing decision, for interactions already waiting too. With If-Match, refused with 412 unless it is the agent's current ETag.",
        "parameters": [
          {
            "$ref": "#/components/parameters/IfMatch"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/AgentChange"
              },
              "example": {
                "skills": {
                  "skillMandatory": 9
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The agent as it is now; its new ETag in the header too.",
            "headers": {
              "ETag": {
                "$ref": "#/components/headers/ETag"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Agent"
                },
                "example": {
                  "id": "7001",
                  "username": "bea",
                  "skills": {
                    "skillMandatory": 9
                  },
                  "role": "agent",
                  "etag": "\"2\""
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
          "412": {
            "$ref": "#/components/responses/Error"
          },
          "413": {
            "$ref": "#/components/responses/Error"
          },
          "429": {
            "$ref": "#/components/responses/Error"
          },
          "503": {
            "$ref": "#/components/responses/Error"
          }
        }
      },
      "delete": {
        "operationId": "removeAgent",
        "tags": [
          "Agents"
        ],
        "summary": "Remove an agent",
        "description": "Logged out first when it is logged in (its offers are revoked and go to other agents); what it was connected to waits again. It can no longer sign in. With If-Match, refused with 412 unless it is the agent's current ETag.",
        "parameters": [
          {
            "$ref": "#/components/parameters/IfMatch"
          }
        ],
        "responses": {
          "200": {
            "description": "The agent that was removed.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Agent"
                },
                "example": {
                  "id": "7001",
                  "username": "bea",
                  "skills": {
                    "skillMandatory": 9
                  },
                  "role": "agent",
                  "etag": "\"2\""
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
          "412": {
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
    }
  },
  "components": {
    "securitySchemes": {
      "clientCredentials": {
        "type": "oauth2",
        "description": "OAuth 2 client credentials: a bearer token from `POST /Auth/connect/token` with the scope `admin`, sent\nas `Authorization: Bearer <token>`.\n",
        "flows": {
          "clientCredentials": {
            "tokenUrl": "/Auth/connect/token",
            "scopes": {
              "admin": "Operate the tenant (its providers, dead-lettered callbacks and agents)."
            }
          }
        }
      }
    },
    "parameters": {
      "Offset": {
        "name": "offset",
        "in": "query",
        "description": "How many agents to skip.",
        "schema": {
          "type": "integer",
          "minimum": 0,
          "maximum": 1000000,
          "default": 0
        }
      },
      "Limit": {
        "name": "limit",
        "in": "query",
        "description": "How many agents at most.",
        "schema": {
          "type": "integer",
          "minimum": 1,
          "maximum": 500,
          "default": 100
        }
      },
      "IfMatch": {
        "name": "If-Match",
        "in": "header",
        "description": "The ETag the change is meant for; a stale one is refused with 412.",
        "schema": {
          "type": "string",
          "maxLength": 64
        }
      }
    },
    "headers": {
      "ETag": {
        "description": "The resource's version (the tenant's count of configuration events when it last changed).",
        "schema": {
          "type": "string"
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
      "Provider": {
        "title": "Provider",
        "description": "A provider of the tenant as registered (its callback headers' values are not shown).",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "provider",
          "headerNames",
          "agentactionspermitted"
        ],
        "properties": {
          "provider": {
            "type": "string"
          },
          "endpoint": {
            "type": "string"
          },
          "headerNames": {
            "type": "array",
            "description": "The callback headers it is registered with (their values are not shown).",
            "items": {
              "type": "string"
            }
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
                "type": "integer",
                "enum": [
                  0,
                  1
                ]
              },
              "hold": {
                "type": "integer",
                "enum": [
                  0,
                  1
                ]
              },
              "transferToAgent": {
                "type": "integer",
                "enum": [
                  0,
                  1
                ]
              },
              "transferToRoute": {
                "type": "integer",
                "enum": [
                  0,
                  1
                ]
              }
            }
          }
        }
      },
      "DeadLetter": {
        "title": "DeadLetter",
        "description": "A provider callback that failed every delivery attempt, kept until it is redriven.",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "notificationid",
          "provider",
          "endpoint",
          "notification",
          "attempts",
          "lastError",
          "failedAt"
        ],
        "properties": {
          "notificationid": {
            "type": "string"
          },
          "provider": {
            "type": "string"
          },
          "endpoint": {
            "type": "string"
          },
          "notification": {
            "type": "object",
            "description": "The notification that could not be delivered, as it is posted.",
            "additionalProperties": true
          },
          "attempts": {
            "type": "integer",
            "minimum": 1
          },
          "lastError": {
            "type": "string"
          },
          "failedAt": {
            "type": "string",
            "format": "date-time"
          }
        }
      },
      "Agent": {
        "title": "Agent",
        "description": "An agent of the tenant as configured (never its password), with its ETag.",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "id",
          "username",
          "skills",
          "role",
          "etag"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "The display id."
          },
          "username": {
            "type": "string"
          },
          "skills": {
            "$ref": "#/components/schemas/SkillLevels"
          },
          "role": {
            "type": "string",
            "enum": [
              "agent",
              "supervisor"
            ]
          },
          "workgroups": {
            "type": "array",
            "description": "The routes it is a member of; absent, membership is not configured (every workgroup).",
            "items": {
              "type": "string"
            }
          },
          "etag": {
            "type": "string",
            "description": "Its version, as the ETag header gives it (\"N\")."
          }
        }
      },
      "SkillLevels": {
        "title": "SkillLevels",
        "description": "Skill name (one of the tenant's) → level 1–10.",
        "type": "object",
        "maxProperties": 200,
        "propertyNames": {
          "maxLength": 128
        },
        "additionalProperties": {
          "type": "integer",
          "minimum": 1,
          "maximum": 10
        }
      },
      "NewAgent": {
        "title": "NewAgent",
        "description": "An agent as a tenant file configures one, with its password instead of a hash (hashed on arrival).",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "id",
          "username",
          "password"
        ],
        "properties": {
          "id": {
            "type": "string",
            "pattern": "^[0-9]+$",
            "maxLength": 32
          },
          "username": {
            "type": "string",
            "minLength": 1,
            "maxLength": 128
          },
          "password": {
            "type": "string",
            "minLength": 8,
            "maxLength": 256
          },
          "skills": {
            "$ref": "#/components/schemas/SkillLevels"
          },
          "role": {
            "type": "string",
            "enum": [
              "agent",
              "supervisor"
            ],
            "default": "agent"
          },
          "workgroups": {
            "type": "array",
            "maxItems": 200,
            "items": {
              "type": "string",
              "minLength": 1,
              "maxLength": 256
            }
          }
        }
      },
      "AgentChange": {
        "title": "AgentChange",
        "description": "An agent's new configuration: skills, role and workgroups as given; a password to rotate it.",
        "type": "object",
        "additionalProperties": false,
        "properties": {
          "username": {
            "type": "string",
            "minLength": 1,
            "maxLength": 128,
            "description": "The path's, in any case."
          },
          "password": {
            "type": "string",
            "minLength": 8,
            "maxLength": 256
          },
          "skills": {
            "$ref": "#/components/schemas/SkillLevels"
          },
          "role": {
            "type": "string",
            "enum": [
              "agent",
              "supervisor"
            ],
            "default": "agent"
          },
          "workgroups": {
            "type": "array",
            "maxItems": 200,
            "items": {
              "type": "string",
              "minLength": 1,
              "maxLength": 256
            }
          }
        }
      },
      "Error": {
        "title": "Error",
        "description": "Every error body of the admin API.",
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
