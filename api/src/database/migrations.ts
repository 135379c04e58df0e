// Every migration, oldest first. Schema changes only ever happen here: never `synchronize`.
import { Init1764316800000 } from './migrations/1764316800000-init.js';
import { ClassesIdentityClock1764400000000 } from './migrations/1764400000000-classes-identity-clock.js';
import { CatalogMedia1764500000000 } from './migrations/1764500000000-catalog-media.js';
import { OrdersPayments1764600000000 } from './migrations/1764600000000-orders-payments.js';

export const MIGRATIONS = [Init1764316800000, ClassesIdentityClock1764400000000, CatalogMedia1764500000000, OrdersPayments1764600000000];
