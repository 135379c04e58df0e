import { Controller, Get, Param, Query, UseInterceptors } from '@nestjs/common';
import { Public } from '../auth/access.decorators.js';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiParam, ApiTags } from '@nestjs/swagger';
import { ErrorResponse } from '../common/errors/error.response.js';
import { AttributionResponse } from './dto/attribution.response.js';
import { ProvinceResponse } from './dto/province.response.js';
import { RegencyResponse } from './dto/regency.response.js';
import { SearchRegenciesQuery } from './dto/search-regencies.query.js';
import { PublicCacheInterceptor, REGIONS_CACHE_CONTROL } from './public-cache.interceptor.js';
import { unknownRegency } from './regions.errors.js';
import { RegionsService } from './regions.service.js';

const cached = { 'Cache-Control': { description: REGIONS_CACHE_CONTROL, schema: { type: 'string' } } };

/** Public and read-only: the data is the same for everyone. */
@ApiTags('regions')
@UseInterceptors(PublicCacheInterceptor)
@Public()
@Controller('regions')
export class RegionsController {
  constructor(private readonly regions: RegionsService) {}

  @Get('provinces')
  @ApiOkResponse({ type: [ProvinceResponse], headers: cached, description: 'All provinces, in official order.' })
  listProvinces(): readonly ProvinceResponse[] {
    return this.regions.listProvinces();
  }

  @Get('provinces/:code/regencies')
  @ApiParam({ name: 'code', example: '18' })
  @ApiOkResponse({ type: [RegencyResponse], headers: cached, description: "The province's regencies, in official order." })
  @ApiNotFoundResponse({ type: ErrorResponse, description: 'UNKNOWN_PROVINCE' })
  listRegencies(@Param('code') code: string): readonly RegencyResponse[] {
    return this.regions.listRegencies(code);
  }

  @Get('regencies')
  @ApiOkResponse({ type: [RegencyResponse], headers: cached, description: 'Regencies whose name contains the query.' })
  @ApiBadRequestResponse({ type: ErrorResponse, description: 'VALIDATION_FAILED' })
  searchRegencies(@Query() query: SearchRegenciesQuery): RegencyResponse[] {
    return this.regions.searchRegencies(query.q, query.limit);
  }

  @Get('regencies/:code')
  @ApiParam({ name: 'code', example: '18.10' })
  @ApiOkResponse({ type: RegencyResponse, headers: cached })
  @ApiNotFoundResponse({ type: ErrorResponse, description: 'UNKNOWN_REGENCY' })
  getRegency(@Param('code') code: string): RegencyResponse {
    const regency = this.regions.getRegency(code);
    if (!regency) throw unknownRegency(code, 404);
    return regency;
  }

  @Get('attribution')
  @ApiOkResponse({ type: AttributionResponse, headers: cached, description: 'Source and licence of the region data (ODbL).' })
  attribution(): AttributionResponse {
    return this.regions.attribution();
  }
}
