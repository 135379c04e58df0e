import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsOptional, IsString, IsUUID, Length, MaxLength, ValidateIf, ValidateNested } from 'class-validator';
import { PICTURES, type Picture } from '../default-questions.js';
import { ROUNDS, type Round } from '../learning-gain.js';

export class LearningOptionView {
  @ApiProperty({ example: 'a' }) id!: string;
  @ApiProperty({ example: 'Pembeli bayar dulu, lalu penjual kirim' }) textId!: string;
  @ApiProperty({ example: 'The buyer pays, then the seller ships' }) textEn!: string;
}

/** A question as the trainee's phone shows it: no right answer in it. */
export class MyLearningQuestionView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: PICTURES, enumName: 'LearningPicture' }) picture!: Picture;
  @ApiProperty() promptId!: string;
  @ApiProperty() promptEn!: string;
  @ApiProperty({ type: LearningOptionView, isArray: true }) options!: LearningOptionView[];
}

export class MyLearningCheckView {
  @ApiProperty({ enum: ROUNDS, enumName: 'LearningRound', description: 'before: from joining; after: once a facilitator opened it' }) round!: Round;
  @ApiProperty({ type: MyLearningQuestionView, isArray: true, description: 'The class’s enabled questions, in its order' }) questions!: MyLearningQuestionView[];
  @ApiProperty({ type: String, isArray: true, description: 'Questions already answered or skipped in this round' }) answeredIds!: string[];
}

export class SubmitLearningAnswerRequest {
  @ApiProperty({ format: 'uuid', description: 'Made by the phone once per tap: a resend from the outbox is stored once' })
  @IsUUID()
  clientId!: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  questionId!: string;

  @ApiProperty({ enum: ROUNDS, enumName: 'LearningRound' })
  @IsIn(ROUNDS)
  round!: Round;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'The chosen answer; null or absent: skipped' })
  @IsOptional()
  @ValidateIf((_o, value) => value !== null)
  @IsString()
  @MaxLength(8)
  optionId?: string | null;
}

export class LearningAnswerView {
  @ApiProperty({ format: 'uuid' }) clientId!: string;
  @ApiProperty({ format: 'uuid' }) questionId!: string;
  @ApiProperty({ enum: ROUNDS, enumName: 'LearningRound' }) round!: Round;
  @ApiProperty({ type: String, nullable: true, description: 'The answer that counts (the first one given in the round)' }) optionId!: string | null;
}

export class LearningQuestionView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'pay_first' }) key!: string;
  @ApiProperty({ enum: PICTURES, enumName: 'LearningPicture' }) picture!: Picture;
  @ApiProperty() position!: number;
  @ApiProperty() enabled!: boolean;
  @ApiProperty() promptId!: string;
  @ApiProperty() promptEn!: string;
  @ApiProperty({ type: LearningOptionView, isArray: true }) options!: LearningOptionView[];
  @ApiProperty({ example: 'a' }) correctOption!: string;
}

export class LearningCheckSettingsView {
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When a facilitator opened the round after the lessons' })
  afterOpenedAt!: string | null;
  @ApiProperty({ type: LearningQuestionView, isArray: true }) questions!: LearningQuestionView[];
}

export class LearningOptionInput {
  @ApiProperty({ example: 'a' })
  @IsString()
  @MaxLength(8)
  id!: string;

  @ApiProperty()
  @IsString()
  @Length(1, 120)
  textId!: string;

  @ApiProperty()
  @IsString()
  @Length(1, 120)
  textEn!: string;
}

export class LearningQuestionInput {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  id!: string;

  @ApiProperty()
  @IsBoolean()
  enabled!: boolean;

  @ApiProperty()
  @IsString()
  @Length(1, 200)
  promptId!: string;

  @ApiProperty()
  @IsString()
  @Length(1, 200)
  promptEn!: string;

  @ApiProperty({ type: LearningOptionInput, isArray: true, description: 'The question’s own answers (same ids), with new words' })
  @IsArray()
  @ArrayMinSize(2)
  @ArrayMaxSize(4)
  @ValidateNested({ each: true })
  @Type(() => LearningOptionInput)
  options!: LearningOptionInput[];

  @ApiProperty({ example: 'a' })
  @IsString()
  @MaxLength(8)
  correctOption!: string;
}

export class UpdateLearningQuestionsRequest {
  @ApiProperty({ type: LearningQuestionInput, isArray: true, description: 'Every question of the class exactly once, in the order trainees see them' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => LearningQuestionInput)
  questions!: LearningQuestionInput[];
}

export class RoundShareView {
  @ApiProperty({ description: 'Trainees who chose an answer (skips not counted)' }) answered!: number;
  @ApiProperty() correct!: number;
  @ApiProperty({ type: Number, nullable: true, description: 'Whole percent right, null when nobody answered' }) percent!: number | null;
}

export class LearningQuestionResultView {
  @ApiProperty({ format: 'uuid' }) questionId!: string;
  @ApiProperty({ enum: PICTURES, enumName: 'LearningPicture' }) picture!: Picture;
  @ApiProperty() promptId!: string;
  @ApiProperty() promptEn!: string;
  @ApiProperty({ type: RoundShareView }) before!: RoundShareView;
  @ApiProperty({ type: RoundShareView }) after!: RoundShareView;
  @ApiProperty({ type: Number, nullable: true, description: 'after − before, in percentage points' }) gain!: number | null;
}

export class LearningTraineeAnswerView {
  @ApiProperty({ format: 'uuid' }) questionId!: string;
  @ApiProperty({ enum: ROUNDS, enumName: 'LearningRound' }) round!: Round;
  @ApiProperty({ type: String, nullable: true }) optionId!: string | null;
  @ApiProperty({ type: Boolean, nullable: true, description: 'null: skipped' }) correct!: boolean | null;
}

export class LearningTraineeResultView {
  @ApiProperty({ format: 'uuid' }) participantId!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ description: 'Right answers before' }) beforeCorrect!: number;
  @ApiProperty() beforeAnswered!: number;
  @ApiProperty() afterCorrect!: number;
  @ApiProperty() afterAnswered!: number;
  @ApiProperty({ type: LearningTraineeAnswerView, isArray: true }) answers!: LearningTraineeAnswerView[];
}

/** The facilitator's results: per question the share right before and after and the gain; per trainee, her answers. */
export class LearningResultsView {
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) afterOpenedAt!: string | null;
  @ApiProperty({ type: LearningQuestionResultView, isArray: true, description: 'The enabled questions, in class order' }) questions!: LearningQuestionResultView[];
  @ApiProperty({ type: LearningTraineeResultView, isArray: true }) trainees!: LearningTraineeResultView[];
}
