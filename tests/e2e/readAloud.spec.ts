import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, referencePath, screenshotPath, test } from './fixtures';

const title = 'US-Präsident Trump zusammen mit Selenskyj beim Treffen in Rom';

/**
 * A scripted stand-in for speechSynthesis, installed before the page's scripts run (Chromium here
 * has no voices). It lists its voices late, as browsers do, records every utterance and speaks
 * nothing: the test ends an utterance with `window.speech.finish()`.
 */
function installSpeech(page: Page) {
  return page.addInitScript(() => {
    type Fake = {
      text: string;
      lang: string;
      voice: { name: string } | null;
      rate: number;
      onend: ((e: unknown) => void) | null;
      onerror: ((e: unknown) => void) | null;
    };
    const spoken: Array<{ text: string; lang: string; voice: string | null; rate: number }> = [];
    let current: Fake | null = null;
    let listed = false;
    const voices = [
      { name: 'Samantha', lang: 'en-US', localService: true, default: true, voiceURI: 'samantha' },
      { name: 'Anna', lang: 'de-DE', localService: true, default: false, voiceURI: 'anna' },
      { name: 'Lea', lang: 'de-CH', localService: true, default: false, voiceURI: 'lea' },
    ];
    const synth = Object.assign(new EventTarget(), {
      speaking: false,
      pending: false,
      paused: false,
      getVoices: () => (listed ? voices : []),
      speak(u: Fake) {
        spoken.push({ text: u.text, lang: u.lang, voice: u.voice?.name ?? null, rate: u.rate });
        current = u;
        synth.speaking = true;
      },
      cancel() {
        const u = current;
        current = null;
        synth.speaking = false;
        u?.onerror?.({ error: 'interrupted' });
      },
      pause() {},
      resume() {},
    });
    class Utterance {
      lang = '';
      voice = null;
      rate = 1;
      onend = null;
      onerror = null;
      constructor(public text: string) {}
    }
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', {
      value: Utterance,
      configurable: true,
    });
    Object.defineProperty(window, 'speech', {
      value: {
        spoken,
        speaking: () => synth.speaking,
        finish() {
          const u = current;
          current = null;
          synth.speaking = false;
          u?.onend?.({});
        },
      },
    });
    setTimeout(() => {
      listed = true;
      synth.dispatchEvent(new Event('voiceschanged'));
    }, 100);
  });
}

type Spoken = { text: string; lang: string; voice: string | null; rate: number };
const spoken = (page: Page) =>
  page.evaluate(() => (window as unknown as { speech: { spoken: Spoken[] } }).speech.spoken);
const lastSpoken = async (page: Page) => (await spoken(page)).at(-1)?.text;
const finish = (page: Page) =>
  page.evaluate(() => (window as unknown as { speech: { finish(): void } }).speech.finish());
const speaking = (page: Page) =>
  page.evaluate(() => (window as unknown as { speech: { speaking(): boolean } }).speech.speaking());

/** The text the page marks as being read. */
const marked = (page: Page) =>
  page.evaluate(() => {
    const highlight = (
      CSS as unknown as { highlights: Map<string, Iterable<Range>> }
    ).highlights.get('vorlesen');
    return highlight ? [...highlight].map((r) => r.toString()).join('') : null;
  });

/** Whether the text marked as being read shows on screen, above the player's bar. */
const markOnScreen = (page: Page) =>
  page.evaluate(() => {
    const highlight = (
      CSS as unknown as { highlights: Map<string, Iterable<Range>> }
    ).highlights.get('vorlesen');
    const [range] = highlight ? [...highlight] : [];
    const bar = document.querySelector('[data-reading-aloud]')?.getBoundingClientRect();
    if (!range || !bar) return false;
    const rect = range.getBoundingClientRect();
    return rect.height > 0 && rect.top >= 0 && rect.bottom <= Math.min(bar.top, innerHeight);
  });

