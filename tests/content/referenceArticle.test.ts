import { describe, expect, it } from 'vitest';
import { parseFixture, referencePath } from './fixtureFiles';

const article = parseFixture(referencePath);

describe('the reference article', () => {
  it.each([
    ['id', '000_9b53e7306838c131'],
    ['slug', 'us-praesident-trump-zusammen-mit-selenskyj-beim-treffen-in-rom'],
    ['date', '2025-04'],
    ['title', 'US-Präsident Trump zusammen mit Selenskyj beim Treffen in Rom'],
    ['source', 'blue News'],
    ['readingMinutes', 3],
  ] as const)('%s', (field, value) => {
    expect(article[field]).toBe(value);
  });

  it('hero caption and credit', () => {
    expect(article.hero).toEqual({
      caption: 'US-Präsident Trump zusammen mit Selenskyj beim Treffen in Rom.',
      credit: 'AFP',
    });
  });

  it('lead', () => {
    expect(article.lead).toBe(
      'Das Treffen von US-Präsident Trump mit dem ukrainischen Präsidenten Selenskyj in Washington war aus dem Ruder gelaufen. Nun könnte es nach einem Wiedersehen in Rom Bewegung im Ukraine-Konflikt geben.',
    );
  });

  it('summary: label and three items, the toggle text removed', () => {
    expect(article.summary).toEqual({
      label: 'Keine Zeit? blue News fasst für dich zusammen',
      items: [
        'US-Präsident Donald Trump und Woldymyr Selenskyj haben sich erstmals seit dem Eklat im Weissen Haus getroffen.',
        'Ein Bild zeigt die Staatsmänner mitten im Petersdom – nur auf einem Stuhl.',
        'Selenskyj erwartet trotz mehrerer gegenteiliger Äusserungen aus Washington weiter US-Sicherheitsgarantien für sein Land.',
      ],
    });
  });

  it('body: ten paragraphs and three subheadings in order, with ids', () => {
    expect(article.body.map((b) => (b.type === 'heading' ? `h:${b.id}` : 'p'))).toEqual([
      'p',
      'p',
      'p',
      'h:trump-sieht-einigung-in-meisten-wichtigen-punkten',
      'p',
      'p',
      'h:bericht-spekuliert-ueber-gebietsabtretungen',
      'p',
      'p',
      'p',
      'h:selenskyj-draengt-weiter-auf-sicherheitsgarantien-der-usa',
      'p',
      'p',
    ]);
    expect(article.body[3]).toEqual({
      type: 'heading',
      id: 'trump-sieht-einigung-in-meisten-wichtigen-punkten',
      text: 'Trump sieht Einigung in «meisten wichtigen Punkten»',
    });
    expect(article.body[0]?.text).toMatch(
      /^US-Präsident Donald Trump und der ukrainische Staatschef/,
    );
    expect(article.body[12]?.text).toMatch(/Flugabwehr diskutiert worden\.$/);
  });

  it.each([
    ['zitat-1', 'sehr produktiv', 'partial', null],
    ['zitat-2', 'meisten wichtigen Punkten', 'partial', null],
    ['zitat-3', 'New York Times', 'name', null],
    ['zitat-4', 'Time Magazine', 'name', null],
    ['zitat-5', 'Die Krim wird bei Russland bleiben', 'speech', 'Trump'],
    [
      'zitat-6',
      'Die Ukraine hat nicht genügend Waffen, um mit Waffen die Kontrolle über die Halbinsel Krim zurückzuholen.',
      'speech',
      'Selenskyj',
    ],
    [
      'zitat-7',
      'Wir wollen unbedingt, dass sie stark sind, mindestens so stark wie die israelischen',
      'speech',
      'Selenskyj',
    ],
    ['zitat-8', 'Patriot', 'name', null],
    // Reported speech ("werde gearbeitet") right after "Weiterhin erwartet Selenskyj …": his word.
    ['zitat-9', 'Infrastruktur', 'partial', 'Selenskyj'],
    [
      'zitat-10',
      'Selbst dort, wo es europäische Truppen gibt, sprechen wir über eine Rückendeckung durch die Vereinigten Staaten von Amerika',
      'speech',
      'Selenskyj',
    ],
  ])('%s «%s» is %s, speaker %s', (id, text, kind, speaker) => {
    const quote = article.quotes.find((q) => q.id === id);
    expect(quote).toMatchObject({ text, kind, speaker, marks: ['«', '»'] });
  });

  it('has exactly the ten quoted spans', () => {
    expect(article.quotes).toHaveLength(10);
  });

  it('locates each quote in its text', () => {
    for (const quote of article.quotes) {
      const { part, index, start, end } = quote.location;
      const text =
        part === 'body'
          ? article.body[index]?.text
          : part === 'lead'
            ? article.lead
            : article.summary?.items[index];
      expect(text?.slice(start, end)).toBe(`«${quote.text}»`);
    }
  });
});
