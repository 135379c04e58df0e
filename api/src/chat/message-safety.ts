// The workshop's fraud and data-theft lessons as checks on a chat message: links, phone numbers, requests to deal
// off the platform ("WA saya", "transfer langsung") and requests for an OTP or PIN. A flag shows a warning; it never blocks.

export const MESSAGE_FLAGS = ['link', 'phone', 'off_platform', 'otp'] as const;
export type MessageFlag = (typeof MESSAGE_FLAGS)[number];

// http(s)://…, www.…, or a bare domain with a common TLD (bit.ly/xyz, shopee-promo.com, wa.me/62…).
const LINK = /\b(?:https?:\/\/|www\.)\S+|\b[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|id|co|net|org|me|ly|io|xyz|site|info|biz|link|app|online|shop|store|top|click)\b(?:\/\S*)?/i;

// Indonesian mobile numbers: 08…, +628…, 628… with 8–13 digits after the prefix, spaces, dots or dashes between groups.
const PHONE = /(?:\+?62|\b0)[\s.-]?8(?:[\s.-]?\d){7,12}\b/;

const OFF_PLATFORM = [
  /\b(?:wa|whatsapp|watsap|wasap|whatsap)\b/i,
  /\b(?:telegram|tele|line|ig|instagram|dm|inbox)\s+(?:saya|aku|ku|gue|gw|kami)\b/i,
  /\btransfer\s+(?:langsung|ke\s+rekening\s+(?:saya|aku|pribadi)|manual|pribadi)\b/i,
  /\b(?:di\s*luar|luar)\s+(?:aplikasi|app|platform|sistem)\b/i,
  /\b(?:hubungi|kontak|chat|japri)\s+(?:saya|aku)\s+(?:di|lewat|via)\b/i,
  /\b(?:japri|cod\s+langsung|bayar\s+langsung\s+ke\s+saya)\b/i,
  /\brekening\s+(?:saya|aku|pribadi)\b/i,
];

const OTP = [/\b(?:kode\s+)?otp\b/i, /\bpin\b/i, /\bkode\s+(?:verifikasi|rahasia|keamanan|aktivasi)\b/i, /\bpassword\b|\bkata\s+sandi\b/i];

/** The flags of one message's text, in a fixed order; an empty list for a harmless one. */
export function flagMessage(text: string | null | undefined): MessageFlag[] {
  if (!text) return [];
  const flags: MessageFlag[] = [];
  if (LINK.test(text)) flags.push('link');
  if (PHONE.test(text)) flags.push('phone');
  if (OFF_PLATFORM.some((pattern) => pattern.test(text))) flags.push('off_platform');
  if (OTP.some((pattern) => pattern.test(text))) flags.push('otp');
  return flags;
}
