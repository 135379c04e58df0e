import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Requires } from './access.decorators.js';
import { CreateFacilitatorRequest, FacilitatorView } from './dto/auth.dto.js';
import { FacilitatorsService } from './facilitators.service.js';

@ApiTags('facilitators')
@ApiBearerAuth()
@Requires('admin')
@Controller('facilitators')
export class FacilitatorsController {
  constructor(private readonly facilitators: FacilitatorsService) {}

  @Post()
  @ApiCreatedResponse({ type: FacilitatorView })
  async create(@Body() body: CreateFacilitatorRequest): Promise<FacilitatorView> {
    const f = await this.facilitators.create({ ...body, role: 'facilitator' });
    return { id: f.id, email: f.email, name: f.name, role: f.role };
  }

  @Get()
  @ApiOkResponse({ type: FacilitatorView, isArray: true })
  async list(): Promise<FacilitatorView[]> {
    return (await this.facilitators.list()).map((f) => ({ id: f.id, email: f.email, name: f.name, role: f.role }));
  }
}
