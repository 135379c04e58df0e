// Every app URL has one name here; links and routes use these, never string literals.
export const appPaths = {
  home: '/',
  join: '/gabung',
  /** What the class QR code opens: /gabung/KMNPQR */
  joinWithCode: '/gabung/:code',
  shop: '/toko',
  /** "Profil Toko": the shop's name and description. */
  shopProfile: '/toko/profil',
  /** "Produk Saya": the trainee's own products. */
  myProducts: '/toko/produk',
  newProduct: '/toko/produk/baru',
  editProduct: '/toko/produk/:productId/ubah',
  /** The class storefront, for every member of the class. */
  storefront: '/pasar',
  storefrontShop: '/pasar/toko/:shopId',
  storefrontProduct: '/pasar/produk/:productId',
  /** "Keranjang": the buyer's cart, grouped by shop. */
  cart: '/keranjang',
  /** The whole cart, or one product ("Beli Sekarang": /checkout?produk=<id>&jumlah=2). */
  checkout: '/checkout',
  /** "Pesanan Saya": what the person bought. */
  myOrders: '/pesanan',
  order: '/pesanan/:orderId',
  /** The payment instructions: VA number, QR or payment code, amount and countdown. */
  orderPayment: '/pesanan/:orderId/bayar',
  /** The seller's "Pesanan", by tab. */
  shopOrders: '/toko/pesanan',
  shopOrder: '/toko/pesanan/:orderId',
  /** "Saldo Penjual": saldo, dana ditahan and history. */
  wallet: '/toko/saldo',
  /** The shop's bank account, with the bank's name check. */
  bankAccount: '/toko/rekening',
  /** "Tarik Dana": saldo to the bank account. */
  withdraw: '/toko/tarik-dana',
  /** Paid promotion ("Iklan"). */
  promotions: '/toko/iklan',
  /** The print-ready shipping label of an order (A6). */
  shippingLabel: '/toko/pesanan/:orderId/label',
  /** "Cek Resi": anyone tracks a parcel by its resi number. */
  cekResi: '/cek-resi',
  cekResiWithResi: '/cek-resi/:resi',
  /** The payment simulator: the payer's "bank app" (no sign-in, like an ATM). */
  simulator: '/simulator',
  /** What a QRIS / GoPay QR code opens. */
  simulatorBill: '/simulator/bayar/:transactionId',
  facilitatorLogin: '/fasilitator/masuk',
  facilitatorHome: '/fasilitator',
  facilitatorClass: '/fasilitator/kelas/:classId',
  facilitatorProjector: '/fasilitator/kelas/:classId/proyektor',
  facilitatorAttendance: '/fasilitator/kelas/:classId/daftar-hadir',
  /** The live console for the projector: trainees × missions, feed, demo orders, scenarios, clock. */
  facilitatorConsole: '/fasilitator/kelas/:classId/konsol',
  /** The programme's activity report, print-ready (A4). */
  facilitatorReport: '/fasilitator/kelas/:classId/laporan',
  /** The programme view for the admin (the programme's coordinator): every class, filtered, with CSV. */
  facilitatorProgramme: '/fasilitator/program',
  /** The programme's printable summary (A4) with each class's attendance sheet on its own page. */
  facilitatorProgrammePrint: '/fasilitator/program/cetak',
  /** "Misi hari ini": the trainee's checklist. */
  myMissions: '/toko/misi',
  /** "Cek Pemahaman": a few questions before and after the lessons. */
  learningCheck: '/toko/cek-pemahaman',
  /** The trainee's "Sertifikat", print-ready (A4). */
  myCertificate: '/toko/sertifikat',
  /** What a certificate's QR opens: the public check (name, class, date only). */
  verifyCertificate: '/sertifikat/:code',
  /** "Chat": the person's conversations (as buyer and as seller). */
  chats: '/chat',
  chat: '/chat/:conversationId',
  /** The seller's quick replies ("Balasan cepat") and away reply. */
  chatSettings: '/toko/chat',
  /** The notification centre. */
  notifications: '/notifikasi',
  /** The facilitator reads a class's conversations (?peserta=<participantId> for one trainee's). */
  facilitatorConversations: '/fasilitator/kelas/:classId/chat',
} as const;

