import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional, Matches } from 'class-validator';
import { type IndonesianTimeZone, TIME_ZONE_SCHEMA } from '../../common/time/zoned-time.js';

const REGENCY_CODE = /^\d{2}\.\d{2}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export class ProgrammeQuery {
  @ApiPropertyOptional({ example: '18.10', description: 'Only the classes of this regency' })
  @IsOptional()
  @Matches(REGENCY_CODE, { message: 'regency must look like 18.10' })
  regency?: string;

  @ApiPropertyOptional({ example: '2026-11-01', description: 'Classes on or after this date (YYYY-MM-DD)' })
  @IsOptional()
  @IsISO8601({ strict: true })
  @Matches(DAY, { message: 'from must be YYYY-MM-DD' })
  from?: string;

  @ApiPropertyOptional({ example: '2026-11-30', description: 'Classes on or before this date (YYYY-MM-DD)' })
  @IsOptional()
  @IsISO8601({ strict: true })
  @Matches(DAY, { message: 'to must be YYYY-MM-DD' })
  to?: string;
}

export class ProgrammeLearningView {
  @ApiProperty({ description: 'Answers given before the lessons (skips not counted), all questions together' }) beforeAnswered!: number;
  @ApiProperty() beforeCorrect!: number;
  @ApiProperty({ type: Number, nullable: true, description: 'Whole percent right before, null when nobody answered' }) beforePercent!: number | null;
  @ApiProperty() afterAnswered!: number;
  @ApiProperty() afterCorrect!: number;
  @ApiProperty({ type: Number, nullable: true }) afterPercent!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'after − before in percentage points' }) gain!: number | null;
}

export class ProgrammePracticeView {
  @ApiProperty({ description: 'The trainees’ own actions after the class date' }) actions!: number;
  @ApiProperty({ description: 'Trainees who did something after the class date' }) trainees!: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) lastAt!: string | null;
}

export class ProgrammeAttendeeView {
  @ApiProperty() name!: string;
  @ApiProperty({ type: String, nullable: true }) village!: string | null;
  @ApiProperty({ type: String, nullable: true }) phone!: string | null;
  @ApiProperty({ enum: ['trainee', 'buyer'] }) role!: 'trainee' | 'buyer';
  @ApiProperty({ format: 'date-time' }) joinedAt!: string;
}

export class ProgrammeClassView {
  @ApiProperty({ format: 'uuid' }) classId!: string;
  @ApiProperty() name!: string;
  @ApiProperty() place!: string;
  @ApiProperty({ example: '2026-11-28' }) date!: string;
  @ApiProperty({ example: '18.10' }) regencyCode!: string;
  @ApiProperty({ example: 'Kab. Pringsewu' }) regencyLabel!: string;
  @ApiProperty(TIME_ZONE_SCHEMA) timeZone!: IndonesianTimeZone;
  @ApiProperty({ enum: ['open', 'closed', 'archived'] }) status!: string;
  @ApiProperty({ type: String, isArray: true }) facilitators!: string[];
  @ApiProperty({ description: 'Trainees who joined (personas and demo buyers excluded)' }) participants!: number;
  @ApiProperty({ description: 'Missions enabled in the class' }) missionCount!: number;
  @ApiProperty({ description: 'Missions done, all trainees together' }) missionsCompleted!: number;
  @ApiProperty({ description: 'Trainees who finished every enabled mission' }) traineesAllMissions!: number;
  @ApiProperty({ type: ProgrammeLearningView }) learning!: ProgrammeLearningView;
  @ApiProperty({ type: ProgrammePracticeView }) practice!: ProgrammePracticeView;
  @ApiProperty() orders!: number;
  @ApiProperty() completedOrders!: number;
  @ApiProperty({ description: 'Whole rupiah paid for the trainees’ orders' }) salesRupiah!: number;
  @ApiProperty({ type: ProgrammeAttendeeView, isArray: true, description: 'The attendance sheet (daftar hadir): everyone present, personas excluded' })
  attendance!: ProgrammeAttendeeView[];
}

export class ProgrammeTotalsView {
  @ApiProperty() classes!: number;
  @ApiProperty() participants!: number;
  @ApiProperty() missionsCompleted!: number;
  @ApiProperty() traineesAllMissions!: number;
  @ApiProperty({ type: ProgrammeLearningView, description: 'The answers of every class added up' }) learning!: ProgrammeLearningView;
  @ApiProperty() practiceActions!: number;
  @ApiProperty() practiceTrainees!: number;
  @ApiProperty() orders!: number;
  @ApiProperty() completedOrders!: number;
  @ApiProperty() salesRupiah!: number;
  @ApiProperty({ description: 'People on the attendance sheets' }) attendees!: number;
}

export class ProgrammeRegencyView {
  @ApiProperty({ example: '18.10' }) code!: string;
  @ApiProperty({ example: 'Kab. Pringsewu' }) label!: string;
}

export class ProgrammeView {
  @ApiProperty({ format: 'date-time' }) generatedAt!: string;
  @ApiProperty({ type: ProgrammeQuery, description: 'The filter applied' }) filter!: ProgrammeQuery;
  @ApiProperty({ type: ProgrammeRegencyView, isArray: true, description: 'Every regency that has a class, for the filter' }) regencies!: ProgrammeRegencyView[];
  @ApiProperty({ type: ProgrammeClassView, isArray: true, description: 'Oldest class first' }) classes!: ProgrammeClassView[];
  @ApiProperty({ type: ProgrammeTotalsView }) totals!: ProgrammeTotalsView;
}
