// Seller tools' rules: the quick replies a new shop starts with (the workshop's phrasing), their limits,
// and when the away reply answers (once per conversation per away period).

export const QUICK_REPLY_LIMITS = { max: 12, maxLength: 200 } as const;
export const AWAY_MESSAGE_MAX = 300;
export const MESSAGE_TEXT_MAX = 1000;

export const DEFAULT_QUICK_REPLIES = [
  'Halo kak, terima kasih sudah mampir. Ada yang bisa dibantu?',
  'Stok masih tersedia, silakan diorder',
  'Terima kasih, pesanan segera kami kirim',
  'Mohon selesaikan pembayaran lewat aplikasi ya kak, pesanan kami kirim setelah sistem mengonfirmasi pembayaran.',
  'Pesanan sudah kami kirim, nomor resi bisa dilihat di halaman pesanan.',
] as const;

export const DEFAULT_AWAY_MESSAGE = 'Terima kasih sudah menghubungi kami. Kami sedang tidak di tempat dan akan membalas secepatnya.';

export type ChatRole = 'buyer' | 'seller';

/**
 * The away reply answers a buyer's message when the shop is away and this conversation has not yet been
 * answered in the current away period (turning "away" on again starts a new period).
 */
export function shouldAutoReply(input: { senderRole: ChatRole; awayEnabled: boolean; awayPeriod: number; answeredPeriod: number | null }): boolean {
  return input.senderRole === 'buyer' && input.awayEnabled && input.answeredPeriod !== input.awayPeriod;
}

/** A quick reply's text, trimmed; null when it is empty or too long. */
export function cleanQuickReply(text: string): string | null {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length > 0 && clean.length <= QUICK_REPLY_LIMITS.maxLength ? clean : null;
}

/** Unread messages of one side: the other side's messages after this side's read mark. */
export function unreadFor(role: ChatRole, counts: { fromBuyerAfterSellerRead: number; fromSellerAfterBuyerRead: number }): number {
  return role === 'buyer' ? counts.fromSellerAfterBuyerRead : counts.fromBuyerAfterSellerRead;
}
