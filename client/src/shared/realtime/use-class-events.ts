// Live events of one class. Phones drop off the hall's Wi-Fi all the time: socket.io replays what was
// missed when a connection comes back within two minutes (socket.recovered); otherwise the page refetches.
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Socket } from 'socket.io-client';
import { isClassEvent, type ClassEvent } from './class-event';
import { oldestReadMark } from '../api/read-marks';
import { connectSocket, firstConnection, reconnectNow } from './socket';

export type LiveStatus = 'connecting' | 'live' | 'offline';

export interface ClassEventsOptions {
  classId: string | undefined;
  /** The signed-in person's token; nothing connects without it. */
  token: string | undefined;
  /** A facilitator must ask to hear a class (`class:watch`); participants are in their class's room already. */
  watch?: boolean;
  /**
   * Rooms to join besides the caller's own (class, participant, shop), e.g. `order:<id>`; joined again after a
   * reconnect that could not be recovered. A room the server refuses is simply not heard.
   */
  rooms?: readonly string[];
  /** Event types to hear, e.g. ['participant.joined', 'clock.changed']. */
  types: readonly string[];
  onEvent: (event: ClassEvent) => void;
  /** Load again what is on screen: after a fresh connection, or a reconnect that could not be recovered. */
  onResync?: () => void;
}

type WatchAck = { ok: true } | { ok: false; code: string };
type SyncAck = { ok: true; missed: boolean } | { ok: false; code: string } | undefined;

/** How long the first connection waits for the server's `sync:since` answer before loading again anyway. */
const SYNC_CHECK_MS = 5_000;

/** Subscribes to a class's events when the page is committed; returns whether the live connection is up. */
export function useClassEvents({ classId, token, watch = false, rooms, types, onEvent, onResync }: ClassEventsOptions): LiveStatus {
  const [status, setStatus] = useState<LiveStatus>('connecting');
  const latest = useRef({ types, onEvent, onResync });
  // A stable key, so that a new array with the same rooms does not reconnect.
  const roomKey = (rooms ?? []).join(' ');

  useEffect(() => {
    latest.current = { types, onEvent, onResync };
  });

  // The first subscription of this component goes with the commit that sent its first reads (useApi sends them in a
  // layout effect too); a later one (another class, room or token) does not.
  const firstRun = useRef(true);

  // A layout effect, not an effect: on a socket already connected, the listener is attached in the same task as the
  // page's reads were sent (the shared socket's promise is settled: a microtask), before any socket message can be
  // handled. So an event committed after those reads were answered cannot slip past unheard.
  useLayoutEffect(() => {
    // Taken before the early return: a class or token that comes later (from a read) is not "with the first reads".
    const withTheFirstReads = firstRun.current;
    firstRun.current = false;
    if (!classId || !token) return;
    let disposed = false;
    let socket: Socket | undefined;

    const resync = () => {
      if (!disposed) latest.current.onResync?.();
    };
    // The socket's first connection, its rooms joined: the server says whether anything was broadcast to them after
    // the oldest read on screen began. Loaded again only then, or when it cannot say (no answer, several nodes).
    const resyncIfMissed = (s: Socket) => {
      void oldestReadMark()
        .then((mark) => (mark ? s.timeout(SYNC_CHECK_MS).emitWithAck('sync:since', { mark }) : undefined))
        .then(
          (answer: SyncAck) => {
            if (!(answer?.ok && answer.missed === false)) resync();
          },
          () => resync(),
        );
    };
    const extraRooms = roomKey ? roomKey.split(' ') : [];
    // Ask to hear the class (again), then load what may have been missed before the room was joined.
    const watchThenResyncNow = (s: Socket, check: boolean) => {
      const after = () => (check ? resyncIfMissed(s) : resync());
      if (!watch) return after();
      s.emit('class:watch', { classId }, (ack: WatchAck) => {
        if (ack?.ok) after();
      });
    };
    // The extra rooms first (`order:<id>`), so that nothing sent to them after the reload is missed.
    const watchThenResync = (s: Socket, check = false) => {
      if (extraRooms.length === 0) return watchThenResyncNow(s, check);
      void Promise.all(extraRooms.map((room) => s.emitWithAck('room:join', { room }).catch(() => undefined))).then(() => {
        if (!disposed) watchThenResyncNow(s, check);
      });
    };

    const handleEvent = (event: unknown) => {
      if (disposed || !isClassEvent(event) || event.classId !== classId) return;
      if (latest.current.types.includes(event.type)) latest.current.onEvent(event);
    };
    const handleConnect = () => {
      if (disposed || !socket) return;
      setStatus('live');
      // A recovered connection got its rooms back and the missed events replayed: nothing to reload. The first
      // connection asks the server first; a reconnection after a drop missed what came meanwhile, and loads again.
      if (!socket.recovered) watchThenResync(socket, firstConnection(socket));
    };
    const handleDisconnect = () => {
      if (!disposed) setStatus('offline');
    };

    // The browser knows first: no signal shows at once, and its return reconnects at once.
    const handleOffline = () => {
      if (!disposed) setStatus('offline');
    };
    const handleOnline = () => {
      if (disposed) return;
      if (socket?.connected) setStatus('live');
      else if (socket) reconnectNow();
      else connectSocket(token).then(subscribe, () => undefined);
    };
    window.addEventListener('offline', handleOffline);
    window.addEventListener('online', handleOnline);

    const subscribe = (s: Socket) => {
      if (disposed || socket) return;
      socket = s;
      s.on('event', handleEvent);
      s.on('connect', handleConnect);
      s.on('disconnect', handleDisconnect);
      s.on('connect_error', handleDisconnect);
      // Another page opened the shared socket already: no 'connect' will come for this one.
      if (s.connected) {
        setStatus('live');
        // Its rooms were joined when it connected, before this page's first reads: what those reads did not see is
        // heard live. Loading again would send every read twice (it did, on every tap from page to page). A class to
        // watch or an extra room is joined only now, after the reads: those still load again once joined.
        if (withTheFirstReads && !watch && extraRooms.length === 0) return;
        watchThenResync(s);
      }
    };

    connectSocket(token)
      .then(subscribe)
      .catch(() => {
        // The socket.io chunk did not arrive (weak signal): the page still works, just not live.
        if (!disposed) setStatus('offline');
      });

    return () => {
      disposed = true;
      window.removeEventListener('offline', handleOffline);
      window.removeEventListener('online', handleOnline);
      socket?.off('event', handleEvent);
      socket?.off('connect', handleConnect);
      socket?.off('disconnect', handleDisconnect);
      socket?.off('connect_error', handleDisconnect);
    };
  }, [classId, token, watch, roomKey]);

  return status;
}
