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
    "description": "Bearer tokens from `POST /Auth/connect/token` with the scope `admin`. Errors are\n`{statusCode, error, message}`.\n",
    "license": {
      "name": "Apache-2.0",
      "identifier": "Apache-2.0"
    }
  },
  "servers": [
    {
      "url": "http://localhost:8080",
      "description": "`npm start` on one machine"
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
      "adminToken": []
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
      "adminToken": {
        "type": "http",
        "scheme": "bearer",
        "description": "A token with the scope `admin`."
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
