import { ApiProperty } from '@nestjs/swagger';

export class HealthResponse {
  @ApiProperty({ enum: ['ok'] })
  status!: 'ok';

  @ApiProperty({ enum: ['up'], description: 'The database answered a query just now.' })
  database!: 'up';

  @ApiProperty({ description: 'Seconds since this node started.' })
  uptimeSeconds!: number;

  @ApiProperty({ description: 'Server time, ISO 8601 in UTC.' })
  serverTime!: string;
}
