import { ApiError } from '../errors/api-error.js';

export const VCC_MEDIA_TYPE = 'application/vnd.newvoicemedia.v1+json';
const VERSIONED = /^application\/vnd\.newvoicemedia\.v(\d+)\+json$/i;

/** The Interactions API is versioned by the Accept header, and version 1 is the only one there is. */
export function checkAcceptVersion(accept: string | undefined): void {
  const types = (accept ?? '').split(',').map((part) => part.split(';')[0]?.trim() ?? '');
  if (types.some((type) => type.toLowerCase() === VCC_MEDIA_TYPE)) return;
  const other = types.map((type) => VERSIONED.exec(type)).find((match) => match !== null);
  if (other) {
    throw new ApiError(
      'bad_request',
      `API version v${other[1] ?? '?'} is not supported; send Accept: ${VCC_MEDIA_TYPE}`,
    );
  }
  throw new ApiError('bad_request', `Version missing from Accept header: send Accept: ${VCC_MEDIA_TYPE}`);
}