/** WCAG contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.trim().slice(i, i + 2), 16) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

test.describe('Vorlesen', () => {
  test.slow();

  test('reads title then lead in German, marks the sentence, pauses, resumes, skips and stops on leaving', async ({
    page,
  }, testInfo) => {
    await installSpeech(page);
    await page.goto(referencePath);
    const article = page.getByRole('article');
    await article.getByRole('button', { name: 'Vorlesen' }).click();

    const player = page.getByRole('region', { name: 'Vorlesen' });
    await expect(player).toBeVisible();
    await expect
      .poll(() => spoken(page))
      .toEqual([{ text: title, lang: 'de-CH', voice: 'Lea', rate: 1 }]);
    await expect.poll(() => marked(page)).toBe(title);

    await finish(page);
    const lead = await lastSpoken(page);
    expect(lead).toBe(
      'Das Treffen von US-Präsident Trump mit dem ukrainischen Präsidenten Selenskyj in Washington war aus dem Ruder gelaufen.',
    );
    await expect.poll(() => marked(page)).toBe(lead);
    await expect(player.getByRole('status')).toHaveText(/Liest vor, Absatz 2 von \d+/);

    await page.screenshot({ path: screenshotPath('vorlesen', testInfo.project.name) });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: screenshotPath('vorlesen-dark', testInfo.project.name) });

    await player.getByRole('button', { name: 'Anhalten' }).click();
    await expect(player.getByRole('status')).toHaveText('Angehalten');
    expect(await speaking(page)).toBe(false);
    const before = (await spoken(page)).length;
    await player.getByRole('button', { name: 'Fortsetzen' }).click();
    // The sentence that was cut off is heard again from its start.
    await expect.poll(() => spoken(page)).toHaveLength(before + 1);
    expect(await lastSpoken(page)).toBe(lead);

    await player.getByRole('button', { name: 'Nächster Absatz' }).click();
    await expect(player.getByRole('status')).toHaveText(/Liest vor, Absatz 3 von \d+/);
    const next = await lastSpoken(page);
    expect(next).not.toBe(lead);
    await expect.poll(() => marked(page)).toBe(next);
    await player.getByRole('button', { name: 'Vorheriger Absatz' }).click();
    await expect.poll(() => lastSpoken(page)).toBe(lead);

    await page.getByRole('link', { name: 'Lesezeit' }).first().click();
    await expect(page).toHaveURL('/');
    // The player stops as it unmounts, which may come a frame after the address changed.
    await expect.poll(() => speaking(page)).toBe(false);
    await expect(page.getByRole('region', { name: 'Vorlesen' })).toHaveCount(0);
  });

  test('reading the summary opens its box, so the marked item is on screen', async ({ page }) => {
    await installSpeech(page);
    await page.goto(referencePath);
    const box = page.getByRole('region', { name: /^Keine Zeit\?/ });
    await expect(box.getByRole('button', { name: 'Mehr anzeigen' })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
    await page.getByRole('article').getByRole('button', { name: 'Vorlesen' }).click();
    const player = page.getByRole('region', { name: 'Vorlesen' });
    await expect.poll(() => marked(page)).toBe(title);
    // Title, lead, the first item (shown in the closed box), then the second (behind the button).
    for (const paragraph of [2, 3, 4]) {
      await player.getByRole('button', { name: 'Nächster Absatz' }).click();
      await expect(player.getByRole('status')).toHaveText(
        new RegExp(`Liest vor, Absatz ${paragraph} von`),
      );
    }
    const second = box.getByRole('listitem').nth(1);
    await expect(box.getByRole('button', { name: 'Weniger anzeigen' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    await expect(second).toBeVisible();
    await expect.poll(() => marked(page)).toBe(await second.textContent());
    await expect.poll(() => markOnScreen(page)).toBe(true);
  });

  test('the speed from "Darstellung" is the one it reads with', async ({ page }) => {
    await installSpeech(page);
    await page.goto(referencePath);
    await page.getByRole('button', { name: 'Darstellung' }).click();
    await page
      .getByRole('group', { name: 'Vorlesetempo' })
      .getByRole('button', { name: '1,25×' })
      .click();
    await page.keyboard.press('Escape');
    await page.getByRole('article').getByRole('button', { name: 'Vorlesen' }).click();
    await expect.poll(async () => (await spoken(page))[0]?.rate).toBe(1.25);
    // Remembered with the other preferences.
    await page.reload();
    await page.getByRole('button', { name: 'Darstellung' }).click();
    await expect(
      page.getByRole('group', { name: 'Vorlesetempo' }).getByRole('button', { name: '1,25×' }),
    ).toHaveAttribute('aria-pressed', 'true');
  });

  test('stop ends the reading and gives the focus back', async ({ page }) => {
    await installSpeech(page);
    await page.goto(referencePath);
    const button = page.getByRole('article').getByRole('button', { name: 'Vorlesen' });
    await button.click();
    await expect.poll(() => speaking(page)).toBe(true);
    await page.getByRole('button', { name: 'Vorlesen beenden' }).click();
    expect(await speaking(page)).toBe(false);
    await expect(page.getByRole('region', { name: 'Vorlesen' })).toHaveCount(0);
    await expect(button).toBeFocused();
    await expect.poll(() => marked(page)).toBeNull();
  });

  test('no "Vorlesen" without speech synthesis', async ({ page }) => {
    await page.addInitScript(() => {
      delete (window as { speechSynthesis?: unknown }).speechSynthesis;
    });
    await page.goto(referencePath);
    // Once the app runs (the panel opens), it has looked for a voice.
    await page.getByRole('button', { name: 'Darstellung' }).click();
    await expect(page.getByRole('group', { name: 'Farbschema' })).toBeVisible();
    await expect(page.getByRole('group', { name: 'Vorlesetempo' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Teilen', exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Vorlesen' })).toHaveCount(0);
  });

  test('no "Vorlesen" without a German voice (this Chromium has none)', async ({ page }) => {
    await page.goto(referencePath);
    await page.getByRole('button', { name: 'Darstellung' }).click();
    await expect(page.getByRole('group', { name: 'Farbschema' })).toBeVisible();
    await expect(page.getByRole('group', { name: 'Vorlesetempo' })).toHaveCount(0);
    expect(await page.evaluate(() => 'speechSynthesis' in window)).toBe(true);
    await expect(page.getByRole('button', { name: 'Teilen', exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Vorlesen' })).toHaveCount(0);
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`axe finds no violations with the player open, ${theme}`, async ({ page }) => {
      await installSpeech(page);
      await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
      await page.goto(referencePath);
      await page.getByRole('article').getByRole('button', { name: 'Vorlesen' }).click();
      await expect(page.getByRole('region', { name: 'Vorlesen' })).toBeVisible();
      await finish(page);
      await expect.poll(() => marked(page)).not.toBeNull();
      // axe does not see ::highlight: the marked sentence's text against its background, by hand.
      const [text, background] = await page.evaluate(() => {
        const style = getComputedStyle(document.documentElement);
        return [style.getPropertyValue('--color-text'), style.getPropertyValue('--color-speaking')];
      });
      expect(contrast(text, background), `${text} on ${background}`).toBeGreaterThanOrEqual(4.5);
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
        .analyze();
      expect(
        results.violations.map(
          (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        ),
      ).toEqual([]);
    });
  }
});
