// Pure: what a shipping label may print about the recipient. The courier needs a number to call, but a label lies
// on counters and doorsteps: the middle of the phone number is hidden (0812****5678).

export function maskPhone(phone: string): string {
  const digits = phone.replace(/[^\d+]/g, '');
  if (digits.length <= 6) return '*'.repeat(digits.length);
  const head = digits.startsWith('+') ? 5 : 4;
  const tail = 4;
  if (digits.length <= head + tail) return digits.slice(0, 2) + '*'.repeat(digits.length - 4) + digits.slice(-2);
  return digits.slice(0, head) + '*'.repeat(digits.length - head - tail) + digits.slice(-tail);
}
