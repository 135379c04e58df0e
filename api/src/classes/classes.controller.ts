import { Body, Controller, Delete, Get, Param, ParseUUIDPipe, Patch, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ClassScoped, CurrentPrincipal, Requires } from '../auth/access.decorators.js';
import type { Principal } from '../auth/principal.js';
import { attendanceCsv } from './attendance.js';
import { ClassesService } from './classes.service.js';
import {
  AddFacilitatorRequest,
  ClassDetailView,
  ClassView,
  CreateClassRequest,
  CreatePersonaRequest,
  JoinLinkView,
  ParticipantView,
  PinView,
  UpdateClassRequest,
  UpdatePersonaRequest,
} from './dto/class.dto.js';

@ApiTags('classes')
@ApiBearerAuth()
@Controller('classes')
export class ClassesController {
  constructor(private readonly classes: ClassesService) {}

  @Post()
  @Requires('facilitator')
  @ApiCreatedResponse({ type: ClassView })
  create(@CurrentPrincipal() principal: Principal, @Body() body: CreateClassRequest): Promise<ClassView> {
    return this.classes.create(principal, body);
  }

  @Get()
  @Requires('facilitator')
  @ApiOkResponse({ type: ClassView, isArray: true })
  list(@CurrentPrincipal() principal: Principal): Promise<ClassView[]> {
    return this.classes.list(principal);
  }

  @Get(':classId')
  @ClassScoped()
  @ApiOkResponse({ type: ClassDetailView })
  detail(@Param('classId') classId: string, @Req() req: FastifyRequest): Promise<ClassDetailView> {
    // req.host and req.protocol follow X-Forwarded-Host/-Proto only from a proxy that TRUST_PROXY trusts.
    return this.classes.detail(classId, req.host, req.protocol);
  }

  @Get(':classId/join-link')
  @ClassScoped()
  @Requires('facilitator')
  @ApiOkResponse({ type: JoinLinkView })
  @ApiQuery({ name: 'base', required: true, description: 'The address phones use, chosen or typed by the facilitator: http://192.168.1.10:3000' })
  joinLink(@Param('classId') classId: string, @Query('base') base: string | undefined): Promise<JoinLinkView> {
    return this.classes.joinLink(classId, base);
  }

  @Patch(':classId')
  @ClassScoped()
  @Requires('facilitator')
  @ApiOkResponse({ type: ClassView })
  update(@Param('classId') classId: string, @CurrentPrincipal() principal: Principal, @Body() body: UpdateClassRequest): Promise<ClassView> {
    return this.classes.update(classId, principal, body);
  }

  @Post(':classId/facilitators')
  @ClassScoped()
  @Requires('facilitator')
  @ApiCreatedResponse({ type: String, isArray: true })
  addFacilitator(@Param('classId') classId: string, @CurrentPrincipal() principal: Principal, @Body() body: AddFacilitatorRequest): Promise<string[]> {
    return this.classes.addFacilitator(classId, principal, body.email);
  }

  @Delete(':classId/facilitators/:facilitatorId')
  @ClassScoped()
  @Requires('facilitator')
  @ApiOkResponse({ type: String, isArray: true, description: 'Names of the facilitators who run the class now' })
  removeFacilitator(
    @Param('classId') classId: string,
    @Param('facilitatorId', new ParseUUIDPipe()) facilitatorId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<string[]> {
    return this.classes.removeFacilitator(classId, principal, facilitatorId);
  }

  @Get(':classId/participants')
  @ClassScoped()
  @Requires('facilitator')
  @ApiOkResponse({ type: ParticipantView, isArray: true })
  participants(@Param('classId') classId: string): Promise<ParticipantView[]> {
    return this.classes.participants(classId);
  }

  @Post(':classId/participants/:participantId/pin')
  @ClassScoped()
  @Requires('facilitator')
  @ApiCreatedResponse({ type: PinView })
  issuePin(
    @Param('classId') classId: string,
    @Param('participantId', new ParseUUIDPipe()) participantId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<PinView> {
    return this.classes.issuePin(classId, participantId, principal);
  }

  @Post(':classId/personas')
  @ClassScoped()
  @Requires('facilitator')
  @ApiCreatedResponse({ type: ParticipantView })
  createPersona(@Param('classId') classId: string, @CurrentPrincipal() principal: Principal, @Body() body: CreatePersonaRequest): Promise<ParticipantView> {
    return this.classes.createPersona(classId, principal, body);
  }

  @Patch(':classId/personas/:personaId')
  @ClassScoped()
  @Requires('facilitator')
  @ApiOkResponse({ type: ParticipantView })
  updatePersona(
    @Param('classId') classId: string,
    @Param('personaId', new ParseUUIDPipe()) personaId: string,
    @CurrentPrincipal() principal: Principal,
    @Body() body: UpdatePersonaRequest,
  ): Promise<ParticipantView> {
    return this.classes.updatePersona(classId, personaId, principal, body);
  }

  @Get(':classId/attendance.csv')
  @ClassScoped()
  @Requires('facilitator')
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'Daftar hadir as CSV (UTF-8 with BOM)', schema: { type: 'string' } })
  async attendance(@Param('classId') classId: string, @Res() res: FastifyReply): Promise<void> {
    const [trainingClass, participants] = await Promise.all([this.classes.get(classId), this.classes.participants(classId)]);
    const rows = participants
      .filter((p) => !p.isPersona)
      .map((p) => ({ name: p.name, village: p.village, phone: p.phone, role: p.role, joinedAt: new Date(p.joinedAt) }));
    const filename = `daftar-hadir-${trainingClass.date}-${trainingClass.joinCode}.csv`;
    res.header('Content-Type', 'text/csv; charset=utf-8');
    res.header('Content-Disposition', `attachment; filename="${filename}"`);
    res.header('Cache-Control', 'no-store');
    res.send(attendanceCsv(rows, trainingClass.timeZone));
  }
}
