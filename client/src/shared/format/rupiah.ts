// Rupiah as Indonesian sellers read it: "Rp 25.000". Money is whole rupiah (integers) everywhere;
// grouping is done by hand so the output never depends on the browser's Intl locale data.
const THOUSANDS = /\B(?=(\d{3})+(?!\d))/g;

/** Formats whole rupiah: 25000 → "Rp 25.000", -5000 → "-Rp 5.000". Throws on anything but a safe integer. */
export function formatRupiah(amount: number): string {
  if (!Number.isSafeInteger(amount)) {
    throw new RangeError(`formatRupiah expects whole rupiah (a safe integer), got ${amount}`);
  }
  const digits = String(Math.abs(amount)).replace(THOUSANDS, '.');
  return amount < 0 ? `-Rp ${digits}` : `Rp ${digits}`;
}
