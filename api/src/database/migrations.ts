// Every migration, oldest first. Schema changes only ever happen here: never `synchronize`.
import { Init1764316800000 } from './migrations/1764316800000-init.js';

export const MIGRATIONS = [Init1764316800000];
