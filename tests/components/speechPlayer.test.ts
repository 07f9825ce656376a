import { describe, expect, it } from 'vitest';
import type { SpokenParagraph } from '../../src/content/readAloudScript';
import {
  createSpeechPlayer,
  type PlayerState,
  type Utterance,
} from '../../src/components/speechPlayer';

/** A scripted stand-in for speechSynthesis: the test ends each utterance when it likes. */
function fakeSynth() {
  const spoken: Utterance[] = [];
  let current: Utterance | null = null;
  const synth = {
    speaking: false,
    pending: false,
    speak(u: Utterance) {
      spoken.push(u);
      current = u;
      synth.speaking = true;
    },
    cancel() {
      const u = current;
      current = null;
      synth.speaking = false;
      u?.onerror?.call(
        u as SpeechSynthesisUtterance,
        { error: 'interrupted' } as SpeechSynthesisErrorEvent,
      );
    },
    /** The engine finishes the utterance it is speaking. */
    finish() {
      const u = current;
      current = null;
      synth.speaking = false;
      u?.onend?.call(u as SpeechSynthesisUtterance, {} as SpeechSynthesisEvent);
    },
    fail(error: SpeechSynthesisErrorCode) {
      const u = current;
      current = null;
      synth.speaking = false;
      u?.onerror?.call(u as SpeechSynthesisUtterance, { error } as SpeechSynthesisErrorEvent);
    },
  };
  return { synth, spoken };
}

const para = (part: string, ...texts: string[]): SpokenParagraph => ({
  part,
  text: texts.join(' '),
  utterances: texts.map((text) => ({ start: 0, end: text.length, text })),
});
const script = [
  para('title', 'Titel'),
  para('lead', 'Satz eins.', 'Satz zwei.'),
  para('body-0', 'Absatz.'),
];
const voice = { lang: 'de-CH', name: 'Lea' } as SpeechSynthesisVoice;

function setUp(rate = 1) {
  const { synth, spoken } = fakeSynth();
  const states: PlayerState[] = [];
  const player = createSpeechPlayer({
    script,
    synth,
    makeUtterance: (text) => ({ text, lang: '', voice: null, rate: 1, onend: null, onerror: null }),
    voice,
    rate,
    onChange: (s) => states.push(s),
  });
  return { synth, spoken, states, player, texts: () => spoken.map((u) => u.text) };
}

describe('createSpeechPlayer', () => {
  it('speaks sentence by sentence in German with the chosen voice, then finishes', () => {
    const { synth, spoken, player, texts } = setUp(1.25);
    player.play();
    expect(spoken[0]).toMatchObject({ text: 'Titel', lang: 'de-CH', voice, rate: 1.25 });
    synth.finish();
    synth.finish();
    synth.finish();
    synth.finish();
    expect(texts()).toEqual(['Titel', 'Satz eins.', 'Satz zwei.', 'Absatz.']);
    expect(player.state().status).toBe('finished');
  });

  it('pauses without going on, and resumes with the same sentence', () => {
    const { synth, player, texts } = setUp();
    player.play();
    synth.finish();
    player.pause();
    expect(player.state()).toEqual({ status: 'paused', paragraph: 1, utterance: 0 });
    expect(synth.speaking).toBe(false);
    player.play();
    expect(texts()).toEqual(['Titel', 'Satz eins.', 'Satz eins.']);
    expect(player.state().status).toBe('playing');
  });

  it('skips by paragraph, to its first sentence, within the script', () => {
    const { synth, player, texts } = setUp();
    player.play();
    synth.finish();
    synth.finish(); // now at "Satz zwei."
    player.skip(1);
    expect(texts().at(-1)).toBe('Absatz.');
    player.skip(1);
    expect(player.state().paragraph).toBe(2);
    player.skip(-1);
    expect(texts().at(-1)).toBe('Satz eins.');
    player.skip(-5);
    expect(texts().at(-1)).toBe('Titel');
  });

  it('ignores the end of an utterance it cancelled', () => {
    const { synth, player, texts, spoken } = setUp();
    player.play();
    const first = spoken[0]!;
    player.skip(1);
    first.onend?.call(first as SpeechSynthesisUtterance, {} as SpeechSynthesisEvent);
    expect(texts()).toEqual(['Titel', 'Satz eins.']);
    expect(player.state()).toMatchObject({ paragraph: 1, utterance: 0 });
    synth.finish();
    expect(texts().at(-1)).toBe('Satz zwei.');
  });

  it('a new speed speaks the current sentence again at once', () => {
    const { spoken, player } = setUp();
    player.play();
    player.setRate(1.5);
    expect(spoken.map((u) => [u.text, u.rate])).toEqual([
      ['Titel', 1],
      ['Titel', 1.5],
    ]);
  });

  it('says so when the engine fails, and stops', () => {
    const { synth, player, spoken } = setUp();
    player.play();
    synth.fail('synthesis-failed');
    expect(player.state().status).toBe('failed');
    expect(spoken).toHaveLength(1);
  });

  it('counts being cut off by something else (a locked screen) as a pause', () => {
    const { synth, player, texts } = setUp();
    player.play();
    synth.finish();
    synth.fail('interrupted');
    expect(player.state()).toEqual({ status: 'paused', paragraph: 1, utterance: 0 });
    player.play();
    expect(texts().at(-1)).toBe('Satz eins.');
  });

  it('starts over after it has finished', () => {
    const { synth, player, texts } = setUp();
    player.play();
    for (let i = 0; i < 4; i++) synth.finish();
    player.play();
    expect(texts().at(-1)).toBe('Titel');
  });

  it('stop silences it for good', () => {
    const { synth, player, spoken } = setUp();
    player.play();
    player.stop();
    expect(synth.speaking).toBe(false);
    synth.finish();
    expect(spoken).toHaveLength(1);
  });
});
