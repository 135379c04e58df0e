import { Module } from '@nestjs/common';
import { ClassesModule } from '../classes/classes.module.js';
import { MissionsModule } from '../missions/missions.module.js';
import { CertificatesController, ClassCertificatesController } from './certificates.controller.js';
import { CertificatesRepository } from './certificates.repository.js';
import { CertificatesService } from './certificates.service.js';

/** "Sertifikat" for the trainees who finished the missions their class requires, with a public verification page. */
@Module({
  imports: [ClassesModule, MissionsModule],
  controllers: [CertificatesController, ClassCertificatesController],
  providers: [CertificatesRepository, CertificatesService],
})
export class CertificatesModule {}
