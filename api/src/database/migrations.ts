// Every migration, oldest first. Schema changes only ever happen here: never `synchronize`.
import { Init1764316800000 } from './migrations/1764316800000-init.js';
import { ClassesIdentityClock1764400000000 } from './migrations/1764400000000-classes-identity-clock.js';
import { CatalogMedia1764500000000 } from './migrations/1764500000000-catalog-media.js';
import { OrdersPayments1764600000000 } from './migrations/1764600000000-orders-payments.js';
import { Fulfilment1764700000000 } from './migrations/1764700000000-fulfilment.js';
import { Wallet1764710000000 } from './migrations/1764710000000-wallet.js';
import { ChatNotifications1764720000000 } from './migrations/1764720000000-chat-notifications.js';
import { Console1764730000000 } from './migrations/1764730000000-console.js';
import { ClassEndedPersonaCity1764740013000 } from './migrations/1764740013000-class-ended-persona-city.js';
import { ProductIdempotency1764745000000 } from './migrations/1764745000000-product-idempotency.js';
import { NumberedShopNames1764746000000 } from './migrations/1764746000000-numbered-shop-names.js';
import { Security1764800000000 } from './migrations/1764800000000-security.js';
import { AuthFailures1764930000000 } from './migrations/1764930000000-auth-failures.js';
import { OneActiveScenarioPerTrainee1764941300000 } from './migrations/1764941300000-one-active-scenario-per-trainee.js';
import { LearningCheckCertificates1796410226869 } from './migrations/1796410226869-learning-check-certificates.js';
import { Practice1797001001000 } from './migrations/1797001001000-practice.js';
import { NotificationRetryQueued1797005001000 } from './migrations/1797005001000-notification-retry-queued.js';
import { PublishedReadModels1797010000000 } from './migrations/1797010000000-published-read-models.js';
import { ReadModelsForScenarios1797011000000 } from './migrations/1797011000000-read-models-for-scenarios.js';
import { ShipmentResiReadModel1797012000000 } from './migrations/1797012000000-shipment-resi-read-model.js';
import { ClassActivityReadModel1797013000000 } from './migrations/1797013000000-class-activity-read-model.js';
import { ClassAccessReadModels1797014000000 } from './migrations/1797014000000-class-access-read-models.js';
import { ConsoleReadModels1797015000000 } from './migrations/1797015000000-console-read-models.js';
import { CartLineReadModel1797016000000 } from './migrations/1797016000000-cart-line-read-model.js';
import { MissionFold1797017000000 } from './migrations/1797017000000-mission-fold.js';

export const MIGRATIONS = [
  Init1764316800000,
  ClassesIdentityClock1764400000000,
  CatalogMedia1764500000000,
  OrdersPayments1764600000000,
  Fulfilment1764700000000,
  Wallet1764710000000,
  ChatNotifications1764720000000,
  Console1764730000000,
  ClassEndedPersonaCity1764740013000,
  ProductIdempotency1764745000000,
  NumberedShopNames1764746000000,
  Security1764800000000,
  AuthFailures1764930000000,
  OneActiveScenarioPerTrainee1764941300000,
  LearningCheckCertificates1796410226869,
  Practice1797001001000,
  NotificationRetryQueued1797005001000,
  PublishedReadModels1797010000000,
  ReadModelsForScenarios1797011000000,
  ShipmentResiReadModel1797012000000,
  ClassActivityReadModel1797013000000,
  ClassAccessReadModels1797014000000,
  ConsoleReadModels1797015000000,
  CartLineReadModel1797016000000,
  MissionFold1797017000000,
];
