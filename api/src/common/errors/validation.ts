import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { platformErrors } from './platform.errors.js';

function describe(errors: ValidationError[], parent = ''): string[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((text) =>
      text.startsWith(error.property) ? text.replace(error.property, field) : `${field}: ${text}`,
    );
    return [...own, ...describe(error.children ?? [], field)];
  });
}

/** The one global validation pipe: unknown fields are refused, and failures carry a stable code. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: false,
    exceptionFactory: (errors) => platformErrors.validationFailed(describe(errors).join('; ')),
  });
}
