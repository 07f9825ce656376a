/**
 * Which of the device's voices reads a German article: Swiss German first, then German from
 * Germany, then any German (Austria, Liechtenstein, plain `de`). Among voices of one kind, one
 * that runs on the device (and so works offline) before one from the network, then the device's
 * default. Nothing when the device has no German voice: then there is no "Vorlesen".
 */

/** What the choice needs of a `SpeechSynthesisVoice`. */
export type VoiceInfo = { lang: string; name: string; localService: boolean; default: boolean };

/** `de_CH` (Android) and `de-ch` mean `de-CH`. */
function languageTag(lang: string): string {
  return lang.replace(/_/g, '-').toLowerCase();
}

/** 0 for de-CH, 1 for de-DE, 2 for any other German, null for other languages. */
function regionRank(lang: string): number | null {
  const tag = languageTag(lang);
  if (tag === 'de-ch' || tag.startsWith('de-ch-')) return 0;
  if (tag === 'de-de' || tag.startsWith('de-de-')) return 1;
  if (tag === 'de' || tag.startsWith('de-')) return 2;
  return null;
}

/** Negative when `a` reads before `b`, ranks compared from the first. */
function compareRanks(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return (a[i] ?? 0) - (b[i] ?? 0);
  return 0;
}

/** The voice to read with, or null; of equals, the first the device lists. */
export function chooseVoice<V extends VoiceInfo>(voices: readonly V[]): V | null {
  let best: { voice: V; rank: number[] } | null = null;
  for (const voice of voices) {
    const region = regionRank(voice.lang);
    if (region === null) continue;
    const rank = [region, voice.localService ? 0 : 1, voice.default ? 0 : 1];
    if (!best || compareRanks(rank, best.rank) < 0) best = { voice, rank };
  }
  return best?.voice ?? null;
}
