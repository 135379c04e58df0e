import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Principal, Requirement } from './principal.js';

export const PUBLIC_KEY = 'pl:public';
export const REQUIRES_KEY = 'pl:requires';
export const CLASS_PARAM_KEY = 'pl:class-param';

/** Anyone may call this route, signed in or not. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/** The caller must meet at least one of these (e.g. 'facilitator', or 'trainee'). */
export const Requires = (...requirements: Requirement[]) => SetMetadata(REQUIRES_KEY, requirements);

/**
 * The route belongs to one class, named by this route parameter. The access guard lets in only that
 * class's participants, the facilitators who run it, and admins; everyone else gets CLASS_NOT_FOUND.
 */
export const ClassScoped = (param = 'classId') => SetMetadata(CLASS_PARAM_KEY, param);

export interface RequestWithPrincipal {
  principal?: Principal;
  headers: Record<string, string | string[] | undefined>;
  params: Record<string, string>;
  ip?: string;
}

/** The signed-in caller (the guard has already refused anonymous calls on non-public routes). */
export const CurrentPrincipal = createParamDecorator((_data: unknown, context: ExecutionContext): Principal => {
  const request = context.switchToHttp().getRequest<RequestWithPrincipal>();
  if (!request.principal) throw new Error('CurrentPrincipal used on a public route');
  return request.principal;
});

export const ClientIp = createParamDecorator((_data: unknown, context: ExecutionContext): string => {
  const request = context.switchToHttp().getRequest<RequestWithPrincipal>();
  return request.ip ?? 'unknown';
});
