import { domainErrorsOf } from '../common/errors/domain-error.js';

/** Codes the media capability owns; the client translates each one. */
export const MEDIA_ERROR_CODES = [
  'IMAGE_REQUIRED',
  'IMAGE_TOO_LARGE',
  'NOT_AN_IMAGE',
  'UNSUPPORTED_IMAGE_TYPE',
  'IMAGE_TOO_MANY_PIXELS',
  'MEDIA_NOT_FOUND',
] as const;
export type MediaErrorCode = (typeof MEDIA_ERROR_CODES)[number];

const error = domainErrorsOf(MEDIA_ERROR_CODES);

export const mediaErrors = {
  imageRequired: () => error(400, 'IMAGE_REQUIRED', 'Send the photo as the multipart field "file"'),
  tooLarge: (maxBytes: number) =>
    error(413, 'IMAGE_TOO_LARGE', `The photo is larger than ${Math.round(maxBytes / (1024 * 1024))} MB`),
  notAnImage: () => error(400, 'NOT_AN_IMAGE', 'The file is not a picture that can be read'),
  unsupportedType: (format: string) =>
    error(415, 'UNSUPPORTED_IMAGE_TYPE', `Pictures in ${format.toUpperCase()} format are not accepted: send JPEG, PNG or WebP`),
  tooManyPixels: (width: number, height: number, maxPixels: number) =>
    error(
      400,
      'IMAGE_TOO_MANY_PIXELS',
      `The picture is ${width}×${height} pixels; at most ${Math.round(maxPixels / 1_000_000)} megapixels are accepted`,
    ),
  notFound: () => error(404, 'MEDIA_NOT_FOUND', 'No such picture'),
};
