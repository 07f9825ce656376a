import { useSyncExternalStore } from 'react';
import { chooseVoice } from '../content/voiceChoice';

/**
 * The device's best German voice for reading aloud, or null: on the server, while hydrating,
 * without speech synthesis, and until the device has listed a German voice. Browsers list their
 * voices late and say so with `voiceschanged`.
 */
let chosen: SpeechSynthesisVoice | null = null;

function synthesis(): SpeechSynthesis | null {
  return typeof window !== 'undefined' && 'speechSynthesis' in window
    ? window.speechSynthesis
    : null;
}

function subscribe(listener: () => void): () => void {
  const synth = synthesis();
  synth?.addEventListener('voiceschanged', listener);
  return () => synth?.removeEventListener('voiceschanged', listener);
}

function snapshot(): SpeechSynthesisVoice | null {
  const synth = synthesis();
  const voice = synth ? chooseVoice(synth.getVoices()) : null;
  // The same voice may come as a new object: keep the one React has seen.
  if (voice?.voiceURI !== chosen?.voiceURI || voice?.name !== chosen?.name) chosen = voice;
  return chosen;
}

export function useGermanVoice(): SpeechSynthesisVoice | null {
  return useSyncExternalStore(subscribe, snapshot, () => null);
}
