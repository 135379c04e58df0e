import { Body, Controller, Get, Param, Post, Put, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { ClassScoped, CurrentPrincipal, Public, Requires } from '../auth/access.decorators.js';
import type { Principal } from '../auth/principal.js';
import { CertificatesService } from './certificates.service.js';
import { CertificateOverviewView, CertificateVerificationView, CertificateView, UpdateCertificateSettingsRequest } from './dto/certificate.dto.js';

/** "Sertifikat": the trainee's own certificate, and the public page its QR opens. */
@ApiTags('certificates')
@Controller('certificates')
export class CertificatesController {
  constructor(private readonly certificates: CertificatesService) {}

  /** Issues the certificate once the required missions are done (409 with what is missing otherwise), then shows it. */
  @Post('mine')
  @ApiBearerAuth()
  @Requires('trainee')
  @ApiCreatedResponse({ type: CertificateView })
  mine(@CurrentPrincipal() principal: Principal, @Req() req: FastifyRequest): Promise<CertificateView> {
    return this.certificates.mine(principal, req.host, req.protocol);
  }

  /** Whoever holds the paper checks it: only the name, the class and the date. */
  @Get('verify/:certificateCode')
  @Public()
  @ApiOkResponse({ type: CertificateVerificationView })
  verify(@Param('certificateCode') code: string): Promise<CertificateVerificationView> {
    return this.certificates.verify(code);
  }
}

/** The facilitators choose the missions a certificate needs and see who has one. */
@ApiTags('certificates')
@ApiBearerAuth()
@ClassScoped()
@Requires('facilitator')
@Controller('classes/:classId/certificates')
export class ClassCertificatesController {
  constructor(private readonly certificates: CertificatesService) {}

  @Get()
  @ApiOkResponse({ type: CertificateOverviewView })
  overview(@Param('classId') classId: string): Promise<CertificateOverviewView> {
    return this.certificates.overview(classId);
  }

  @Put('settings')
  @ApiOkResponse({ type: CertificateOverviewView })
  update(@Param('classId') classId: string, @CurrentPrincipal() principal: Principal, @Body() body: UpdateCertificateSettingsRequest): Promise<CertificateOverviewView> {
    return this.certificates.updateSettings(classId, principal, body);
  }
}
