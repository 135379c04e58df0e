import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsString, Length, MaxLength } from 'class-validator';

export class LoginRequest {
  @ApiProperty({ example: 'fasilitator@pasar-latihan.id' })
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @ApiProperty()
  @IsString()
  @Length(1, 200)
  password!: string;
}

export class FacilitatorView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  email!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty({ enum: ['admin', 'facilitator'] })
  role!: 'admin' | 'facilitator';
}

export class LoginResponse {
  @ApiProperty({ description: 'Bearer token for the Authorization header' })
  token!: string;

  @ApiProperty({ format: 'date-time' })
  expiresAt!: string;

  @ApiProperty({ type: FacilitatorView })
  facilitator!: FacilitatorView;
}

export class CreateFacilitatorRequest {
  @ApiProperty({ example: 'rina@pasar-latihan.id' })
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @ApiProperty({ example: 'Rina Fasilitator' })
  @IsString()
  @Length(2, 100)
  name!: string;

  @ApiProperty({ minLength: 8 })
  @IsString()
  @Length(8, 200)
  password!: string;
}

export class MeResponse {
  @ApiProperty({ enum: ['facilitator', 'participant'] })
  kind!: 'facilitator' | 'participant';

  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: ['admin', 'facilitator', 'trainee', 'buyer'] })
  role!: 'admin' | 'facilitator' | 'trainee' | 'buyer';

  @ApiProperty()
  name!: string;

  @ApiProperty({ format: 'uuid', required: false, nullable: true, type: String })
  classId!: string | null;

  @ApiProperty({ format: 'uuid', required: false, nullable: true, type: String })
  shopId!: string | null;
}
