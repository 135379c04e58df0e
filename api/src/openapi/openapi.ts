import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { ErrorResponse } from '../common/errors/error.response.js';
import { ERROR_CODES } from './error-codes.js';

export const OPENAPI_UI_PATH = 'api/docs';
export const OPENAPI_JSON_PATH = 'api/docs-json';

export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Pasar Latihan API')
    .setDescription(
      'REST API of Pasar Latihan, a practice marketplace. Every error answers { statusCode, code, message } with a stable code.',
    )
    .setVersion('0.1.0')
    .addBearerAuth()
    .build();
  return withErrorCodes(SwaggerModule.createDocument(app, config, { extraModels: [ErrorResponse] }));
}

/**
 * Publishes the error-code registry (error-codes.ts) as the schema `ErrorCode` and makes it the type of
 * `ErrorResponse.code`, so the generated client types name every code the API can answer with.
 */
export function withErrorCodes(document: OpenAPIObject): OpenAPIObject {
  const schemas = document.components?.schemas;
  const errorResponse = schemas?.['ErrorResponse'];
  if (!schemas || !errorResponse || !('properties' in errorResponse) || !errorResponse.properties?.['code']) {
    throw new Error('The OpenAPI document has no ErrorResponse.code to type with the error codes');
  }
  schemas['ErrorCode'] = {
    type: 'string',
    enum: [...ERROR_CODES],
    description: 'Every stable error code the API answers with (api/src/openapi/error-codes.ts); the client translates each one.',
  };
  errorResponse.properties['code'] = { $ref: '#/components/schemas/ErrorCode' };
  return document;
}

/** Serves the document at /api/docs (UI) and /api/docs-json (the JSON the client types come from). */
export function setUpOpenApi(app: INestApplication): void {
  SwaggerModule.setup(OPENAPI_UI_PATH, app, () => buildOpenApiDocument(app), {
    jsonDocumentUrl: OPENAPI_JSON_PATH,
    yamlDocumentUrl: 'api/docs-yaml',
    customSiteTitle: 'Pasar Latihan API',
  });
}
