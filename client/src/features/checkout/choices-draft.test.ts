import { describe, expect, it } from 'vitest';
import { clearChoices, EMPTY_CHOICES, loadChoices, saveChoices } from './choices-draft';

const KEY = 'pasar-latihan.checkout.p-1.cart';

describe('the checkout choices kept in this tab', () => {
  it('gives back what was saved for this checkout, and nothing for another or once cleared', () => {
    const draft = { couriers: { 'shop-1': 'jne-reg' }, method: 'bca_va' as const, note: 'Tolong dibungkus rapi', key: '3b241101-e2bb-4255-8caf-4136c566a962' };
    saveChoices('p-1', 'cart', draft);
    expect(loadChoices('p-1', 'cart')).toEqual(draft);
    expect(loadChoices('p-1', 'prod-9x2')).toEqual(EMPTY_CHOICES);
    expect(loadChoices('p-2', 'cart')).toEqual(EMPTY_CHOICES);
    clearChoices('p-1', 'cart');
    expect(loadChoices('p-1', 'cart')).toEqual(EMPTY_CHOICES);
  });

  it.each([
    ['not JSON', '{'],
    ['not an object', '"jne-reg"'],
    ['a courier that is not a code', JSON.stringify({ couriers: { 'shop-1': 7 }, note: '' })],
    ['no couriers', JSON.stringify({ method: 'bca_va', note: '' })],
    ['a note that is not text', JSON.stringify({ couriers: {}, note: null })],
    ['a method that is not text', JSON.stringify({ couriers: {}, method: 1, note: '' })],
    ['a key the server would refuse', JSON.stringify({ couriers: {}, note: '', key: 'short' })],
    ['a key that is not text', JSON.stringify({ couriers: {}, note: '', key: 12345678 })],
  ])('starts with nothing chosen from a stored value that is %s', (_case, stored) => {
    window.sessionStorage.setItem(KEY, stored);
    expect(loadChoices('p-1', 'cart')).toEqual(EMPTY_CHOICES);
  });
});
