import { cleanQuickReply, DEFAULT_QUICK_REPLIES, QUICK_REPLY_LIMITS, shouldAutoReply } from './chat-rules.js';

describe('shouldAutoReply', () => {
  it.each([
    ['a buyer writes to an away shop for the first time', { senderRole: 'buyer', awayEnabled: true, awayPeriod: 1, answeredPeriod: null }, true],
    ['the conversation was answered in this away period', { senderRole: 'buyer', awayEnabled: true, awayPeriod: 1, answeredPeriod: 1 }, false],
    ['answered in an earlier away period', { senderRole: 'buyer', awayEnabled: true, awayPeriod: 2, answeredPeriod: 1 }, true],
    ['the shop is not away', { senderRole: 'buyer', awayEnabled: false, awayPeriod: 1, answeredPeriod: null }, false],
    ['the seller writes', { senderRole: 'seller', awayEnabled: true, awayPeriod: 1, answeredPeriod: null }, false],
  ] as const)('%s → %s', (_name, input, expected) => {
    expect(shouldAutoReply(input)).toBe(expected);
  });
});

describe('cleanQuickReply', () => {
  it.each([
    ['  Stok   masih ada  ', 'Stok masih ada'],
    ['', null],
    ['   ', null],
    ['x'.repeat(QUICK_REPLY_LIMITS.maxLength), 'x'.repeat(QUICK_REPLY_LIMITS.maxLength)],
    ['x'.repeat(QUICK_REPLY_LIMITS.maxLength + 1), null],
  ])('%j → %j', (text, expected) => {
    expect(cleanQuickReply(text)).toBe(expected);
  });

  it('seeds templates that fit the limits, the two the workshop used among them', () => {
    expect(DEFAULT_QUICK_REPLIES).toEqual(expect.arrayContaining(['Terima kasih, pesanan segera kami kirim', 'Stok masih tersedia, silakan diorder']));
    for (const text of DEFAULT_QUICK_REPLIES) expect(cleanQuickReply(text)).toBe(text);
    expect(DEFAULT_QUICK_REPLIES.length).toBeLessThanOrEqual(QUICK_REPLY_LIMITS.max);
  });
});
