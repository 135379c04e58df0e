import { ApiProperty } from '@nestjs/swagger';

/** The region data's source and licence, which the ODbL asks us to credit. */
export class AttributionResponse {
  @ApiProperty({ example: 'idn-area-data' })
  source!: string;

  @ApiProperty({ example: 'ODbL-1.0', description: 'SPDX identifier of the data licence.' })
  licence!: string;

  @ApiProperty({ example: 'https://github.com/fityannugroho/idn-area-data' })
  url!: string;
}
