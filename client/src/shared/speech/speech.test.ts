import { afterEach, describe, expect, it, vi } from 'vitest';
import { browserSpeech, speak, speechText, type SpeechLike } from './speech';

describe('speechText', () => {
  it('reads the parts as sentences, skipping the empty ones', () => {
    expect(speechText(['Balas chat dari pembeli', 'Belum', '', null, 'Ada 2 pesan dari pembeli.'])).toBe('Balas chat dari pembeli. Belum. Ada 2 pesan dari pembeli.');
  });
});

describe('speak', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('reads in Indonesian with an Indonesian voice when there is one, stopping what was being read', () => {
    class Utterance {
      lang = '';
      rate = 1;
      voice: unknown = null;
      constructor(readonly text: string) {}
    }
    vi.stubGlobal('SpeechSynthesisUtterance', Utterance);
    const indonesian = { lang: 'id_ID', name: 'Damayanti' } as SpeechSynthesisVoice;
    const speech: SpeechLike = { speak: vi.fn(), cancel: vi.fn(), getVoices: () => [{ lang: 'en-US', name: 'x' } as SpeechSynthesisVoice, indonesian] };
    const utterance = speak(speech, 'Halo.') as unknown as Utterance;
    expect(speech.cancel).toHaveBeenCalledBefore(speech.speak as ReturnType<typeof vi.fn>);
    expect(utterance).toMatchObject({ text: 'Halo.', lang: 'id-ID', voice: indonesian });
  });

  it('finds no speech in a browser without it', () => {
    expect(browserSpeech()).toBeUndefined();
  });
});
