import { flagMessage, type MessageFlag } from './message-safety.js';

describe('flagMessage', () => {
  it.each<[string, MessageFlag[]]>([
    // harmless questions a buyer asks
    ['Kak, gula arennya masih ada?', []],
    ['Stok masih tersedia, silakan diorder', []],
    ['Beratnya 1 kg, harga Rp25.000', []],
    ['Pesanan saya INV/20261128/PL/0001 kapan dikirim?', []],
    ['Terima kasih, pesanan segera kami kirim', []],
    ['Saya pinjam tas dulu ya', []],
    ['Kirim ke Pringsewu berapa hari?', []],
    // links
    ['Cek promo di https://promo-murah.xyz/gula', ['link']],
    ['buka www.tokoku.com ya kak', ['link']],
    ['klik bit.ly/gratis-ongkir', ['link']],
    ['wa.me/6281234567890', ['link', 'phone', 'off_platform']],
    // phone numbers
    ['Nomor saya 0812-3456-7890', ['phone']],
    ['hubungi +62 812 3456 7890', ['phone']],
    ['081234567890', ['phone']],
    // moving off the platform
    ['WA saya aja kak biar cepat', ['off_platform']],
    ['Transfer langsung saja ke saya, lebih murah', ['off_platform']],
    ['Kita lanjut di luar aplikasi ya', ['off_platform']],
    ['Transfer ke rekening saya saja', ['off_platform']],
    ['Chat saya di WhatsApp 0812 3456 7890', ['phone', 'off_platform']],
    // OTP and PIN
    ['Tolong kirim kode OTP yang masuk ke HP kakak', ['otp']],
    ['Sebutkan PIN ATM-nya untuk verifikasi', ['otp']],
    ['Kode verifikasi dari aplikasi dikirim ke saya ya', ['otp']],
  ])('%s → %j', (text, flags) => {
    expect(flagMessage(text)).toEqual(flags);
  });

  it('flags nothing in an empty or missing text', () => {
    expect(flagMessage('')).toEqual([]);
    expect(flagMessage(null)).toEqual([]);
  });
});
