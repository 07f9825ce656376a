import type { SpokenParagraph } from '../content/readAloudScript';

/**
 * Reads a script aloud with the Web Speech API, one sentence-sized utterance at a time, and says
 * where it is. Pausing cancels the utterance and resuming speaks that sentence again from its
 * start: engines differ in `pause()` (some phones drop the queue, some never resume), and a
 * sentence heard again reads better than one resumed mid-word.
 */
export type PlayerStatus = 'playing' | 'paused' | 'finished' | 'failed';
export type PlayerState = { status: PlayerStatus; paragraph: number; utterance: number };

/** What the player needs of `speechSynthesis` and its utterances (a test may stand in). */
export type Synthesizer = Pick<SpeechSynthesis, 'speak' | 'cancel' | 'speaking' | 'pending'>;
export type Utterance = Pick<
  SpeechSynthesisUtterance,
  'text' | 'lang' | 'voice' | 'rate' | 'onend' | 'onerror'
>;

export type SpeechPlayerOptions = {
  script: readonly SpokenParagraph[];
  synth: Synthesizer;
  makeUtterance: (text: string) => Utterance;
  voice: SpeechSynthesisVoice;
  rate: number;
  onChange: (state: PlayerState) => void;
};

export type SpeechPlayer = {
  state(): PlayerState;
  play(): void;
  pause(): void;
  /** Moves by whole paragraphs, to a paragraph's first sentence; keeps playing or paused. */
  skip(paragraphs: number): void;
  setRate(rate: number): void;
  stop(): void;
};

export function createSpeechPlayer(options: SpeechPlayerOptions): SpeechPlayer {
  const { script, synth, makeUtterance, voice, onChange } = options;
  let rate = options.rate;
  let state: PlayerState = { status: 'paused', paragraph: 0, utterance: 0 };
  // Each utterance spoken gets a number; events of one that was cancelled are ignored.
  let spoken = 0;

  const set = (next: PlayerState) => {
    state = next;
    onChange(state);
  };
  const silence = () => {
    spoken++;
    if (synth.speaking || synth.pending) synth.cancel();
  };

  const speak = () => {
    silence();
    const sentence = script[state.paragraph]?.utterances[state.utterance];
    if (!sentence) return;
    const mine = spoken;
    const utterance = makeUtterance(sentence.text);
    utterance.lang = voice.lang;
    utterance.voice = voice;
    utterance.rate = rate;
    utterance.onend = () => {
      if (mine === spoken) advance();
    };
    utterance.onerror = (event) => {
      if (mine !== spoken) return;
      spoken++;
      // Cut off by something else (a phone locking its screen, another app): as if paused.
      const cutOff = event.error === 'interrupted' || event.error === 'canceled';
      set({ ...state, status: cutOff ? 'paused' : 'failed' });
    };
    synth.speak(utterance as SpeechSynthesisUtterance);
  };

  const advance = () => {
    let { paragraph, utterance } = state;
    utterance++;
    if (utterance >= (script[paragraph]?.utterances.length ?? 0)) {
      paragraph++;
      utterance = 0;
    }
    if (paragraph >= script.length) {
      set({ ...state, status: 'finished' });
      return;
    }
    set({ status: 'playing', paragraph, utterance });
    speak();
  };

  return {
    state: () => state,
    play() {
      if (state.status === 'playing') return;
      const fromStart = state.status === 'finished';
      set({
        status: 'playing',
        paragraph: fromStart ? 0 : state.paragraph,
        utterance: fromStart ? 0 : state.utterance,
      });
      speak();
    },
    pause() {
      if (state.status !== 'playing') return;
      silence();
      set({ ...state, status: 'paused' });
    },
    skip(paragraphs) {
      const paragraph = Math.min(script.length - 1, Math.max(0, state.paragraph + paragraphs));
      const playing = state.status === 'playing';
      if (!playing) silence();
      set({ status: playing ? 'playing' : 'paused', paragraph, utterance: 0 });
      if (playing) speak();
    },
    setRate(next) {
      if (next === rate) return;
      rate = next;
      if (state.status === 'playing') speak();
    },
    stop() {
      silence();
    },
  };
}
