import { PATH_METADATA } from '@nestjs/common/constants.js';
import { RouteConfig } from '@nestjs/platform-fastify';
import type { FastifyRequest } from 'fastify';
import type { ApiError } from './api-error.js';
import { errorProfileByPath } from './unrouted-requests.js';

/** A failure as one API family's clients read it. */
export interface RenderedError {
  status: number;
  body: Record<string, unknown>;
  headers: Record<string, string>;
}

/**
 * How one API family (VCC, its OAuth token endpoint, GWS, ICWS, Switchboard's own) tells its clients of a failure:
 * each lives in its dialect's folder and is chosen by the controller that serves the route (SpeaksDialect), so a
 * route's errors follow whoever answers it, not the shape of its URL.
 */
export interface ErrorProfile {
  readonly dialect: string;
  render(error: ApiError): RenderedError;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The profile of the controller (or proxy) the route belongs to. */
    errorProfile?: ErrorProfile;
  }
}

/**
 * On a controller: every route it serves answers failures in `profile`'s format — those of its handler, guards and
 * pipes, and those raised before them for its route (body parsing, rate limits, authentication throttling). Set as
 * the Fastify config of each route method, which Fastify keeps on the matched route for every hook to read.
 */
export function SpeaksDialect(profile: ErrorProfile): ClassDecorator {
  return (target) => {
    const prototype = (target as unknown as { prototype: object }).prototype;
    for (const key of Object.getOwnPropertyNames(prototype)) {
      const descriptor = Object.getOwnPropertyDescriptor(prototype, key);
      const method: unknown = descriptor?.value;
      if (descriptor === undefined || typeof method !== 'function') continue;
      if (Reflect.getMetadata(PATH_METADATA, method) === undefined) continue; // not a route
      RouteConfig({ errorProfile: profile })(prototype, key, descriptor);
    }
  };
}

/** The profile a failure of this request is rendered in: its route's, or by its path when no route took it. */
export function errorProfileOf(request: FastifyRequest): ErrorProfile {
  return request.routeOptions.config.errorProfile ?? errorProfileByPath(request.url);
}
