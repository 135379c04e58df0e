import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { platformErrors } from '../common/errors/platform.errors.js';
import { authErrors } from './auth.errors.js';
import { CLASS_PARAM_KEY, PUBLIC_KEY, REQUIRES_KEY, type RequestWithPrincipal } from './access.decorators.js';
import { AuthService } from './auth.service.js';
import { bearerToken } from './token.js';
import { meets, type Requirement } from './principal.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The one access check of the API (a global guard): who is calling, what the route requires, and,
 * for class-scoped routes, whether the caller belongs to that class. Controllers repeat none of it.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<RequestWithPrincipal>();
    const targets = [context.getHandler(), context.getClass()];
    const token = bearerToken(typeof request.headers.authorization === 'string' ? request.headers.authorization : undefined);
    if (token) request.principal = await this.auth.resolve(token);

    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const principal = request.principal;
    if (!principal) throw authErrors.unauthenticated();

    const classParam = this.reflector.getAllAndOverride<string>(CLASS_PARAM_KEY, targets);
    if (classParam) {
      const classId = request.params[classParam];
      if (!classId || !UUID.test(classId) || !(await this.auth.canAccessClass(principal, classId))) {
        throw platformErrors.classNotFound();
      }
    }

    // After the class check, so that another class's routes look the same to everyone outside it.
    const requirements = this.reflector.getAllAndOverride<Requirement[]>(REQUIRES_KEY, targets);
    if (requirements && !requirements.some((requirement) => meets(principal, requirement))) throw authErrors.forbidden();
    return true;
  }
}
