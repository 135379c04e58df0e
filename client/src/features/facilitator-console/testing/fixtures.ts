// Data shaped like the API's answers, for the console's tests.
import type { FacilitatorSession } from '../../../shared/auth/session';
import type { ClassDetailView } from '../api/get-class';
import type { ParticipantView } from '../api/get-participants';

export const classId = '6f1c2f53-7c61-4a53-9b7a-2f4a0c1d2e3f';

export const facilitator: FacilitatorSession = {
  kind: 'facilitator',
  token: 'tok_facilitator_0123456789abcdef',
  expiresAt: '2099-01-01T00:00:00.000Z',
  id: '11111111-2222-4333-8444-555555555555',
  name: 'Rina Fasilitator',
  role: 'facilitator',
};

export const classDetail: ClassDetailView = {
  id: classId,
  name: 'Pelatihan E-Commerce PKH',
  place: 'Balai Pekon Ambarawa',
  date: '2026-11-28',
  regencyCode: '18.10',
  timeZone: 'Asia/Jakarta',
  regencyLabel: 'Kab. Pringsewu',
  joinCode: 'KMNPQR',
  status: 'open',
  participantCount: 2,
  createdAt: '2026-11-28T01:00:00.000Z',
  ownerId: '11111111-2222-4333-8444-555555555555',
  ownerName: 'Rina Fasilitator',
  joinUrl: 'http://192.168.1.10:3000/gabung/KMNPQR',
  joinQrSvg: '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 29 29"><path d="M0 0h7v7H0z"/></svg>',
  facilitators: ['Dewi', 'Rina Fasilitator'],
  team: [
    { id: '99999999-2222-4333-8444-555555555555', name: 'Dewi' },
    { id: '11111111-2222-4333-8444-555555555555', name: 'Rina Fasilitator' },
  ],
  joinUrlSure: true,
  joinBaseChoices: [],
};

export function participant(overrides: Partial<ParticipantView> & Pick<ParticipantView, 'id' | 'name'>): ParticipantView {
  return {
    role: 'trainee',
    phone: null,
    village: null,
    isPersona: false,
    joinedAt: '2026-11-28T02:05:00.000Z',
    lastSeenAt: null,
    destination: overrides.isPersona ? 'city' : null,
    shopId: null,
    shopName: null,
    ...overrides,
  };
}

export const participants: ParticipantView[] = [
  participant({
    id: 'aaaaaaaa-0000-4000-8000-000000000001',
    name: 'Sriyati',
    phone: '081234567890',
    village: 'Pekon Ambarawa',
    joinedAt: '2026-11-28T02:05:00.000Z',
    shopName: 'Toko Sriyati',
  }),
  participant({
    id: 'aaaaaaaa-0000-4000-8000-000000000002',
    name: 'Bu Rahma (Pembeli Bandar Lampung)',
    role: 'buyer',
    isPersona: true,
    joinedAt: '2026-11-28T02:06:00.000Z',
  }),
  participant({
    id: 'aaaaaaaa-0000-4000-8000-000000000003',
    name: 'Siti',
    village: null,
    phone: null,
    joinedAt: '2026-11-28T02:07:00.000Z',
    shopName: 'Toko Siti',
  }),
];

export const clockReading = { simNow: '2026-11-28T03:00:00.000Z', realNow: '2026-11-28T03:00:00.000Z', speed: 60, paused: true };
