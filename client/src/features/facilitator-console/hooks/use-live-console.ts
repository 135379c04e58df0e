import { useEffect, useRef, useState } from 'react';
import { useApi } from '../../../shared/api/use-api';
import type { FacilitatorSession } from '../../../shared/auth/session';
import { useSimClock } from '../../../shared/clock/use-sim-clock';
import { isClockChanged, isParticipantJoined, type ClassEvent } from '../../../shared/realtime/class-event';
import { useClassEvents } from '../../../shared/realtime/use-class-events';
import { getActivityFeed } from '../api/get-activity-feed';
import { useClassDetail } from './use-class-detail';
import { getMissionGrid } from '../api/get-mission-grid';
import { getParticipants } from '../api/get-participants';
import { addJoinedTrainee, addProgressTrainee, applyProgress, isMissionProgress, touchTrainee } from '../mission-grid';

/** Every class event the console shows: in the feed, in the grid, or both. */
export const CONSOLE_EVENT_TYPES = [
  'participant.joined',
  'participant.pin_login',
  'participant.persona_created',
  'participant.persona_updated',
  'class.updated',
  'class.reset',
  'class.facilitator_removed',
  'clock.changed',
  'shop.updated',
  'product.created',
  'product.updated',
  'order.placed',
  'order.paid',
  'order.cancelled',
  'order.shipped',
  'order.ship_refused',
  'order.delivered',
  'order.returned',
  'order.completed',
  'review.created',
  'chat.message_sent',
  'wallet.funds_released',
  'wallet.refunded',
  'wallet.bank_account_registered',
  'wallet.bank_account_closed',
  'wallet.withdrawal_requested',
  'wallet.withdrawal_succeeded',
  'wallet.withdrawal_failed',
  'promotion.started',
  'mission.progress',
  'missions.settings_changed',
  'scenario.started',
  'scenario.waiting',
  'scenario.finished',
  'demo_orders.requested',
] as const;

// Thirty phones acting at once: a reload that events ask for runs once per window, however many events arrive in
// it. The window is not restarted by each new event (a debounce would put the reload off for as long as the burst
// lasts): what the grid shows never depends on it, since each event updates the grid itself first.
const RELOAD_AFTER_EVENTS_MS = 400;
// "Idle for 12 minutes" moves on by itself.
const IDLE_TICK_MS = 15_000;

/** Throttled reloads, one timer per thing to reload: the first event starts the window, the others join it. */
function useSoon() {
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>());
  useEffect(() => {
    const map = timers.current;
    return () => map.forEach((timer) => clearTimeout(timer));
  }, []);
  return (name: string, action: () => void) => {
    if (timers.current.has(name)) return;
    timers.current.set(
      name,
      setTimeout(() => {
        timers.current.delete(name);
        action();
      }, RELOAD_AFTER_EVENTS_MS),
    );
  };
}

/** The live console's data: the class, the grid, the feed, the participants (for personas) and the clock, kept live. */
export function useLiveConsole(classId: string, session: FacilitatorSession, options: { onEvent?: (event: ClassEvent) => void } = {}) {
  const detail = useClassDetail(classId);
  const grid = useApi(`grid:${classId}`, (signal) => getMissionGrid(classId, signal));
  const participants = useApi(`participants:${classId}`, (signal) => getParticipants(classId, signal));
  const feedPage = useApi(`feed:${classId}`, (signal) => getActivityFeed(classId, { limit: 40 }, signal));
  const clock = useSimClock(classId);
  // This facilitator was taken off the class by its owner: the console says so (its data stops loading).
  const [removed, setRemoved] = useState(false);
  const [nowMs, setNowMs] = useState(() => Date.now());
  const soon = useSoon();

  useEffect(() => {
    const timer = setInterval(() => setNowMs(Date.now()), IDLE_TICK_MS);
    return () => clearInterval(timer);
  }, []);

  const feed = feedPage.data?.items ?? [];

  const onEvent = (event: ClassEvent) => {
    // The API words every line (and leaves out what a projector must not show): reload its newest page after a burst.
    if (event.type !== 'mission.progress') soon('feed', feedPage.reload);
    if (event.actorId) grid.setData((current) => (current ? touchTrainee(current, event.actorId!, event.occurredAt) : current));

    switch (event.type) {
      case 'mission.progress':
        if (isMissionProgress(event.payload)) {
          const progress = event.payload;
          // Someone who joined after the grid was loaded: their row comes from the event, the reload only confirms it.
          grid.setData((current) => (current ? applyProgress(addProgressTrainee(current, progress, event.occurredAt), progress).grid : current));
          if (grid.data && !grid.data.trainees.some((row) => row.participantId === progress.participantId)) soon('grid', grid.reload);
        }
        break;
      case 'participant.joined':
        // The new row shows at once from the event (2.2–2.5 s before, when it waited for a debounced reload).
        if (isParticipantJoined(event.payload)) {
          const joined = event.payload;
          grid.setData((current) => (current ? addJoinedTrainee(current, joined) : current));
        }
        soon('grid', grid.reload);
        soon('participants', participants.reload);
        break;
      case 'participant.persona_created':
      case 'participant.persona_updated':
      case 'shop.updated':
        soon('grid', grid.reload);
        soon('participants', participants.reload);
        break;
      case 'missions.settings_changed':
        grid.reload();
        break;
      case 'clock.changed':
        if (isClockChanged(event.payload)) clock.apply(event.payload);
        break;
      case 'class.updated':
        detail.reload();
        break;
      case 'class.facilitator_removed':
        if (event.payload.facilitatorId === session.id) setRemoved(true);
        break;
      case 'class.reset':
        detail.reload();
        grid.reload();
        participants.reload();
        feedPage.reload();
        clock.reload();
        break;
      default:
        break;
    }
    options.onEvent?.(event);
  };

  const live = useClassEvents({
    classId,
    token: session.token,
    watch: true,
    types: CONSOLE_EVENT_TYPES,
    onEvent,
    onResync: () => {
      detail.reload();
      grid.reload();
      participants.reload();
      feedPage.reload();
      clock.reload();
    },
  });

  return { detail, grid, participants, feed, feedError: feedPage.error, clock, live, nowMs, removed };
}
