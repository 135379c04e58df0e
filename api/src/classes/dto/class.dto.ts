import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsIn, IsISO8601, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';
import type { ClassStatus } from '../training-class.entity.js';
import { type IndonesianTimeZone, TIME_ZONE_SCHEMA } from '../../common/time/zoned-time.js';

const REGENCY_CODE = /^\d{2}\.\d{2}$/;

export class CreateClassRequest {
  @ApiProperty({ example: 'Pelatihan E-Commerce PKH' })
  @IsString()
  @Length(3, 120)
  name!: string;

  @ApiProperty({ example: 'Balai Pekon Ambarawa' })
  @IsString()
  @Length(3, 160)
  place!: string;

  @ApiProperty({ example: '2026-11-28', description: 'Workshop date (YYYY-MM-DD)' })
  @IsISO8601({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'date must be YYYY-MM-DD' })
  date!: string;

  @ApiProperty({ example: '18.10', description: 'Home regency (origin for shipping), e.g. 18.10 Kab. Pringsewu' })
  @Matches(REGENCY_CODE, { message: 'regencyCode must look like 18.10' })
  regencyCode!: string;
}

export class UpdateClassRequest {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(3, 120)
  name?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(3, 160)
  place?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsISO8601({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'date must be YYYY-MM-DD' })
  date?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Matches(REGENCY_CODE, { message: 'regencyCode must look like 18.10' })
  regencyCode?: string;

  @ApiPropertyOptional({ enum: ['open', 'closed', 'ended', 'archived'], description: 'closed: joining closed, the class goes on; ended: the workshop is over' })
  @IsOptional()
  @IsIn(['open', 'closed', 'ended', 'archived'])
  status?: ClassStatus;
}

export class AddFacilitatorRequest {
  @ApiProperty()
  @IsEmail()
  @MaxLength(254)
  email!: string;
}

export class ClassView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty()
  place!: string;

  @ApiProperty({ example: '2026-11-28' })
  date!: string;

  @ApiProperty({ example: '18.10' })
  regencyCode!: string;

  @ApiProperty({ example: 'Kab. Pringsewu' })
  regencyLabel!: string;

  @ApiProperty({
    ...TIME_ZONE_SCHEMA,
    description: "The zone the class's times are shown in, from its regency's province: WIB (Asia/Jakarta, Asia/Pontianak), WITA (Asia/Makassar) or WIT (Asia/Jayapura)",
  })
  timeZone!: IndonesianTimeZone;

  @ApiProperty({ example: 'KMNPQR' })
  joinCode!: string;

  @ApiProperty({ enum: ['open', 'closed', 'ended', 'archived'] })
  status!: ClassStatus;

  @ApiProperty()
  participantCount!: number;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ format: 'uuid', description: 'The facilitator who created the class: she may add and remove co-facilitators' })
  ownerId!: string;

  @ApiProperty({ example: 'Rina', description: "The owner's name (a class another facilitator shared shows it)" })
  ownerName!: string;
}

export class TeamMemberView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'Budi' })
  name!: string;
}

export class ClassDetailView extends ClassView {
  @ApiProperty({ example: 'http://192.168.1.10:3000/gabung/KMNPQR', description: 'What the QR code opens' })
  joinUrl!: string;

  @ApiProperty({ description: 'QR code of joinUrl, as an SVG document' })
  joinQrSvg!: string;

  @ApiProperty({ type: String, isArray: true, description: 'Names of the facilitators who run the class' })
  facilitators!: string[];

  @ApiProperty({ type: TeamMemberView, isArray: true, description: 'The same facilitators with their ids (the owner removes a co-facilitator by id)' })
  team!: TeamMemberView[];

  @ApiProperty({ description: 'False when the app cannot know that phones reach joinUrl: the facilitator should choose or type the address' })
  joinUrlSure!: boolean;

  @ApiProperty({ type: String, isArray: true, description: 'Detected addresses (base URLs) to choose from when joinUrlSure is false' })
  joinBaseChoices!: string[];
}

export class JoinLinkView {
  @ApiProperty({ example: 'http://192.168.1.10:3000/gabung/KMNPQR' })
  joinUrl!: string;

  @ApiProperty({ description: 'QR code of joinUrl, as an SVG document' })
  joinQrSvg!: string;
}

export class ParticipantView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ description: 'Name as shown, numbered when two are the same: "Siti (2)"' })
  name!: string;

  @ApiProperty({ enum: ['trainee', 'buyer'] })
  role!: 'trainee' | 'buyer';

  @ApiProperty({ type: String, nullable: true })
  phone!: string | null;

  @ApiProperty({ type: String, nullable: true })
  village!: string | null;

  @ApiProperty()
  isPersona!: boolean;

  @ApiProperty({ format: 'date-time' })
  joinedAt!: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  lastSeenAt!: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  shopId!: string | null;

  @ApiProperty({ type: String, nullable: true })
  shopName!: string | null;

  @ApiProperty({ enum: ['near', 'city', 'far'], nullable: true, description: "A demo buyer's home: near the shops, a city, or far" })
  destination!: PersonaDestination | null;
}

export class PinView {
  @ApiProperty({ example: '048213' })
  pin!: string;

  @ApiProperty({ format: 'date-time' })
  expiresAt!: string;
}

export class CreatePersonaRequest {
  @ApiProperty({ example: 'Bu Rahma (Pembeli Bandar Lampung)' })
  @IsString()
  @Length(2, 60)
  displayName!: string;

  @ApiPropertyOptional({ example: '081234567890' })
  @IsOptional()
  @Matches(/^\+?\d{8,15}$/, { message: 'phone must be 8 to 15 digits' })
  phone?: string;

  @ApiPropertyOptional({ example: 'Kedaton, Bandar Lampung' })
  @IsOptional()
  @IsString()
  @Length(2, 120)
  village?: string;

  @ApiPropertyOptional({ enum: ['near', 'city', 'far'], description: 'Where the persona lives: near the shops, in a city a day or three away (default), or across the islands' })
  @IsOptional()
  @IsIn(['near', 'city', 'far'])
  destination?: PersonaDestination;
}

export type PersonaDestination = 'near' | 'city' | 'far';

/** Rename a demo buyer, or move her. */
export class UpdatePersonaRequest {
  @ApiPropertyOptional({ example: 'Bu Rahma (Jayapura)' })
  @IsOptional()
  @IsString()
  @Length(2, 60)
  displayName?: string;

  @ApiPropertyOptional({ enum: ['near', 'city', 'far'] })
  @IsOptional()
  @IsIn(['near', 'city', 'far'])
  destination?: PersonaDestination;
}
