import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor, PayloadTooLargeException } from '@nestjs/common';
import { catchError, type Observable, throwError } from 'rxjs';
import { MAX_UPLOAD_BYTES } from './image-rules.js';
import { mediaErrors } from './media.errors.js';

/** Gives the multipart interceptor's "file too large" the media capability's own code, IMAGE_TOO_LARGE. */
@Injectable()
export class UploadLimitInterceptor implements NestInterceptor {
  intercept(_context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next
      .handle()
      .pipe(catchError((error: unknown) => throwError(() => (error instanceof PayloadTooLargeException ? mediaErrors.tooLarge(MAX_UPLOAD_BYTES) : error))));
  }
}
