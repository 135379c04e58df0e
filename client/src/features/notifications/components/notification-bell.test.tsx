import { act, render, screen, waitFor } from '@testing-library/react';
import { Link, MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { saveSession } from '../../../shared/auth/session';
import { stubApi } from '../../../testing/fake-api';
import { lastSocket } from '../../../testing/fake-socket';
import { seller } from '../../../testing/order-fixtures';
import type { AppNotification } from '../api/notification-types';
import { NotificationBell } from './notification-bell';

const created = (notification: AppNotification) => ({
  id: String(Math.random()).slice(2),
  type: 'notification.created',
  classId: seller.classId,
  actorId: null,
  payload: { participantId: seller.id, notification },
  occurredAt: '2026-11-28T03:00:00.000Z',
  simTime: null,
});

const paid: AppNotification = {
  id: '41',
  kind: 'order_paid',
  params: { orderId: 'o1', invoiceNumber: 'INV/20261128/PL/0001' },
  read: false,
  createdAt: '2026-11-28T03:00:00.000Z',
  simTime: null,
};

describe('the notification bell', () => {
  it('counts and toasts a live notification, and rings for a paid order', async () => {
    saveSession(seller);
    let unread = 2;
    stubApi({ 'GET /api/notifications/unread': () => ({ body: { unread } }) });
    const onLive = vi.fn();
    render(
      <MemoryRouter initialEntries={['/toko']}>
        <NotificationBell session={seller} onLive={onLive} />
      </MemoryRouter>,
    );
    expect((await screen.findByTestId('notification-count')).textContent).toBe('2');
    await waitFor(() => expect(lastSocket()).toBeDefined());
    act(() => lastSocket()!.serverConnect());
    // Stored with the payment, then broadcast.
    unread = 3;
    act(() => lastSocket()!.serverEvent(created(paid)));
    expect((await screen.findByTestId('toast')).textContent).toContain('Pembayaran diterima: INV/20261128/PL/0001');
    expect(screen.getByTestId('notification-count').textContent).toBe('3');
    expect(onLive).toHaveBeenCalledWith(paid);
    expect(screen.getByTestId('toast').querySelector('a')!.getAttribute('href')).toBe('/toko/pesanan/o1');
  });

  it('shows one toast at a time on a phone: the newest replaces the one before', async () => {
    saveSession(seller);
    stubApi({ 'GET /api/notifications/unread': () => ({ body: { unread: 0 } }) });
    render(
      <MemoryRouter initialEntries={['/toko']}>
        <NotificationBell session={seller} />
      </MemoryRouter>,
    );
    await waitFor(() => expect(lastSocket()).toBeDefined());
    act(() => lastSocket()!.serverConnect());
    act(() => lastSocket()!.serverEvent(created(paid)));
    await screen.findByTestId('toast');
    act(() => lastSocket()!.serverEvent(created({ ...paid, id: '42', params: { orderId: 'o2', invoiceNumber: 'INV/20261128/PL/0002' } })));
    await waitFor(() => expect(screen.getByTestId('toast').textContent).toContain('INV/20261128/PL/0002'));
    expect(screen.getAllByTestId('toast')).toHaveLength(1);
  });

  it('does not toast a chat message of the conversation already open', async () => {
    saveSession(seller);
    stubApi({ 'GET /api/notifications/unread': { body: { unread: 0 } } });
    render(
      <MemoryRouter initialEntries={['/chat/c1']}>
        <NotificationBell session={seller} />
      </MemoryRouter>,
    );
    await screen.findByTestId('notification-bell');
    await waitFor(() => expect(lastSocket()).toBeDefined());
    act(() => lastSocket()!.serverConnect());
    act(() =>
      lastSocket()!.serverEvent(
        created({ ...paid, id: '42', kind: 'chat_message', params: { conversationId: 'c1', senderName: 'Bu Rahma', preview: 'Halo' } }),
      ),
    );
    act(() => lastSocket()!.serverEvent(created({ ...paid, id: '43', kind: 'chat_message', params: { conversationId: 'c2', senderName: 'Pak Tomo', preview: 'Ada?' } })));
    expect((await screen.findByTestId('toast')).textContent).toContain('Pesan baru dari Pak Tomo');
    expect(screen.getAllByTestId('toast')).toHaveLength(1);
  });

  it('on the Pesanan list a paid order rings and counts but covers nothing: the list shows it live', async () => {
    saveSession(seller);
    let unread = 0;
    stubApi({ 'GET /api/notifications/unread': () => ({ body: { unread } }) });
    const onLive = vi.fn();
    render(
      <MemoryRouter initialEntries={['/toko/pesanan']}>
        <NotificationBell session={seller} onLive={onLive} />
      </MemoryRouter>,
    );
    await screen.findByTestId('notification-bell');
    await waitFor(() => expect(lastSocket()).toBeDefined());
    act(() => lastSocket()!.serverConnect());
    unread = 1;
    act(() => lastSocket()!.serverEvent(created(paid)));
    await waitFor(() => expect(onLive).toHaveBeenCalledWith(paid));
    expect((await screen.findByTestId('notification-count')).textContent).toBe('1');
    expect(screen.queryByTestId('toast')).toBeNull();
    // A chat message is not on this page: that one toasts.
    act(() => lastSocket()!.serverEvent(created({ ...paid, id: '43', kind: 'chat_message', params: { conversationId: 'c2', senderName: 'Pak Tomo', preview: 'Ada?' } })));
    expect((await screen.findByTestId('toast')).textContent).toContain('Pesan baru dari Pak Tomo');
    expect(screen.getAllByTestId('toast')).toHaveLength(1);
  });

  it('takes a toast away when the page opened shows it: "Pesanan" tapped in the bottom bar, not the toast', async () => {
    saveSession(seller);
    stubApi({ 'GET /api/notifications/unread': { body: { unread: 0 } } });
    const newOrder: AppNotification = { ...paid, id: '44', kind: 'new_order', params: { orderId: 'o1', invoiceNumber: 'INV/20261128/PL/0001', productTitle: 'Gula Aren', buyerName: 'Bu Rahma' } };
    render(
      <MemoryRouter initialEntries={['/toko']}>
        <NotificationBell session={seller} />
        <Link to="/toko/pesanan">Pesanan</Link>
        <Link to="/toko/produk">Produk</Link>
      </MemoryRouter>,
    );
    await waitFor(() => expect(lastSocket()).toBeDefined());
    act(() => lastSocket()!.serverConnect());
    act(() => lastSocket()!.serverEvent(created(newOrder)));
    await screen.findByTestId('toast');
    // Another page that does not show the order: the toast stays.
    act(() => screen.getByRole('link', { name: 'Produk' }).click());
    expect(screen.getByTestId('toast')).toBeDefined();
    act(() => screen.getByRole('link', { name: 'Pesanan' }).click());
    expect(screen.queryByTestId('toast')).toBeNull();
  });
});
