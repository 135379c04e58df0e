import { useEffect, useRef, useState } from 'react';
import { useApi } from '../../../shared/api/use-api';
import type { FacilitatorSession } from '../../../shared/auth/session';
import { useSimClock } from '../../../shared/clock/use-sim-clock';
import { isClockChanged, isParticipantJoined, type ClassEvent } from '../../../shared/realtime/class-event';
import { useClassEvents } from '../../../shared/realtime/use-class-events';
import { useClassDetail } from './use-class-detail';
import { getMissionGrid } from '../api/get-mission-grid';
import { getParticipants, type ParticipantView } from '../api/get-participants';
import { addJoinedTrainee, addProgressTrainee, applyProgress, isMissionProgress } from '../mission-grid';

const LIVE_TYPES = [
  'participant.joined',
  'participant.pin_login',
  'participant.persona_created',
  'participant.persona_updated',
  'class.updated',
  'class.facilitator_added',
  'class.facilitator_removed',
  'shop.updated',
  'clock.changed',
  'mission.progress',
  'missions.settings_changed',
] as const;

// Thirty phones join within a minute: the full participant rows (phone, village, shop) are reloaded
// once the burst has passed, while each new name is shown the moment its event arrives.
const RELOAD_AFTER_EVENTS_MS = 800;

/** A class page's data, kept live: the class, its participants and its clock. */
export function useLiveClass(classId: string, session: FacilitatorSession, options: { withGrid?: boolean } = {}) {
  const detail = useClassDetail(classId);
  // The projector's mission counters: the grid, kept live by `mission.progress` like the console's.
  const grid = useApi(options.withGrid ? `grid:${classId}` : null, (signal) => getMissionGrid(classId, signal));
  const participants = useApi(`participants:${classId}`, (signal) => getParticipants(classId, signal));
  const clock = useSimClock(classId);
  // This facilitator was taken off the class by its owner: the page says so (its data stops loading).
  const [removed, setRemoved] = useState(false);
  const reloadTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => () => clearTimeout(reloadTimer.current), []);

  const reloadParticipantsSoon = () => {
    clearTimeout(reloadTimer.current);
    reloadTimer.current = setTimeout(participants.reload, RELOAD_AFTER_EVENTS_MS);
  };

  const onEvent = (event: ClassEvent) => {
    switch (event.type) {
      case 'participant.joined': {
        const joined = event.payload;
        if (isParticipantJoined(joined)) {
          participants.setData((list) => addParticipant(list, joined));
          grid.setData((current) => (current ? addJoinedTrainee(current, joined) : current));
        }
        reloadParticipantsSoon();
        return;
      }
      case 'clock.changed':
        if (isClockChanged(event.payload)) clock.apply(event.payload);
        return;
      case 'class.facilitator_removed':
        if (event.payload.facilitatorId === session.id) setRemoved(true);
        detail.reload();
        return;
      case 'class.updated':
      case 'class.facilitator_added':
        detail.reload();
        return;
      case 'mission.progress':
        if (isMissionProgress(event.payload)) {
          const progress = event.payload;
          grid.setData((current) => (current ? applyProgress(addProgressTrainee(current, progress, event.occurredAt), progress).grid : current));
        }
        return;
      case 'missions.settings_changed':
        if (options.withGrid) grid.reload();
        return;
      default:
        reloadParticipantsSoon();
    }
  };

  const live = useClassEvents({
    classId,
    token: session.token,
    watch: true,
    types: LIVE_TYPES,
    onEvent,
    onResync: () => {
      detail.reload();
      participants.reload();
      clock.reload();
      if (options.withGrid) grid.reload();
    },
  });

  return { detail, participants, clock, live, grid, removed };
}

/** Adds a participant from its `participant.joined` event, unless the list has it already. */
export function addParticipant(
  list: ParticipantView[] | undefined,
  joined: { participantId: string; name: string; role: 'trainee' | 'buyer'; shopId: string | null; joinedAt: string },
): ParticipantView[] | undefined {
  if (!list || list.some((p) => p.id === joined.participantId)) return list;
  return [
    ...list,
    {
      id: joined.participantId,
      name: joined.name,
      role: joined.role,
      phone: null,
      village: null,
      isPersona: false,
      joinedAt: joined.joinedAt,
      lastSeenAt: null,
      shopId: joined.shopId,
      shopName: null,
      destination: null,
    },
  ];
}
