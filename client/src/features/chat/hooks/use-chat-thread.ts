import { useCallback, useEffect, useRef, useState } from 'react';
import type { Socket } from 'socket.io-client';
import { ApiError } from '../../../shared/api/http';
import { useApi } from '../../../shared/api/use-api';
import type { Session } from '../../../shared/auth/session';
import type { ClassEvent } from '../../../shared/realtime/class-event';
import type { OutboxItem, SendOutcome } from '../../../shared/offline/outbox';
import { flushOutbox, getOutbox } from '../../../shared/offline/outbox-store';
import { connectSocket } from '../../../shared/realtime/socket';
import { useClassEvents } from '../../../shared/realtime/use-class-events';
import type { ChatMessage, ChatOrderCard, Conversation, SendMessageBody } from '../api/chat-types';
import { getConversation } from '../api/get-conversation';
import { getMessages } from '../api/get-messages';
import { markMessages } from '../api/mark-messages';
import { lastFromOther, lastId, mergeMessages, newClientId, type PendingMessage, stillPending } from '../chat-thread';

export const CHAT_EVENT_TYPES = ['chat.message_sent', 'chat.read', 'chat.delivered', 'order.paid', 'order.cancelled', 'order.shipped', 'order.delivered', 'order.completed', 'order.returned'] as const;

/** After this long without a new "typing" signal, the other side stopped typing. */
const TYPING_SHOWN_MS = 4000;
/** A typing signal at most this often. */
const TYPING_EVERY_MS = 2000;

type MarkState = Pick<Conversation, 'buyerReadUpTo' | 'sellerReadUpTo' | 'buyerDeliveredUpTo' | 'sellerDeliveredUpTo'>;

function isMessage(value: unknown): value is ChatMessage {
  return typeof value === 'object' && value !== null && typeof (value as ChatMessage).id === 'string' && typeof (value as ChatMessage).conversationId === 'string';
}

function pendingFromItem(item: OutboxItem): PendingMessage {
  const body = (item.body ?? {}) as Partial<SendMessageBody>;
  return { clientId: item.id, kind: body.kind ?? 'text', text: body.text ?? null, mediaId: body.mediaId, failed: false, waiting: true };
}

const withOrderState = (card: ChatOrderCard | null, orderId: string, state: ChatOrderCard['state']): ChatOrderCard | null =>
  card && card.id === orderId ? { ...card, state, stateLabelKey: `order.state.${state}`, paid: card.paid || state === 'PAID' } : card;

/**
 * One conversation, live: the room `conversation:<id>` is joined, new messages merge in as they arrive, and after a
 * reconnect that socket.io could not recover the page asks for what came after the last message it has. The other
 * side's messages are marked delivered when they reach this phone, and read while the page is open and visible.
 */
