import { Inject, Injectable } from '@nestjs/common';
import type { Principal } from '../auth/principal.js';
import { ClassesService } from '../classes/classes.service.js';
import { rooms } from '../common/events/domain-event.js';
import { UnitOfWork } from '../common/events/unit-of-work.js';
import { qrSvg } from '../common/qr/qr-svg.js';
import { ENV } from '../config/config.module.js';
import type { Env } from '../config/env.js';
import { publicBaseUrl } from '../config/public-url.js';
import { checkMissions, DEFAULT_MISSION_SETTINGS, type MissionId } from '../missions/mission-checks.js';
import { MissionFactsRepository } from '../missions/mission-facts.repository.js';
import { missingMissions, newCertificateCode, normalizeCertificateCode, requiredMissions } from './certificate-rules.js';
import { certificateErrors } from './certificates.errors.js';
import { CertificatesRepository } from './certificates.repository.js';
import type { CertificateOverviewView, CertificateVerificationView, CertificateView, UpdateCertificateSettingsRequest } from './dto/certificate.dto.js';

/** The address a certificate's QR opens (the client's public verification page). */
export const verifyPath = (code: string) => `/sertifikat/${encodeURIComponent(code)}`;

/** "Sertifikat": issued to a trainee who finished the missions her class requires, checked by anyone by its code. */
@Injectable()
export class CertificatesService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly repository: CertificatesRepository,
    private readonly facts: MissionFactsRepository,
    private readonly classes: ClassesService,
    @Inject(ENV) private readonly env: Env,
  ) {}

  /** The trainee's certificate: issued the first time she asks with every required mission done, then kept. */
  async mine(principal: Principal, requestHost: string | undefined, requestProtocol?: string): Promise<CertificateView> {
    if (principal.kind !== 'participant' || principal.role !== 'trainee') throw certificateErrors.traineesOnly();
    let issued = await this.repository.ofParticipant(principal.id);
    if (!issued) {
      const [settings, chosen, [trainee]] = await Promise.all([
        this.facts.settings(principal.classId),
        this.repository.chosenMissions(principal.classId),
        this.facts.withFacts(principal.classId, [principal.id]),
      ]);
      if (!trainee) throw certificateErrors.traineesOnly();
      const all = checkMissions(trainee.facts, DEFAULT_MISSION_SETTINGS);
      const missing = missingMissions(requiredMissions(chosen, settings), all);
      if (missing.length > 0) throw certificateErrors.missionsNotDone(missing);
      const done = checkMissions(trainee.facts, settings)
        .filter((r) => r.state === 'done')
        .map((r) => r.id);
      issued = await this.uow.run(async (tx) => {
        // A code already taken by another certificate (about 1 in 2^45) is drawn again.
        for (let attempt = 0; attempt < 5; attempt++) {
          const code = newCertificateCode();
          if (await this.repository.issue(principal.classId, principal.id, code, done, tx.manager)) {
            await tx.record({
              type: 'certificate.issued',
              classId: principal.classId,
              actorId: principal.id,
              payload: { participantId: principal.id, name: principal.name },
              rooms: [rooms.facilitators(principal.classId)],
            });
            break;
          }
          if (await this.repository.ofParticipant(principal.id, tx.manager)) break;
        }
        return this.repository.ofParticipant(principal.id, tx.manager);
      });
      if (!issued) throw certificateErrors.notFound();
    }
    const detail = await this.classes.detail(principal.classId, requestHost, requestProtocol);
    const verifyUrl = `${publicBaseUrl(this.env.publicUrl, requestHost, requestProtocol)}${verifyPath(issued.code)}`;
    return {
      code: issued.code,
      name: principal.name,
      className: detail.name,
      place: detail.place,
      regencyLabel: detail.regencyLabel,
      date: detail.date,
      missions: issued.missions,
      facilitators: detail.facilitators,
      verifyUrl,
      verifyQrSvg: await qrSvg(verifyUrl, 2),
      issuedAt: issued.issuedAt.toISOString(),
    };
  }

  /** The public page behind the QR: the name, the class and the date, nothing else. */
  async verify(code: string): Promise<CertificateVerificationView> {
    const normalized = normalizeCertificateCode(code);
    const found = normalized.length <= 16 ? await this.repository.verification(normalized) : undefined;
    if (!found) throw certificateErrors.notFound();
    return { name: found.name, className: found.className, date: found.date };
  }

  /** The facilitator's view: which missions a certificate needs, and who has earned one. */
  async overview(classId: string): Promise<CertificateOverviewView> {
    const [settings, chosen, trainees, issued] = await Promise.all([
      this.facts.settings(classId),
      this.repository.chosenMissions(classId),
      this.facts.withFacts(classId),
      this.repository.ofClass(classId),
    ]);
    const required = requiredMissions(chosen, settings);
    const codeOf = new Map(issued.map((row) => [row.participantId, row.code]));
    return {
      chosenMissions: chosen,
      requiredMissions: required,
      trainees: trainees.map((trainee) => ({
        participantId: trainee.participantId,
        name: trainee.name,
        missing: codeOf.has(trainee.participantId) ? [] : missingMissions(required, checkMissions(trainee.facts, DEFAULT_MISSION_SETTINGS)),
        code: codeOf.get(trainee.participantId) ?? null,
      })),
    };
  }

  async updateSettings(classId: string, actor: Principal, input: UpdateCertificateSettingsRequest): Promise<CertificateOverviewView> {
    const unique = [...new Set<MissionId>(input.requiredMissions)];
    if (unique.length !== input.requiredMissions.length) throw certificateErrors.invalidSettings('a mission is listed twice');
    await this.uow.run(async (tx) => {
      await this.repository.setChosenMissions(classId, unique, tx.manager);
      await tx.record({
        type: 'certificates.settings_changed',
        classId,
        actorId: actor.id,
        payload: { requiredMissions: unique },
        rooms: [rooms.class(classId), rooms.facilitators(classId)],
      });
    });
    return this.overview(classId);
  }
}
