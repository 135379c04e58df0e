import { ApiProperty } from '@nestjs/swagger';
import { MISSION_IDS, type MissionId } from '../../missions/mission-checks.js';
import { LearningResultsView } from '../../learning-check/dto/learning-check.dto.js';
import { FeedTextView, GridCellView, GridMissionView } from '../../missions/dto/missions.dto.js';
import { type IndonesianTimeZone, TIME_ZONE_SCHEMA } from '../../common/time/zoned-time.js';

export class ReportCountsView {
  @ApiProperty() productsPosted!: number;
  @ApiProperty() orders!: number;
  @ApiProperty() payments!: number;
  @ApiProperty() shipments!: number;
  @ApiProperty() completedOrders!: number;
  @ApiProperty() withdrawals!: number;
  @ApiProperty({ description: 'Whole rupiah paid for the shop’s orders' }) salesRupiah!: number;
  @ApiProperty({ description: 'Whole rupiah withdrawn to a bank' }) withdrawnRupiah!: number;
}

export class ReportTraineeView {
  @ApiProperty({ format: 'uuid' }) participantId!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: String, nullable: true }) village!: string | null;
  @ApiProperty() shopName!: string;
  @ApiProperty({ format: 'date-time' }) joinedAt!: string;
  @ApiProperty({ type: GridCellView, isArray: true }) missions!: GridCellView[];
  @ApiProperty() doneCount!: number;
  @ApiProperty({ type: ReportCountsView }) counts!: ReportCountsView;
}

export class ReportSeriesPointView {
  @ApiProperty({ format: 'date-time', description: 'End of the 10-minute slot' }) at!: string;
  @ApiProperty({ description: 'Missions completed so far, all trainees together' }) completed!: number;
}

export class ReportTimelineItemView {
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) simTime!: string | null;
  @ApiProperty({ example: 'scenario.started' }) type!: string;
  @ApiProperty({ type: FeedTextView, description: 'Key under feed.* with params, as in the live feed (firsts: feed.first.<type>)' }) text!: FeedTextView;
}

/** "Latihan setelah hari H": the trainees' own actions on a later day than the class (WIB wall clock). */
export class ReportPracticeView {
  @ApiProperty({ description: 'Actions the trainees themselves took after the class date (activity log; mission checks and joining excluded)' }) actions!: number;
  @ApiProperty({ description: 'Trainees with at least one such action' }) trainees!: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) lastAt!: string | null;
}

export class ReportClassView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() place!: string;
  @ApiProperty({ example: '2026-11-28' }) date!: string;
  @ApiProperty({ example: 'Kab. Pringsewu' }) regencyLabel!: string;
  @ApiProperty(TIME_ZONE_SCHEMA) timeZone!: IndonesianTimeZone;
  @ApiProperty() joinCode!: string;
  @ApiProperty({ enum: ['open', 'closed', 'archived'] }) status!: string;
  @ApiProperty({ type: String, isArray: true }) facilitators!: string[];
}

export class ClassReportView {
  @ApiProperty({ type: ReportClassView }) class!: ReportClassView;
  @ApiProperty({ format: 'date-time' }) generatedAt!: string;
  @ApiProperty({ enum: MISSION_IDS, enumName: 'MissionId', isArray: true, description: 'The enabled missions in class order' }) missionIds!: MissionId[];
  @ApiProperty({ type: GridMissionView, isArray: true }) missions!: GridMissionView[];
  @ApiProperty({ type: ReportTraineeView, isArray: true }) trainees!: ReportTraineeView[];
  @ApiProperty({ type: ReportCountsView }) totals!: ReportCountsView;
  @ApiProperty({ description: 'Trainees who joined (personas excluded)' }) traineeCount!: number;
  @ApiProperty({ type: ReportSeriesPointView, isArray: true }) completionSeries!: ReportSeriesPointView[];
  @ApiProperty({ type: ReportTimelineItemView, isArray: true, description: 'Oldest first' }) timeline!: ReportTimelineItemView[];
  @ApiProperty({ type: LearningResultsView, description: '"Cek Pemahaman": per question the share right before and after and the gain; per trainee her answers' })
  learningCheck!: LearningResultsView;
  @ApiProperty({ type: ReportPracticeView }) practice!: ReportPracticeView;
  @ApiProperty({ example: '/api/classes/…/attendance.csv' }) attendanceCsvUrl!: string;
  @ApiProperty({ example: '/api/classes/…/report.csv' }) reportCsvUrl!: string;
}
