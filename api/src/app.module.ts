import { type DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ConfigModule } from './config/config.module.js';
import type { Env } from './config/env.js';
import { dataSourceOptions } from './database/data-source-options.js';
import { AuthModule } from './auth/auth.module.js';
import { ChatModule } from './chat/chat.module.js';
import { CatalogModule } from './catalog/catalog.module.js';
import { CertificatesModule } from './certificates/certificates.module.js';
import { ClassesModule } from './classes/classes.module.js';
import { ClockModule } from './clock/clock.module.js';
import { EventsModule } from './common/events/events.module.js';
import { HealthModule } from './health/health.module.js';
import { LearningCheckModule } from './learning-check/learning-check.module.js';
import { MediaModule } from './media/media.module.js';
import { MissionsModule } from './missions/missions.module.js';
import { NotificationsModule } from './notifications/notifications.module.js';
import { OrdersModule } from './orders/orders.module.js';
import { PaymentSimulatorModule } from './payment-simulator/payment-simulator.module.js';
import { PaymentsModule } from './payments/payments.module.js';
import { ProgrammeModule } from './programme/programme.module.js';
import { RealtimeModule } from './realtime/realtime.module.js';
import { RegionsModule } from './regions/regions.module.js';
import { ReportsModule } from './reports/reports.module.js';
import { ReviewsModule } from './reviews/reviews.module.js';
import { PracticeModule } from './practice/practice.module.js';
import { ScenariosModule } from './scenarios/scenarios.module.js';
import { SeedModule } from './seed/seed.module.js';
import { ShippingModule } from './shipping/shipping.module.js';
import { WalletModule } from './wallet/wallet.module.js';

/** Imports one module per capability and declares nothing itself. */
@Module({})
export class AppModule {
  /** `databaseUrl` is the resolved one: DATABASE_URL, or the embedded PostgreSQL's. */
  static forRoot(env: Env & { databaseUrl: string }, extraModules: DynamicModule['imports'] = []): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(env),
        TypeOrmModule.forRoot({
          ...dataSourceOptions(env.databaseUrl, env.dbPoolSize, env.dbPreparedStatements),
          autoLoadEntities: true,
          // Migrations already ran before the app was created (createApp → runMigrations, under a lock).
          migrationsRun: false,
          // The pool answers health checks fast when the database is gone, instead of retrying for minutes.
          retryAttempts: 3,
          retryDelay: 1000,
        }),
        EventsModule,
        AuthModule,
        RealtimeModule,
        HealthModule,
        RegionsModule,
        ClockModule,
        MediaModule,
        CatalogModule,
        ClassesModule,
        ShippingModule,
        PaymentsModule,
        OrdersModule,
        ReviewsModule,
        WalletModule,
        ChatModule,
        NotificationsModule,
        PaymentSimulatorModule,
        MissionsModule,
        ScenariosModule,
        LearningCheckModule,
        CertificatesModule,
        PracticeModule,
        ReportsModule,
        ProgrammeModule,
        SeedModule,
        // Tests may add a module of their own (e.g. a probe controller for the global pipe).
        ...(extraModules ?? []),
      ],
    };
  }
}
