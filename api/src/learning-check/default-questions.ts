// The default "Cek Pemahaman": one question per lesson of the workshop day (docs/PRODUCT.md, the missions and the
// fraud drill), each a picture with a few words and three answers. Seeded for each class the first time its check
// is read; the facilitators may then change the words, the order and which ones are asked.

export const PICTURES = ['pay-first', 'unpaid', 'transfer-photo', 'otp-pin', 'perishable', 'courier', 'money-after'] as const;
export type Picture = (typeof PICTURES)[number];

export interface QuestionOption {
  id: string;
  textId: string;
  textEn: string;
}

export interface DefaultQuestion {
  key: string;
  picture: Picture;
  promptId: string;
  promptEn: string;
  options: QuestionOption[];
  correctOption: string;
}

export const DEFAULT_QUESTIONS: readonly DefaultQuestion[] = [
  {
    key: 'pay_first',
    picture: 'pay-first',
    promptId: 'Siapa yang bayar duluan?',
    promptEn: 'Who pays first?',
    options: [
      { id: 'a', textId: 'Pembeli bayar dulu, lalu penjual kirim', textEn: 'The buyer pays, then the seller ships' },
      { id: 'b', textId: 'Penjual kirim dulu, lalu pembeli bayar', textEn: 'The seller ships, then the buyer pays' },
      { id: 'c', textId: 'Bayar kapan saja', textEn: 'Pay any time' },
    ],
    correctOption: 'a',
  },
  {
    key: 'unpaid_no_ship',
    picture: 'unpaid',
    promptId: 'Pesanan masih "Belum Bayar". Apa yang Anda lakukan?',
    promptEn: 'The order is still "Belum Bayar" (unpaid). What do you do?',
    options: [
      { id: 'a', textId: 'Kirim saja, nanti dibayar', textEn: 'Ship it, they will pay later' },
      { id: 'b', textId: 'Tunggu, jangan kirim dulu', textEn: 'Wait, do not ship yet' },
      { id: 'c', textId: 'Kirim setengahnya dulu', textEn: 'Ship half of it first' },
    ],
    correctOption: 'b',
  },
  {
    key: 'transfer_photo',
    picture: 'transfer-photo',
    promptId: 'Pembeli kirim foto bukti transfer di chat. Sudah dibayar?',
    promptEn: 'A buyer sends a photo of a transfer in the chat. Is the order paid?',
    options: [
      { id: 'a', textId: 'Ya, kalau fotonya jelas', textEn: 'Yes, if the photo is clear' },
      { id: 'b', textId: 'Ya, langsung kirim', textEn: 'Yes, ship at once' },
      { id: 'c', textId: 'Belum pasti. Lihat status pesanan di aplikasi', textEn: 'Not for sure. Check the order status in the app' },
    ],
    correctOption: 'c',
  },
  {
    key: 'otp_pin',
    picture: 'otp-pin',
    promptId: 'Ada yang minta kode OTP atau PIN Anda.',
    promptEn: 'Someone asks for your OTP code or PIN.',
    options: [
      { id: 'a', textId: 'Jangan berikan kepada siapa pun', textEn: 'Never give it to anyone' },
      { id: 'b', textId: 'Berikan kalau mengaku dari aplikasi', textEn: 'Give it if they say they are from the app' },
      { id: 'c', textId: 'Berikan kalau pembelinya ramah', textEn: 'Give it if the buyer is friendly' },
    ],
    correctOption: 'a',
  },
  {
    key: 'perishable_near',
    picture: 'perishable',
    promptId: 'Makanan Anda cepat basi. Ke mana boleh dikirim?',
    promptEn: 'Your food spoils quickly. Where may it be sent?',
    options: [
      { id: 'a', textId: 'Ke seluruh Indonesia', textEn: 'Anywhere in Indonesia' },
      { id: 'b', textId: 'Ke mana saja asal ongkir murah', textEn: 'Anywhere, as long as shipping is cheap' },
      { id: 'c', textId: 'Hanya ke tempat yang dekat', textEn: 'Only to places nearby' },
    ],
    correctOption: 'c',
  },
  {
    key: 'choose_courier',
    picture: 'courier',
    promptId: 'Bagaimana memilih kurir?',
    promptEn: 'How do you choose a courier?',
    options: [
      { id: 'a', textId: 'Bandingkan ongkir dan perkiraan tiba', textEn: 'Compare the price and the arrival time' },
      { id: 'b', textId: 'Selalu yang paling mahal', textEn: 'Always the most expensive' },
      { id: 'c', textId: 'Selalu yang namanya paling dikenal', textEn: 'Always the best-known name' },
    ],
    correctOption: 'a',
  },
  {
    key: 'money_after_received',
    picture: 'money-after',
    promptId: 'Pembeli menekan "Pesanan Diterima". Uangnya ke mana?',
    promptEn: 'The buyer taps "Pesanan Diterima" (order received). Where does the money go?',
    options: [
      { id: 'a', textId: 'Kembali ke pembeli', textEn: 'Back to the buyer' },
      { id: 'b', textId: 'Masuk Saldo Penjual, lalu bisa ditarik ke rekening', textEn: 'Into the seller balance, then it can be withdrawn to the bank' },
      { id: 'c', textId: 'Langsung ke kurir', textEn: 'Straight to the courier' },
    ],
    correctOption: 'b',
  },
];
