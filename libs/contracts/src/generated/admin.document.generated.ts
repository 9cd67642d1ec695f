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
              "admin": "Operate the tenant (its providers and dead-lettered callbacks)."
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
