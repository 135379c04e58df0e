import { BUYER_QUESTIONS, DAY_MS, draw, endsAt, nextStep, planVisit, rhythmProblem, slotCount, slotDay, slotDue } from './practice-plan.js';

const rhythm = { daysOpen: 7, ordersPerDay: 2, unpaidPercent: 20, fraudPercent: 10, seed: 1234 };

describe('practice plan', () => {
  it('draws the same number for the same parts, and another for other parts', () => {
    expect(draw(1, 'a', 2)).toBe(draw(1, 'a', 2));
    expect(draw(1, 'a', 2)).not.toBe(draw(1, 'a', 3));
  });

  it.each([
    [1, [0.5]],
    [2, [0.25, 0.75]],
    [4, [0.125, 0.375, 0.625, 0.875]],
  ])('puts %i visits a day inside that day', (perDay, fractions) => {
    const start = new Date('2026-12-01T00:00:00Z');
    for (let day = 0; day < 3; day++) {
      for (const [i, fraction] of fractions.entries()) {
        const slot = day * perDay + i;
        expect(slotDay(perDay, slot)).toBe(day);
        expect(slotDue(start, perDay, slot).getTime()).toBe(start.getTime() + (day + fraction) * DAY_MS);
      }
    }
    expect(endsAt(start, 3).getTime()).toBe(start.getTime() + 3 * DAY_MS);
  });

  it('counts the visits of the whole period', () => {
    expect(slotCount({ daysOpen: 7, ordersPerDay: 2 })).toBe(14);
  });

  it('never pays on a fraud visit, and keeps the shares near what was asked over many visits', () => {
    let fraud = 0;
    let unpaid = 0;
    let paid = 0;
    for (let slot = 0; slot < 200; slot++) {
      for (let trainee = 0; trainee < 10; trainee++) {
        const plan = planVisit(rhythm, slot, trainee, 3);
        if (plan.fraud) {
          expect(plan.pay).toBe(false);
          fraud++;
        } else if (!plan.pay) unpaid++;
        else paid++;
        expect(plan.personaIndex).toBeGreaterThanOrEqual(0);
        expect(plan.personaIndex).toBeLessThan(3);
        expect(BUYER_QUESTIONS).toContain(plan.question);
      }
    }
    expect(fraud / 2000).toBeGreaterThan(0.07);
    expect(fraud / 2000).toBeLessThan(0.13);
    // unpaid is 20% of the non-fraud visits
    expect(unpaid / (2000 - fraud)).toBeGreaterThan(0.16);
    expect(unpaid / (2000 - fraud)).toBeLessThan(0.24);
    expect(paid + unpaid + fraud).toBe(2000);
  });

  it('pays always at 0% unpaid and 0% fraud, never at 100% unpaid', () => {
    for (let slot = 0; slot < 50; slot++) {
      expect(planVisit({ ...rhythm, unpaidPercent: 0, fraudPercent: 0 }, slot, 0, 1).pay).toBe(true);
      expect(planVisit({ ...rhythm, unpaidPercent: 100, fraudPercent: 0 }, slot, 0, 1).pay).toBe(false);
    }
  });

  it.each([
    [{ daysOpen: 0, ordersPerDay: 2, unpaidPercent: 0, fraudPercent: 0 }, 'daysOpen'],
    [{ daysOpen: 31, ordersPerDay: 2, unpaidPercent: 0, fraudPercent: 0 }, 'daysOpen'],
    [{ daysOpen: 7, ordersPerDay: 7, unpaidPercent: 0, fraudPercent: 0 }, 'ordersPerDay'],
    [{ daysOpen: 7, ordersPerDay: 2, unpaidPercent: 101, fraudPercent: 0 }, 'unpaidPercent'],
    [{ daysOpen: 7, ordersPerDay: 2, unpaidPercent: 60, fraudPercent: 50 }, 'shares'],
    [{ daysOpen: 7, ordersPerDay: 2, unpaidPercent: 20, fraudPercent: 10 }, null],
  ])('checks %o → %s', (input, problem) => {
    expect(rhythmProblem(input)).toBe(problem);
  });

  it.each([
    [{ came: 3, toShip: 1, unpaid: 1, fraud: 0, completed: 1 }, true, true, 'ship'],
    [{ came: 3, toShip: 0, unpaid: 1, fraud: 1, completed: 1 }, true, true, 'check_payment'],
    [{ came: 3, toShip: 0, unpaid: 0, fraud: 0, completed: 3 }, true, true, 'wait_buyers'],
    [{ came: 0, toShip: 0, unpaid: 0, fraud: 0, completed: 0 }, true, false, 'add_product'],
    [{ came: 3, toShip: 0, unpaid: 0, fraud: 0, completed: 3 }, false, true, 'practice_over'],
  ] as const)('next step for %o (open %s, product %s) is %s', (counts, open, product, step) => {
    expect(nextStep(counts, open, product)).toBe(step);
  });
});
