import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn } from 'class-validator';
import { MISSION_IDS, type MissionId } from '../../missions/mission-checks.js';

/** The A4 "Sertifikat" of one trainee. */
export class CertificateView {
  @ApiProperty({ example: 'KMNPQR3479', description: 'Printed under the QR; opens the public verification page' }) code!: string;
  @ApiProperty() name!: string;
  @ApiProperty() className!: string;
  @ApiProperty() place!: string;
  @ApiProperty({ example: 'Kab. Pringsewu' }) regencyLabel!: string;
  @ApiProperty({ example: '2026-11-28', description: 'The day of the class, in its own zone' }) date!: string;
  @ApiProperty({ enum: MISSION_IDS, enumName: 'MissionId', isArray: true, description: 'Missions done when it was issued, in class order' }) missions!: MissionId[];
  @ApiProperty({ type: String, isArray: true }) facilitators!: string[];
  @ApiProperty({ example: 'http://192.168.1.10:3000/sertifikat/KMNPQR3479' }) verifyUrl!: string;
  @ApiProperty({ description: 'QR code of verifyUrl, as an SVG document' }) verifyQrSvg!: string;
  @ApiProperty({ format: 'date-time' }) issuedAt!: string;
}

/** What the public verification page shows, and nothing more. */
export class CertificateVerificationView {
  @ApiProperty() name!: string;
  @ApiProperty() className!: string;
  @ApiProperty({ example: '2026-11-28' }) date!: string;
}

export class CertificateTraineeView {
  @ApiProperty({ format: 'uuid' }) participantId!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: MISSION_IDS, enumName: 'MissionId', isArray: true, description: 'Required missions not done yet' }) missing!: MissionId[];
  @ApiProperty({ type: String, nullable: true, description: 'The certificate’s code once the trainee opened it' }) code!: string | null;
}

export class CertificateOverviewView {
  @ApiProperty({ enum: MISSION_IDS, enumName: 'MissionId', isArray: true, description: 'The missions chosen; empty: every enabled mission' }) chosenMissions!: MissionId[];
  @ApiProperty({ enum: MISSION_IDS, enumName: 'MissionId', isArray: true, description: 'The missions a certificate needs now' }) requiredMissions!: MissionId[];
  @ApiProperty({ type: CertificateTraineeView, isArray: true }) trainees!: CertificateTraineeView[];
}

export class UpdateCertificateSettingsRequest {
  @ApiProperty({ enum: MISSION_IDS, enumName: 'MissionId', isArray: true, description: 'The missions a certificate needs; empty: every enabled mission' })
  @IsArray()
  @ArrayMaxSize(MISSION_IDS.length)
  @IsIn(MISSION_IDS, { each: true })
  requiredMissions!: MissionId[];
}
