import { HttpException } from '@nestjs/common';
import { BusProtocolError, BusUnavailableError, unavailabilityOf } from '@switchboard/bus';
import { ApiError } from './api-error.js';

interface FastifyLikeError {
  code?: string;
  statusCode?: number;
  message: string;
}

const isFastifyError = (error: unknown): error is FastifyLikeError =>
  error instanceof Error && typeof (error as FastifyLikeError).code === 'string' && 'statusCode' in error;

/** Turns anything thrown while serving a request into the catalogue; the unexpected becomes `internal`. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  // NATS not answering anywhere in serving the request (a KV read of the session included): unavailable, not a defect
  if (error instanceof BusUnavailableError || unavailabilityOf(error) !== undefined) {
    return new ApiError('service_unavailable', 'a service behind the gateway is not answering; retry shortly', {
      cause: error,
    });
  }
  if (error instanceof BusProtocolError)
    return new ApiError('internal', 'a service answered unexpectedly', { cause: error });
  if (isFastifyError(error)) {
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return new ApiError('payload_too_large', 'Payload Too Large');
    if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
      return new ApiError('unsupported_media_type', 'the body must be application/json');
    }
    if (error.statusCode === 400) return new ApiError('bad_request', `malformed body: ${error.message}`);
  }
  if (error instanceof SyntaxError) return new ApiError('bad_request', `malformed JSON: ${error.message}`);
  if (error instanceof HttpException) {
    const status = error.getStatus();
    if (status === 404) return new ApiError('not_found', 'no such resource');
    if (status === 413) return new ApiError('payload_too_large', 'Payload Too Large');
    if (status === 415) return new ApiError('unsupported_media_type', 'the body must be application/json');
    if (status === 400) return new ApiError('bad_request', error.message);
  }
  return new ApiError('internal', 'an unexpected error occurred', { cause: error });
}
