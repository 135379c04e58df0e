import { randomBytes } from 'node:crypto';
import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import sharp from 'sharp';
import { DataSource } from 'typeorm';
import { AdminSeed } from '../auth/admin-seed.js';
import { FacilitatorsService } from '../auth/facilitators.service.js';
import type { Principal } from '../auth/principal.js';
import { ProductsService } from '../catalog/products.service.js';
import { ShopsService } from '../catalog/shops.service.js';
import { ClassesService } from '../classes/classes.service.js';
import { numberedName } from '../classes/participant-name.js';
import { rooms } from '../common/events/domain-event.js';
import { UnitOfWork } from '../common/events/unit-of-work.js';
import { ENV } from '../config/config.module.js';
import type { Env } from '../config/env.js';
import { MediaService } from '../media/media.service.js';
import { DEMO_BUYERS, DEMO_CLASS, DEMO_FACILITATORS, DEMO_SHOPS, type DemoShop } from './demo-data.js';

const LOCK = `hashtext('pasar-latihan:demo-seed')`;

/**
 * On a first start (no class at all, SEED_DEMO not false) creates the demo class with the same use cases
 * the app offers: facilitators, the class, demo buyers, two trainees' shops with products whose photos
 * are drawn here and go through the real photo pipeline. Several nodes starting together seed once.
 */
@Injectable()
export class DemoSeed implements OnApplicationBootstrap {
  private readonly logger = new Logger(DemoSeed.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly adminSeed: AdminSeed,
    private readonly facilitators: FacilitatorsService,
    private readonly classes: ClassesService,
    private readonly shops: ShopsService,
    private readonly products: ProductsService,
    private readonly media: MediaService,
    @Inject(ENV) private readonly env: Env,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.env.seedDemo) await this.seedIfEmpty();
  }

  /** True when this call created the demo class. */
  async seedIfEmpty(): Promise<boolean> {
    await this.adminSeed.ensureAdmin();
    // A session lock on a connection of its own: the seed is several transactions, and the other
    // nodes must wait for all of them before they look for classes.
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.query(`SELECT pg_advisory_lock(${LOCK})`);
      try {
        if (await this.classes.hasAny(runner.manager)) return false;
        await this.seed();
        return true;
      } finally {
        await runner.query(`SELECT pg_advisory_unlock(${LOCK})`);
      }
    } finally {
      await runner.release();
    }
  }

  private async seed(): Promise<void> {
    const started = Date.now();
    const admin = await this.facilitators.firstAdmin();
    if (!admin) throw new Error('the demo seed needs the admin account');
    const actor: Principal = { kind: 'facilitator', id: admin.id, role: 'admin', name: admin.name, tokenId: 'demo-seed' };

    const passwords = await this.createFacilitators();
    const demoClass = await this.classes.create(actor, { ...DEMO_CLASS, date: todayInJakarta() });
    for (const facilitator of DEMO_FACILITATORS) await this.classes.addFacilitator(demoClass.id, actor, facilitator.email);
    for (const buyer of DEMO_BUYERS) await this.classes.createPersona(demoClass.id, actor, buyer);
    for (const shop of DEMO_SHOPS) await this.openShop(demoClass.id, demoClass.regencyCode, admin.id, shop);

    this.logger.log({ classId: demoClass.id, joinCode: demoClass.joinCode, ms: Date.now() - started }, 'created the demo class');
    if (this.env.nodeEnv !== 'test') {
      process.stdout.write(
        `\n  First start: the demo class "${demoClass.name}" was created (join code ${demoClass.joinCode}).\n` +
          DEMO_FACILITATORS.map((f) => `    facilitator ${f.email}  password: ${passwords.get(f.email) ?? '(account existed already)'}`).join('\n') +
          `\n  Write the passwords down; they are shown only once. (SEED_DEMO=false skips the demo class.)\n\n`,
      );
    }
  }

  /** New facilitator accounts with generated passwords; an account that already exists is left as it is. */
  private async createFacilitators(): Promise<Map<string, string>> {
    const passwords = new Map<string, string>();
    for (const facilitator of DEMO_FACILITATORS) {
      const password = randomBytes(9).toString('base64url');
      const created = await this.dataSource.transaction((manager) =>
        this.facilitators.insertIfAbsent(manager, { ...facilitator, password, role: 'facilitator' }),
      );
      if (created) passwords.set(facilitator.email, password);
    }
    return passwords;
  }

  /** A demo trainee joins and opens a shop (one transaction, as joining does), then posts its products. */
  private async openShop(classId: string, regencyCode: string, createdBy: string, demo: DemoShop): Promise<void> {
    const { participant, shop } = await this.uow.run(async (tx) => {
      const participant = await this.classes.insertParticipant(tx.manager, classId, {
        ...demo.owner,
        role: 'trainee',
        isPersona: true,
        createdBy,
      });
      const shop = await this.shops.openForTrainee(tx, {
        classId,
        participantId: participant.id,
        ownerName: participant.displayName,
        regencyCode,
        shopName: demo.shopName,
      });
      await tx.record({
        type: 'participant.joined',
        classId,
        actorId: participant.id,
        payload: { participantId: participant.id, name: numberedName(participant.displayName, participant.nameNumber), role: 'trainee', shopId: shop.id, joinedAt: participant.joinedAt.toISOString() },
        rooms: [rooms.class(classId), rooms.facilitators(classId)],
      });
      return { participant, shop };
    });
    const seller: Principal = {
      kind: 'participant',
      id: participant.id,
      role: 'trainee',
      classId,
      shopId: shop.id,
      name: participant.displayName,
      tokenId: 'demo-seed',
    };
    for (const product of demo.products) {
      const photoIds: string[] = [];
      for (const draw of product.photos) {
        // Rendered to a JPEG, as a phone would send it, then through the same pipeline as any upload.
        const jpeg = await sharp(Buffer.from(draw())).jpeg({ quality: 88 }).toBuffer();
        photoIds.push((await this.media.store(jpeg, { participantId: participant.id, classId })).id);
      }
      await this.products.create(seller, { ...product.input, photoIds });
    }
  }
}

/** The workshop's date where it happens (WIB), as YYYY-MM-DD. */
function todayInJakarta(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}
