import { ApiProperty } from '@nestjs/swagger';
import { REGENCY_TYPES, type RegencyType } from '../region-names.js';

export class RegencyResponse {
  @ApiProperty({ example: '18.10' })
  code!: string;

  @ApiProperty({ example: '18' })
  provinceCode!: string;

  @ApiProperty({ example: 'Pringsewu', description: 'A kabupaten without its word ("Pringsewu"); a kota with it ("Kota Bandar Lampung").' })
  name!: string;

  @ApiProperty({ enum: REGENCY_TYPES, enumName: 'RegencyType', example: 'kabupaten' })
  type!: RegencyType;

  @ApiProperty({ example: 'Kab. Pringsewu', description: 'What a picker shows: "Kab. Pringsewu", "Kota Bandar Lampung".' })
  label!: string;
}
