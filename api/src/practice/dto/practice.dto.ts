import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean, IsInt, IsString, Length, Max, Min } from 'class-validator';
import { PRACTICE_LIMITS } from '../practice-plan.js';

export const NEXT_STEPS = ['ship', 'check_payment', 'wait_buyers', 'practice_over', 'add_product'] as const;

/** "Latihan Mandiri" of a class: whether persona buyers come after the session, and at what rhythm. */
export class PracticeSettingsView {
  @ApiProperty() enabled!: boolean;
  @ApiProperty({ example: 7, description: 'Days (class clock) the practice stays open from when it was switched on' }) daysOpen!: number;
  @ApiProperty({ example: 2, description: 'Persona-buyer orders per trainee per simulated day' }) ordersPerDay!: number;
  @ApiProperty({ example: 20, description: 'Share (%) of visits that order and do not pay' }) unpaidPercent!: number;
  @ApiProperty({ example: 10, description: 'Share (%) of visits that try the fake transfer receipt' }) fraudPercent!: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'Class time the practice started' }) startsAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'Class time it ends' }) endsAt!: string | null;
  @ApiProperty({ description: 'Visits made so far (this period)' }) visitsDone!: number;
  @ApiProperty({ description: 'Visits that could not order (no product, no courier, …)' }) visitsFailed!: number;
}

export class UpdatePracticeSettingsRequest {
  @ApiProperty()
  @IsBoolean()
  enabled!: boolean;

  @ApiProperty({ minimum: PRACTICE_LIMITS.daysOpen.min, maximum: PRACTICE_LIMITS.daysOpen.max })
  @IsInt()
  @Min(PRACTICE_LIMITS.daysOpen.min)
  @Max(PRACTICE_LIMITS.daysOpen.max)
  daysOpen!: number;

  @ApiProperty({ minimum: PRACTICE_LIMITS.ordersPerDay.min, maximum: PRACTICE_LIMITS.ordersPerDay.max })
  @IsInt()
  @Min(PRACTICE_LIMITS.ordersPerDay.min)
  @Max(PRACTICE_LIMITS.ordersPerDay.max)
  ordersPerDay!: number;

  @ApiProperty({ minimum: 0, maximum: 100 })
  @IsInt()
  @Min(0)
  @Max(100)
  unpaidPercent!: number;

  @ApiProperty({ minimum: 0, maximum: 100 })
  @IsInt()
  @Min(0)
  @Max(100)
  fraudPercent!: number;
}

/** One trainee in the facilitator's follow-up list. */
export class PracticeFollowUpTraineeView {
  @ApiProperty({ format: 'uuid' }) participantId!: string;
  @ApiProperty() name!: string;
  @ApiProperty() shopName!: string;
  @ApiProperty({ description: 'Missions done' }) missionsDone!: number;
  @ApiProperty({ description: 'Missions switched on in the class' }) missionsTotal!: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) lastActivityAt!: string | null;
  @ApiProperty({ description: 'She did something after the day of the class' }) activeSinceClass!: boolean;
  @ApiProperty({ description: 'Practice orders that came to her shop' }) practiceOrders!: number;
  @ApiProperty({ description: 'Practice orders she shipped (or that went further)' }) practiceHandled!: number;
  @ApiProperty({ description: 'Paid practice orders still waiting for her to ship' }) practiceWaiting!: number;
}

export class PracticeFollowUpView {
  @ApiProperty({ example: '2026-11-28', description: 'The day of the class' }) classDate!: string;
  @ApiProperty({ description: 'Trainees who did something after the day' }) activeCount!: number;
  @ApiProperty({ type: PracticeFollowUpTraineeView, isArray: true, description: 'Those active since the day first, latest activity first' })
  trainees!: PracticeFollowUpTraineeView[];
}

export class ClassMessageRequest {
  @ApiProperty({ example: 'Ibu-ibu, jangan lupa kirim pesanan yang sudah dibayar ya.', minLength: 2, maxLength: 500 })
  @IsString()
  @Length(2, 500)
  text!: string;
}

export class ClassMessageView {
  @ApiProperty({ description: 'Trainees who got it as a notification' }) sent!: number;
}

/** "Latihan minggu ini" on the trainee's home. */
export class MyPracticeWeekView {
  @ApiProperty({ description: 'Persona buyers still come' }) open!: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) endsAt!: string | null;
  @ApiProperty({ description: 'Practice orders that came in the last 7 class days' }) came!: number;
  @ApiProperty({ description: 'Paid, waiting for her to ship' }) toShip!: number;
  @ApiProperty({ description: 'Not paid (yet): do not ship' }) unpaid!: number;
  @ApiProperty({ description: 'Buyers who tried the fake transfer receipt' }) fraud!: number;
  @ApiProperty({ description: 'Completed: the money is in Saldo Penjual' }) completed!: number;
  @ApiProperty({ enum: NEXT_STEPS, enumName: 'PracticeNextStep' }) next!: (typeof NEXT_STEPS)[number];
}
