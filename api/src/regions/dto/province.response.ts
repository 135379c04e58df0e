import { ApiProperty } from '@nestjs/swagger';
import { type IslandGroup, ISLAND_GROUPS } from '../island-group.js';

export class ProvinceResponse {
  @ApiProperty({ example: '18' })
  code!: string;

  @ApiProperty({ example: 'Lampung' })
  name!: string;

  @ApiProperty({ enum: ISLAND_GROUPS, enumName: 'IslandGroup', example: 'sumatera', description: 'Used for shipping zones.' })
  islandGroup!: IslandGroup;
}
