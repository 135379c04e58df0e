import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, Max, Min, ValidateIf } from 'class-validator';

export class ClockResponse {
  @ApiProperty({ format: 'date-time', description: "The class's simulated time now (UTC; shown in WIB)" })
  simNow!: string;

  @ApiProperty({ format: 'date-time', description: 'Server time now, so the client can run the clock locally' })
  realNow!: string;

  @ApiProperty({ enum: [1, 60, 600] })
  speed!: number;

  @ApiProperty()
  paused!: boolean;

  @ApiProperty({ description: 'Goes up by one with every change; send it back as expectedVersion' })
  version!: number;
}

export class ChangeClockRequest {
  @ApiProperty({ enum: ['speed', 'pause', 'resume', 'jump'] })
  @IsIn(['speed', 'pause', 'resume', 'jump'])
  action!: 'speed' | 'pause' | 'resume' | 'jump';

  @ApiPropertyOptional({ enum: [1, 60, 600], description: 'For action "speed"' })
  @ValidateIf((body: ChangeClockRequest) => body.action === 'speed')
  @IsIn([1, 60, 600])
  speed?: number;

  @ApiPropertyOptional({ description: 'For action "jump": minutes forward (60 = +1 jam, 1440 = +1 hari)' })
  @ValidateIf((body: ChangeClockRequest) => body.action === 'jump')
  @IsInt()
  @Min(1)
  @Max(30 * 24 * 60)
  minutes?: number;

  @ApiPropertyOptional({
    description:
      'The clock version the facilitator saw when tapping. When the clock has changed since (another facilitator), a change that would do something is refused with 409 CLOCK_CHANGED; one whose result already holds (pause when paused) answers the clock',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  expectedVersion?: number;
}