export function useChatThread(conversationId: string, session: Session) {
  // Kept offline too: without signal the page still knows who writes, so the box to write in stays.
  const conversation = useApi(`conversation:${conversationId}`, (signal) => getConversation(conversationId, signal), { keepOffline: true });
  const [messages, setMessages] = useState<ChatMessage[]>([]);
  const [hasOlder, setHasOlder] = useState(false);
  const [loaded, setLoaded] = useState(false);
  const [loadError, setLoadError] = useState<ApiError | undefined>(undefined);
  const [pending, setPending] = useState<PendingMessage[]>([]);
  const [otherTyping, setOtherTyping] = useState(false);
  const messagesRef = useRef<ChatMessage[]>([]);
  const role = conversation.data?.viewerRole;
  const classId = conversation.data?.classId;

  const absorb = useCallback((incoming: ChatMessage[]) => {
    const merged = mergeMessages(messagesRef.current, incoming);
    messagesRef.current = merged;
    setMessages(merged);
    setPending((current) => stillPending(current, merged));
  }, []);

  // The latest page first; then, after every reconnect, only what came after it.
  const resync = useCallback(async () => {
    try {
      const after = lastId(messagesRef.current);
      let page = await getMessages(conversationId, after ? { after, limit: 100 } : { limit: 50 });
      if (!after) setHasOlder(page.hasOlder);
      absorb(page.items);
      // A long time offline: keep asking until nothing more came.
      while (after && page.items.length === 100) {
        page = await getMessages(conversationId, { after: lastId(messagesRef.current)!, limit: 100 });
        absorb(page.items);
      }
      setLoadError(undefined);
    } catch (error) {
      setLoadError(error instanceof ApiError ? error : undefined);
    } finally {
      setLoaded(true);
    }
  }, [absorb, conversationId]);

  useEffect(() => {
    void resync();
  }, [resync]);

  const loadOlder = useCallback(async () => {
    const first = messagesRef.current[0];
    if (!first) return;
    const page = await getMessages(conversationId, { before: first.id, limit: 50 });
    setHasOlder(page.hasOlder);
    absorb(page.items);
  }, [absorb, conversationId]);

  // Marks: delivered as soon as the other side's messages are here; read while the page is visible.
  const marked = useRef({ delivered: '0', read: '0' });
  useEffect(() => {
    if (role !== 'buyer' && role !== 'seller') return;
    const newest = lastFromOther(messages, role);
    if (!newest) return;
    const mark = (what: 'delivered' | 'read') => {
      if (marked.current[what] === newest) return;
      marked.current[what] = newest;
      void markMessages(conversationId, what, newest).catch(() => {
        marked.current[what] = '0';
      });
    };
    if (document.visibilityState === 'visible') mark('read');
    else mark('delivered');
    const onVisible = () => {
      if (document.visibilityState === 'visible') mark('read');
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [messages, role, conversationId]);

  const onEvent = useCallback(
    (event: ClassEvent) => {
      const payload = event.payload;
      if (event.type === 'chat.message_sent') {
        if (payload.conversationId !== conversationId || !isMessage(payload.message)) return;
        absorb([payload.message]);
        // Their message arrived: they have stopped typing.
        if (payload.message.senderRole !== role) setOtherTyping(false);
        return;
      }
      if (event.type === 'chat.read' || event.type === 'chat.delivered') {
        if (payload.conversationId !== conversationId) return;
        const reader = payload.readerRole === 'buyer' ? 'buyer' : 'seller';
        const marks: Partial<MarkState> = {};
        if (typeof payload.readUpTo === 'string') marks[`${reader}ReadUpTo`] = payload.readUpTo;
        if (typeof payload.deliveredUpTo === 'string') marks[`${reader}DeliveredUpTo`] = payload.deliveredUpTo;
        conversation.setData((current) => (current ? { ...current, ...marks } : current));
        return;
      }
      // An order event: the order cards follow the system's status, whatever the messages say.
      const orderId = payload.orderId;
      const state = payload.state;
      if (typeof orderId !== 'string' || typeof state !== 'string') return;
      const next = messagesRef.current.map((message) =>
        message.order?.id === orderId ? { ...message, order: withOrderState(message.order, orderId, state as ChatOrderCard['state']) } : message,
      );
      messagesRef.current = next;
      setMessages(next);
    },
    [absorb, conversation, conversationId, role],
  );

  const live = useClassEvents({
    classId,
    token: session.token,
    rooms: [`conversation:${conversationId}`],
    types: CHAT_EVENT_TYPES,
    onEvent,
    onResync: () => {
      void resync();
      conversation.reload();
    },
  });

  // Typing: relayed by the server to the others in the room, never stored.
  const socketRef = useRef<Socket | undefined>(undefined);
  useEffect(() => {
    let disposed = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onTyping = (signal: { conversationId?: string; participantId?: string; typing?: boolean }) => {
      if (signal?.conversationId !== conversationId || signal.participantId === session.id) return;
      clearTimeout(timer);
      setOtherTyping(signal.typing !== false);
      if (signal.typing !== false) timer = setTimeout(() => setOtherTyping(false), TYPING_SHOWN_MS);
    };
    void connectSocket(session.token)
      .then((socket) => {
        if (disposed) return;
        socketRef.current = socket;
        socket.on('chat:typing', onTyping);
      })
      .catch(() => undefined);
    return () => {
      disposed = true;
      clearTimeout(timer);
      socketRef.current?.off('chat:typing', onTyping);
    };
  }, [conversationId, session.id, session.token]);

  const lastTyping = useRef(0);
  const typing = useCallback(() => {
    const now = Date.now();
    if (now - lastTyping.current < TYPING_EVERY_MS) return;
    lastTyping.current = now;
    socketRef.current?.emit('chat:typing', { conversationId, typing: true });
  }, [conversationId]);

  const settle = useCallback(
    (clientId: string, outcome: SendOutcome) => {
      if (outcome.status === 'sent' && isMessage(outcome.data)) absorb([outcome.data]);
      else setPending((current) => current.map((p) => (p.clientId === clientId ? { ...p, failed: outcome.status === 'refused', waiting: outcome.status === 'waiting' } : p)));
    },
    [absorb],
  );

  // What the outbox holds for this conversation (written offline, maybe before a reload) shows as waiting.
  useEffect(() => {
    let disposed = false;
    const outbox = getOutbox();
    void outbox
      .list()
      .then((items) => {
        if (disposed) return;
        const waiting = items.filter((item) => item.kind === 'chat.message' && item.key === conversationId).sort((a, b) => a.createdAt - b.createdAt);
        if (waiting.length === 0) return;
        setPending((current) => [
          ...current,
          ...waiting.filter((item) => !current.some((p) => p.clientId === item.id)).map((item) => pendingFromItem(item)),
        ]);
      })
      .catch(() => undefined);
    const unsubscribe = outbox.subscribe((item, outcome) => {
      if (item.kind === 'chat.message' && item.key === conversationId) settle(item.id, outcome);
    });
    return () => {
      disposed = true;
      unsubscribe();
    };
  }, [conversationId, settle]);

  // Back online (the browser says so, or the socket reconnected): send what waits, and load what was missed.
  const errorShown = Boolean(loadError ?? conversation.error);
  const reloadConversation = conversation.reload;
  useEffect(() => {
    const back = () => {
      flushOutbox();
      void resync();
      reloadConversation();
    };
    window.addEventListener('online', back);
    return () => window.removeEventListener('online', back);
  }, [resync, reloadConversation]);
  useEffect(() => {
    if (live !== 'live') return;
    flushOutbox();
    if (errorShown) {
      void resync();
      reloadConversation();
    }
  }, [live, errorShown, resync, reloadConversation]);

  /**
   * Sends (or retries, with the same clientId) one message through the outbox: shown at once, kept in IndexedDB
   * until the server has it, confirmed by the server's copy. Resolves with the server's refusal, if any.
   */
  const send = useCallback(
    async (body: Omit<SendMessageBody, 'clientId'> & { clientId?: string }, preview?: { previewUrl?: string }) => {
      const clientId = body.clientId ?? newClientId();
      const local: PendingMessage = { clientId, text: body.text ?? null, kind: body.kind, mediaId: body.mediaId, previewUrl: preview?.previewUrl, failed: false, waiting: false };
      setPending((current) => [...current.filter((p) => p.clientId !== clientId), local]);
      const item: OutboxItem = {
        id: clientId,
        kind: 'chat.message',
        key: conversationId,
        method: 'POST',
        path: `/api/chat/conversations/${encodeURIComponent(conversationId)}/messages`,
        body: { ...body, clientId },
        token: session.token,
        createdAt: Date.now(),
      };
      let outcome: SendOutcome;
      try {
        outcome = await getOutbox().submit(item);
      } catch (error) {
        // IndexedDB itself failed (private mode, storage full): shown as not sent, with "Coba lagi".
        outcome = { status: 'refused', error: error instanceof ApiError ? error : new ApiError(0, 'STORAGE_FAILED', String(error)) };
      }
      settle(clientId, outcome);
      return outcome.status === 'refused' ? outcome.error : undefined;
    },
    [conversationId, session.token, settle],
  );

  const retry = useCallback(
    (message: PendingMessage) =>
      send({ clientId: message.clientId, kind: message.kind, text: message.text ?? undefined, mediaId: message.mediaId }, { previewUrl: message.previewUrl }),
    [send],
  );

  const discard = useCallback((clientId: string) => setPending((current) => current.filter((p) => p.clientId !== clientId)), []);

  return { conversation, messages, pending, hasOlder, loaded, loadError, live, otherTyping, loadOlder, send, retry, discard, typing };
}