/** Builders for the paths that carry a parameter. */
export const linkTo = {
  joinWithCode: (code: string) => `/gabung/${encodeURIComponent(code)}`,
  editProduct: (productId: string) => `/toko/produk/${encodeURIComponent(productId)}/ubah`,
  storefrontShop: (shopId: string) => `/pasar/toko/${encodeURIComponent(shopId)}`,
  storefrontProduct: (productId: string) => `/pasar/produk/${encodeURIComponent(productId)}`,
  checkoutProduct: (productId: string, quantity: number) =>
    `/checkout?${CHECKOUT_PARAMS.product}=${encodeURIComponent(productId)}&${CHECKOUT_PARAMS.quantity}=${quantity}`,
  order: (orderId: string) => `/pesanan/${encodeURIComponent(orderId)}`,
  orderPayment: (orderId: string) => `/pesanan/${encodeURIComponent(orderId)}/bayar`,
  shopOrder: (orderId: string) => `/toko/pesanan/${encodeURIComponent(orderId)}`,
  shippingLabel: (orderId: string) => `/toko/pesanan/${encodeURIComponent(orderId)}/label`,
  cekResi: (resi: string) => `/cek-resi/${encodeURIComponent(resi)}`,
  /** The bank app with its bank already chosen: /simulator?bank=bca_va */
  simulatorChannel: (channel: string) => `/simulator?${SIMULATOR_PARAMS.channel}=${encodeURIComponent(channel)}`,
  simulatorBill: (transactionId: string) => `/simulator/bayar/${encodeURIComponent(transactionId)}`,
  facilitatorClass: (classId: string) => `/fasilitator/kelas/${encodeURIComponent(classId)}`,
  facilitatorProjector: (classId: string) => `/fasilitator/kelas/${encodeURIComponent(classId)}/proyektor`,
  facilitatorAttendance: (classId: string) => `/fasilitator/kelas/${encodeURIComponent(classId)}/daftar-hadir`,
  facilitatorConsole: (classId: string) => `/fasilitator/kelas/${encodeURIComponent(classId)}/konsol`,
  facilitatorReport: (classId: string) => `/fasilitator/kelas/${encodeURIComponent(classId)}/laporan`,
  chat: (conversationId: string) => `/chat/${encodeURIComponent(conversationId)}`,
  verifyCertificate: (code: string) => `/sertifikat/${encodeURIComponent(code)}`,
  facilitatorConversations: (classId: string, participantId?: string) =>
    `/fasilitator/kelas/${encodeURIComponent(classId)}/chat${participantId ? `?${CHAT_PARAMS.participant}=${encodeURIComponent(participantId)}` : ''}`,
};

/** Query parameter an older class link may carry, e.g. /gabung?kode=AB12CD */
export const JOIN_CODE_PARAM = 'kode';

/** /gabung/KODE?peran=pembeli lets a demo buyer join (trainees never see this choice). */
export const JOIN_ROLE_PARAM = 'peran';
export const JOIN_ROLE_BUYER = 'pembeli';

/** The storefront's search, category and sort live in its address, so Back and a shared link keep them: /pasar?q=gula&kategori=gula-aren&urut=termurah */
export const STOREFRONT_PARAMS = { query: 'q', category: 'kategori', sort: 'urut' } as const;

/** "Beli Sekarang" buys one product without the cart: /checkout?produk=<id>&jumlah=2 */
export const CHECKOUT_PARAMS = { product: 'produk', quantity: 'jumlah' } as const;

/** The order lists keep their tab in the address: /toko/pesanan?tab=perlu_dikirim */
export const ORDER_TAB_PARAM = 'tab';

/** The simulator's bank choice: /simulator?bank=bca_va */
export const SIMULATOR_PARAMS = { channel: 'bank' } as const;

/** The programme view's filter lives in its address: /fasilitator/program?kabupaten=18.10&dari=2026-11-01&sampai=2026-11-30 */
export const PROGRAMME_PARAMS = { regency: 'kabupaten', from: 'dari', to: 'sampai' } as const;

/** The facilitator's conversation list of one trainee: /fasilitator/kelas/<id>/chat?peserta=<participantId> */
export const CHAT_PARAMS = { participant: 'peserta' } as const;
