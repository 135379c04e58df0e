import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** The one error shape of the API, described for the OpenAPI document and the generated client. */
export class ErrorResponse {
  @ApiProperty({ example: 400 })
  statusCode!: number;

  @ApiProperty({ example: 'VALIDATION_FAILED', description: 'Stable code that the client translates.' })
  code!: string;

  @ApiProperty({ example: 'name must be a string', description: 'For developers and logs; not shown to users as is.' })
  message!: string;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    example: { productId: '6f1c…', available: 2 },
    description: 'Facts beside the code for some errors, e.g. which product OUT_OF_STOCK is about.',
  })
  details?: Record<string, unknown>;
}
