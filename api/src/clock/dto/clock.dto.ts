import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, Max, Min, ValidateIf } from 'class-validator';

export class ClockResponse {
  @ApiProperty({ format: 'date-time', description: "The class's simulated time now (UTC; shown in WIB)" })
  simNow!: string;

  @ApiProperty({ format: 'date-time', description: 'Server time now, so the client can run the clock locally' })
  realNow!: string;

  @ApiProperty({ enum: [1, 60, 600] })
  speed!: number;

  @ApiProperty()
  paused!: boolean;
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
}
