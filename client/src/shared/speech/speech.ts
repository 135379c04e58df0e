// "Dengarkan": a mission read aloud by the phone (id-ID), for trainees who read slowly. Browsers without speech
// synthesis (some cheap Android WebViews) get no button at all rather than one that does nothing.

export interface SpeechLike {
  speak: (utterance: SpeechSynthesisUtterance) => void;
  cancel: () => void;
  getVoices: () => SpeechSynthesisVoice[];
}

/** The browser's speech synthesis, or undefined when it has none. */
export function browserSpeech(): SpeechLike | undefined {
  if (typeof window === 'undefined' || !('speechSynthesis' in window) || typeof window.SpeechSynthesisUtterance !== 'function') return undefined;
  return window.speechSynthesis;
}

/** What is read for one mission: its title, then where it stands and what is missing, as sentences. */
export function speechText(parts: readonly (string | undefined | null)[]): string {
  return parts
    .map((part) => (part ?? '').trim())
    .filter(Boolean)
    .map((part) => (/[.!?]$/.test(part) ? part : `${part}.`))
    .join(' ');
}

/** Reads `text` in Indonesian, stopping whatever was being read. */
export function speak(speech: SpeechLike, text: string): SpeechSynthesisUtterance {
  speech.cancel();
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.lang = 'id-ID';
  utterance.rate = 0.9;
  const voice = speech.getVoices().find((v) => v.lang.replace('_', '-').toLowerCase().startsWith('id'));
  if (voice) utterance.voice = voice;
  speech.speak(utterance);
  return utterance;
}
