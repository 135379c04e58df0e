// Some words are named by the API as i18n keys ("payment.method.bca_va", "order.state.PAID", the "cara bayar"
// steps). t() is typed to the keys of id.json; these arrive as plain strings, so they are looked up here, with
// the API's own text (or the key) when a key is unknown, e.g. a newer server than this client.
import type { TFunction } from 'i18next';
import { i18n } from './i18n';

export function translateApiKey(t: TFunction, key: string, fallback?: string): string {
  if (!i18n.exists(key)) return fallback ?? key;
  return (t as unknown as (key: string) => string)(key);
}
