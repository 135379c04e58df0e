import { api, callApi } from '../../../shared/api/http';
import type { SimulatorChannel } from './simulator-types';

/** POST /api/simulator/payer/pay: pays exactly `amount`; the "bank" refuses a wrong amount, an expired or paid bill. */
export function payBill(channel: SimulatorChannel, number: string, amount: number) {
  return callApi(api.POST('/api/simulator/payer/pay', { body: { channel, number, amount } }));
}
