import { api, callApi } from '../../../shared/api/http';
import type { SimulatorChannel } from './simulator-types';

/** GET /api/simulator/payer/lookup: the bill behind a VA number, bill key or payment code (spaces and dashes ignored). */
export function lookupBill(channel: SimulatorChannel, number: string, signal?: AbortSignal) {
  return callApi(api.GET('/api/simulator/payer/lookup', { params: { query: { channel, number } }, signal }));
}
