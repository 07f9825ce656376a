import { describe, expect, it } from 'vitest';
import { chooseVoice, type VoiceInfo } from '../../src/content/voiceChoice';

const voice = (name: string, lang: string, localService = true, isDefault = false): VoiceInfo => ({
  name,
  lang,
  localService,
  default: isDefault,
});

describe('chooseVoice', () => {
  it.each<[string, VoiceInfo[], string | null]>([
    ['no voices at all', [], null],
    ['no German voice', [voice('Samantha', 'en-US', true, true), voice('Amélie', 'fr-CA')], null],
    [
      'Swiss German before German from Germany',
      [voice('Anna', 'de-DE'), voice('Lea', 'de-CH')],
      'Lea',
    ],
    [
      'German from Germany before Austrian',
      [voice('Klara', 'de-AT'), voice('Anna', 'de-DE')],
      'Anna',
    ],
    [
      'any German when that is all there is',
      [voice('English', 'en-GB'), voice('Klara', 'de-AT')],
      'Klara',
    ],
    ['plain "de"', [voice('Deutsch', 'de')], 'Deutsch'],
    ['Android writes de_CH', [voice('Anna', 'de-DE'), voice('Schweiz', 'de_CH')], 'Schweiz'],
    ['lower case tags', [voice('Anna', 'de-de'), voice('Lea', 'de-ch')], 'Lea'],
    [
      'a voice on the device before one from the network',
      [voice('Google Deutsch', 'de-DE', false), voice('Anna', 'de-DE', true)],
      'Anna',
    ],
    [
      'the region wins over the device: de-CH from the network before de-DE on the device',
      [voice('Anna', 'de-DE', true), voice('Google Schweiz', 'de-CH', false)],
      'Google Schweiz',
    ],
    [
      'the default among equals',
      [voice('Markus', 'de-DE'), voice('Anna', 'de-DE', true, true)],
      'Anna',
    ],
    ['the first listed among equals', [voice('Markus', 'de-DE'), voice('Anna', 'de-DE')], 'Markus'],
    ['not a language that only starts with "de"', [voice('Dänisch?', 'dea-XX')], null],
  ])('%s', (_name, voices, expected) => {
    expect(chooseVoice(voices)?.name ?? null).toBe(expected);
  });
});
