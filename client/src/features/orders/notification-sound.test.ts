import { afterEach, describe, expect, it, vi } from 'vitest';
import { isSoundMuted, playOrderSound, resetSoundForTests, setSoundMuted, unlockSoundOnFirstTap } from './notification-sound';

class FakeParam {
  readonly calls: [string, number, number][] = [];
  setValueAtTime(value: number, at: number) {
    this.calls.push(['set', value, at]);
  }
  exponentialRampToValueAtTime(value: number, at: number) {
    this.calls.push(['ramp', value, at]);
  }
}

class FakeAudioContext {
  static made: FakeAudioContext[] = [];
  state: 'suspended' | 'running' = 'suspended';
  currentTime = 10;
  destination = {};
  readonly oscillators: { frequency: FakeParam; started: number[]; type: string }[] = [];
  resume = vi.fn(async () => {
    this.state = 'running';
  });
  constructor() {
    FakeAudioContext.made.push(this);
  }
  createOscillator() {
    const oscillator = { type: '', frequency: new FakeParam(), started: [] as number[], connect: vi.fn(), start: (at: number) => oscillator.started.push(at), stop: vi.fn() };
    this.oscillators.push(oscillator);
    return oscillator;
  }
  createGain() {
    return { gain: new FakeParam(), connect: vi.fn() };
  }
}

afterEach(() => {
  resetSoundForTests();
  FakeAudioContext.made = [];
});

describe('the new-order sound', () => {
  it('beeps twice with oscillators (no audio file), resuming a suspended context', () => {
    vi.stubGlobal('AudioContext', FakeAudioContext);
    expect(playOrderSound()).toBe(true);
    const audio = FakeAudioContext.made[0]!;
    expect(audio.resume).toHaveBeenCalled();
    expect(audio.oscillators.map((o) => o.frequency.calls[0]![1])).toEqual([880, 1320]);
    expect(audio.oscillators.map((o) => o.started[0])).toEqual([10, 10.18]);
  });

  it('stays quiet when muted, and remembers the choice on the phone', () => {
    vi.stubGlobal('AudioContext', FakeAudioContext);
    setSoundMuted(true);
    expect(isSoundMuted()).toBe(true);
    expect(window.localStorage.getItem('pasar-latihan.order-sound-muted')).toBe('1');
    expect(playOrderSound()).toBe(false);
    expect(FakeAudioContext.made).toHaveLength(0);
    setSoundMuted(false);
    expect(isSoundMuted()).toBe(false);
  });

  it('is skipped silently without Web Audio, or when the browser refuses it', () => {
    vi.stubGlobal('AudioContext', undefined);
    expect(playOrderSound()).toBe(false);
    vi.stubGlobal(
      'AudioContext',
      class {
        constructor() {
          throw new Error('NotAllowedError');
        }
      },
    );
    expect(() => playOrderSound()).not.toThrow();
  });

  it('unlocks audio on the first tap', () => {
    vi.stubGlobal('AudioContext', FakeAudioContext);
    const cleanUp = unlockSoundOnFirstTap();
    window.dispatchEvent(new Event('pointerdown'));
    expect(FakeAudioContext.made[0]!.resume).toHaveBeenCalledTimes(1);
    window.dispatchEvent(new Event('pointerdown'));
    expect(FakeAudioContext.made).toHaveLength(1);
    expect(FakeAudioContext.made[0]!.resume).toHaveBeenCalledTimes(1);
    cleanUp();
  });
});
