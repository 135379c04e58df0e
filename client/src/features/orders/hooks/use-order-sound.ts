import { useEffect, useState } from 'react';
import { isSoundMuted, playOrderSound, setSoundMuted, unlockSoundOnFirstTap } from '../notification-sound';

/** The seller's new-order sound: unlocked on the first tap, muted by a toggle remembered on the phone. */
export function useOrderSound() {
  const [muted, setMuted] = useState(isSoundMuted);

  useEffect(() => unlockSoundOnFirstTap(), []);

  const toggle = () => {
    setSoundMuted(!muted);
    setMuted(!muted);
  };

  return { muted, toggle, play: playOrderSound };
}
