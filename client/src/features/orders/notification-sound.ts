// A short "ting-ting" for a new paid order, made with the Web Audio API (two oscillator beeps): no audio file to
// download. The seller can mute it (remembered on the phone). Browsers keep audio suspended until the person has
// touched the page, so the first tap unlocks it; before that, or without Web Audio, the sound is skipped silently
// (the highlighted order still says it).

const MUTE_KEY = 'pasar-latihan.order-sound-muted';

type AudioContextConstructor = new () => AudioContext;

let context: AudioContext | undefined;

function audioContextClass(): AudioContextConstructor | undefined {
  const w = globalThis as unknown as { AudioContext?: AudioContextConstructor; webkitAudioContext?: AudioContextConstructor };
  return w.AudioContext ?? w.webkitAudioContext;
}

function getContext(): AudioContext | undefined {
  if (context) return context;
  const Context = audioContextClass();
  if (!Context) return undefined;
  try {
    context = new Context();
  } catch {
    return undefined;
  }
  return context;
}

export function isSoundMuted(): boolean {
  try {
    return globalThis.localStorage?.getItem(MUTE_KEY) === '1';
  } catch {
    return false;
  }
}

export function setSoundMuted(muted: boolean): void {
  try {
    if (muted) globalThis.localStorage?.setItem(MUTE_KEY, '1');
    else globalThis.localStorage?.removeItem(MUTE_KEY);
  } catch {
    // not remembered; applies to this page
  }
}

function resume(audio: AudioContext): void {
  if (audio.state === 'suspended') void audio.resume().catch(() => undefined);
}

/** Unlocks audio on the page's first tap or key press; returns the clean-up. */
export function unlockSoundOnFirstTap(): () => void {
  const unlock = () => {
    const audio = getContext();
    if (audio) resume(audio);
    remove();
  };
  const remove = () => {
    window.removeEventListener('pointerdown', unlock);
    window.removeEventListener('keydown', unlock);
  };
  window.addEventListener('pointerdown', unlock);
  window.addEventListener('keydown', unlock);
  return remove;
}

function beep(audio: AudioContext, frequency: number, start: number, length: number): void {
  const oscillator = audio.createOscillator();
  const gain = audio.createGain();
  oscillator.type = 'sine';
  oscillator.frequency.setValueAtTime(frequency, start);
  // A quick rise and fall, so the beep does not click.
  gain.gain.setValueAtTime(0.0001, start);
  gain.gain.exponentialRampToValueAtTime(0.35, start + 0.02);
  gain.gain.exponentialRampToValueAtTime(0.0001, start + length);
  oscillator.connect(gain);
  gain.connect(audio.destination);
  oscillator.start(start);
  oscillator.stop(start + length + 0.02);
}

/** Plays the new-order sound unless muted; true when it was started. Never throws. */
export function playOrderSound(): boolean {
  if (isSoundMuted()) return false;
  const audio = getContext();
  if (!audio) return false;
  try {
    resume(audio);
    const now = audio.currentTime;
    beep(audio, 880, now, 0.15);
    beep(audio, 1320, now + 0.18, 0.25);
    return true;
  } catch {
    return false;
  }
}

/** For tests: forget the audio context made so far. */
export function resetSoundForTests(): void {
  context = undefined;
}
