import { buyerAddress, CITY_ADDRESSES, FAR_ADDRESSES, recipientName, recipientPhone } from './buyer-addresses.js';
import { SCENARIO_IDS, SCENARIOS, stepData, undefinedLabels } from './scenario-definitions.js';

describe('scenario data', () => {
  it.each(SCENARIO_IDS)('%s only refers to orders it placed before', (id) => {
    expect(SCENARIOS[id].id).toBe(id);
    expect(SCENARIOS[id].steps.length).toBeGreaterThan(0);
    expect(undefinedLabels(SCENARIOS[id])).toEqual([]);
  });

  it('tells a broken scenario', () => {
    expect(undefinedLabels({ id: 'unpaid_order', needs: 'product', steps: [{ do: 'pay', order: 'nope' }] })).toEqual(['nope']);
  });

  it('marks the fake-proof order as the fraud drill, and never pays it', () => {
    const steps = SCENARIOS.fake_transfer_proof.steps;
    expect(steps).toContainEqual(expect.objectContaining({ do: 'placeOrder', role: 'fraud_drill' }));
    expect(steps.some((step) => step.do === 'pay')).toBe(false);
    expect(steps).toContainEqual(expect.objectContaining({ do: 'sendChat', image: 'bukti-transfer' }));
    expect(stepData(steps[0]!)).not.toHaveProperty('do');
  });

  it('sends demo buyers to real places: near for food, the cities, across the islands', () => {
    expect(buyerAddress('near', '18.10', 0).regencyCode).toBe('18.10');
    expect(buyerAddress('near', '63.71', 3)).toMatchObject({ regencyCode: '63.71', district: null });
    expect(buyerAddress('city', '18.10', CITY_ADDRESSES.length)).toEqual(CITY_ADDRESSES[0]);
    expect(buyerAddress('far', '18.10', 0)).toEqual(FAR_ADDRESSES[0]);
    expect(recipientName('Bu Rahma (Bandar Lampung)')).toBe('Bu Rahma');
    expect(recipientPhone('081270000001', 'x')).toBe('081270000001');
    expect(recipientPhone(null, 'persona-1')).toMatch(/^0812\d{8}$/);
    expect(recipientPhone(null, 'persona-1')).toBe(recipientPhone('12', 'persona-1'));
  });
});
