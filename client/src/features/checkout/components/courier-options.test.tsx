import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { quoteShop, shippingOption } from '../../../testing/order-fixtures';
import { COURIERS_SHOWN, CourierOptions, shownCouriers } from './courier-options';

// The nine services a Pringsewu shop offers to Bandar Lampung, cheapest first as the quote lists them.
const CODES = ['sicepat-halu', 'pos-reg', 'jne-oke', 'anteraja-reg', 'jnt-ez', 'sicepat-reg', 'jne-reg', 'sicepat-best', 'jne-yes'];
const nine = quoteShop({}, { options: CODES.map((code, i) => shippingOption(code, { price: 7000 + i * 1000 })) });

const shownCodes = () => within(screen.getByTestId('courier-options')).getAllByRole('radio').map((radio) => (radio as HTMLInputElement).value);

describe('"Pilih Kurir" on a phone', () => {
  it('shows the four cheapest and "Lihat 5 kurir lain", then all nine', () => {
    render(<CourierOptions shop={nine} chosen={undefined} onChoose={() => undefined} missing={false} />);
    expect(shownCodes()).toEqual(CODES.slice(0, 4));
    fireEvent.click(screen.getByRole('button', { name: 'Lihat 5 kurir lain' }));
    expect(shownCodes()).toEqual(CODES);
    expect(screen.queryByTestId('more-couriers')).toBeNull();
  });

  it('keeps a service chosen further down in view (a choice kept through a reload)', () => {
    render(<CourierOptions shop={nine} chosen="jne-reg" onChoose={() => undefined} missing={false} />);
    expect(shownCodes()).toEqual([...CODES.slice(0, 4), 'jne-reg']);
    expect((within(screen.getByTestId('courier-jne-reg')).getByRole('radio') as HTMLInputElement).checked).toBe(true);
    expect(screen.getByRole('button', { name: 'Lihat 4 kurir lain' })).toBeTruthy();
  });

  it.each([
    ['none', [], undefined, false, []],
    ['as many as are shown', CODES.slice(0, COURIERS_SHOWN), undefined, false, CODES.slice(0, COURIERS_SHOWN)],
    ['one more than are shown: no button for one', CODES.slice(0, COURIERS_SHOWN + 1), undefined, false, CODES.slice(0, COURIERS_SHOWN + 1)],
    ['two more', CODES.slice(0, COURIERS_SHOWN + 2), undefined, false, CODES.slice(0, COURIERS_SHOWN)],
    ['two more, the last chosen', CODES.slice(0, COURIERS_SHOWN + 2), CODES[COURIERS_SHOWN + 1], false, [...CODES.slice(0, COURIERS_SHOWN), CODES[COURIERS_SHOWN + 1]]],
    ['all asked for', CODES, undefined, true, CODES],
  ])('shownCouriers: %s', (_case, codes, chosen, all, expected) => {
    expect(shownCouriers(codes.map((code) => ({ code })), chosen, all).map((option) => option.code)).toEqual(expected);
  });
});
