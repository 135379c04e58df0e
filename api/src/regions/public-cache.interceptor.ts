import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { type Observable, tap } from 'rxjs';

/** The region data changes only with the package, so browsers and proxies may keep answers for a day. */
export const REGIONS_CACHE_CONTROL = 'public, max-age=86400';

/** Marks successful answers cacheable; errors (set by the error filter) stay uncached. */
@Injectable()
export class PublicCacheInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(tap(() => context.switchToHttp().getResponse<FastifyReply>().header('Cache-Control', REGIONS_CACHE_CONTROL)));
  }
}
