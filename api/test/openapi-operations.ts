// The operations of the app's OpenAPI document with each handler's access metadata (@Public, @Requires): the one
// route list the isolation and fuzz suites walk, so a new route is covered by both without a hand-kept list.
import type { INestApplication } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import type { OpenAPIObject } from '@nestjs/swagger';
import { PUBLIC_KEY, REQUIRES_KEY } from '../src/auth/access.decorators.js';
import type { Requirement } from '../src/auth/principal.js';

export const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
export type Method = (typeof METHODS)[number];

export interface DocumentOperation {
  method: Method;
  path: string;
  /** `METHOD /path`, as the suites' allowlists name routes. */
  key: string;
  operationId: string;
  requires: Requirement[] | undefined;
  isPublic: boolean;
  /** The document's operation object, for what each suite reads of it (parameters, request body). */
  operation: any;
}

export function documentOperations(app: INestApplication, document: OpenAPIObject): DocumentOperation[] {
  const handlers = new Map<string, { handler: object; controller: object }>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (abstract new (...args: never[]) => unknown) | null | undefined;
      if (!controller?.prototype) continue;
      for (const name of Object.getOwnPropertyNames(controller.prototype)) {
        const handler: unknown = (controller.prototype as Record<string, unknown>)[name];
        if (name === 'constructor' || typeof handler !== 'function') continue;
        // Nest names an operation Controller_method, unless @ApiOperation({ operationId }) names it (a route that
        // moved controller and kept its id: shipping/tracking.controller.ts). 'swagger/apiOperation' is the key
        // @nestjs/swagger stores it under (DECORATORS.API_OPERATION, not exported from the package's entry).
        const explicit = (Reflect.getMetadata('swagger/apiOperation', handler) as { operationId?: string } | undefined)?.operationId;
        handlers.set(explicit ?? `${controller.name}_${name}`, { handler, controller });
      }
    }
  }
  const operations: DocumentOperation[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const operation = (item as Record<string, any>)[method];
      if (!operation) continue;
      const found = handlers.get(operation.operationId);
      if (!found) throw new Error(`operation ${operation.operationId} (${method} ${path}) has no handler`);
      const meta = (key: string) => Reflect.getMetadata(key, found.handler) ?? Reflect.getMetadata(key, found.controller);
      operations.push({
        method,
        path,
        key: `${method.toUpperCase()} ${path}`,
        operationId: operation.operationId,
        requires: meta(REQUIRES_KEY),
        isPublic: meta(PUBLIC_KEY) === true,
        operation,
      });
    }
  }
  return operations;
}
