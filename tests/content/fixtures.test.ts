import { describe, expect, it } from 'vitest';
import { parseSourceFile } from '../../src/content/collection';
import { parseArticle } from '../../src/content/parseArticle';
import { parseFixture, readBytes } from './fixtureFiles';

describe('fixture articles', () => {
  it('no summary: summary and source are null, the body starts after the lead', () => {
    const a = parseFixture('no-summary.txt');
    expect(a.summary).toBeNull();
    expect(a.source).toBeNull();
    expect(a.date).toBe('2026-03-14');
    expect(a.body[0]?.text).toMatch(/^Gemeindepräsidentin Ursula Brändli/);
    expect(a.quotes[0]).toMatchObject({ kind: 'speech', speaker: 'Brändli' });
  });

  it('no credit: the caption ends the header line', () => {
    const a = parseFixture('no-credit.txt');
    expect(a.hero).toEqual({
      caption: 'Ein Schneepflug räumt die Passstrasse am Glimmerjoch.',
      credit: null,
    });
    expect(a.title).toBe('Ein Schneepflug räumt die Passstrasse am Glimmerjoch');
    expect(a.date).toBe('2026-02');
  });

  it('a pronoun points back to the last person named', () => {
    expect(parseFixture('no-credit.txt').quotes[0]).toMatchObject({
      kind: 'speech',
      speaker: 'Beat Imfeld',
    });
  });

  it('full date and a credit with a prefix', () => {
    const a = parseFixture('no-summary.txt');
    expect(a.hero.credit).toBe('Bild: Keystone/Lina Aebersold');
  });

  it('German quotation marks: names, partial quotes and speech', () => {
    const a = parseFixture('german-quotes.txt');
    expect(a.quotes.map((q) => [q.text, q.kind, q.speaker, q.marks.join('')])).toEqual([
      ['Nordlicht', 'name', null, '„“'],
      ['Ich habe jedes Lied dreimal neu geschrieben', 'speech', 'Mira Velten', '„“'],
      ['einen Glücksfall', 'partial', 'Veranstalter', '„“'],
      ['Brunnegger Anzeiger', 'name', null, '„“'],
      ['Danke für diesen Abend, ich komme wieder.', 'speech', 'Velten', '„“'],
    ]);
  });

  it('nested ‹…› stays inside its quotation', () => {
    const a = parseFixture('nested-quotes.txt');
    expect(a.quotes[0]).toMatchObject({
      text: 'Ein Schüler rief plötzlich ‹Vorhang auf!› und alle lachten',
      kind: 'speech',
      speaker: 'Gisler',
    });
    expect(a.quotes[1]).toMatchObject({ text: 'Der Mond über Felsach', kind: 'name' });
    expect(a.body[0]).toEqual({
      type: 'heading',
      id: 'proben-bis-spaet-in-die-nacht',
      text: 'Proben bis spät in die Nacht',
    });
  });

  it('questions followed by a paragraph are subheadings', () => {
    const a = parseFixture('question-heading.txt');
    expect(a.body.map((b) => b.type)).toEqual(['heading', 'paragraph', 'heading', 'paragraph']);
    expect(a.body[0]).toMatchObject({ id: 'was-ist-neu', text: 'Was ist neu?' });
    expect(a.quotes[0]).toMatchObject({ speaker: 'Elias Furrer', kind: 'speech' });
  });

  it('a summary with one item', () => {
    const a = parseFixture('one-item-summary.txt');
    expect(a.summary).toEqual({
      label: 'Keine Zeit? Bergpost fasst für dich zusammen',
      items: ['Die Seilbahn am Hornacher Grat hat neue Kabinen.'],
    });
    expect(a.source).toBe('Bergpost');
    expect(a.body).toHaveLength(1);
  });

  it('CRLF, byte order mark, wrapped lines and trailing white space', () => {
    const a = parseFixture('crlf-bom-wrapped.txt');
    expect(a.hero).toEqual({
      caption: 'Ein Wanderer am Ufer des Schilfsees.',
      credit: 'Bild: Keystone/Mara Zehnder',
    });
    expect(a.lead).toBe(
      'Am Schilfsee wurde ein neuer Rundweg eröffnet. Er ist acht Kilometer lang.',
    );
    expect(a.summary?.items).toEqual([
      'Der Rundweg um den Schilfsee ist offen.',
      'Er ist acht Kilometer lang.',
    ]);
    expect(a.body.map((b) => b.text)).toEqual([
      'Der Weg führt durch das Naturschutzgebiet am Nordufer.',
      'Ranger Noah Achermann warnt: «Bitte bleiben Sie auf dem Weg.»',
    ]);
    expect(a.quotes[0]).toMatchObject({ kind: 'speech', speaker: 'Noah Achermann' });
  });

  it('markup-like text, ampersands, emoji and URLs are kept literally', () => {
    const a = parseFixture('markup.txt');
    expect(a.title).toBe(
      'Der Bildschirm im Rathaus von Kleinmatt zeigt <script>alert(1)</script> & mehr',
    );
    expect(a.hero.credit).toBe('Bild: IT & Co');
    expect(a.lead).toContain('<b>fett</b> & "Zeichen" 🎉 und https://example.org/pfad?x=1&y=2.');
    expect(a.quotes.at(-1)).toMatchObject({
      text: 'Es war nur ein Test <img src=x onerror=alert(1)>.',
      kind: 'speech',
      speaker: 'Jonas Wyrsch',
    });
  });

  it('lead only: no summary, no body', () => {
    const a = parseFixture('layout/lead-only.txt');
    expect(a.title).toBe('Bahnstrecke Seewil–Hinterau wieder offen!');
    expect(a.lead).toMatch(/^Nach dem Murgang/);
    expect(a.summary).toBeNull();
    expect(a.body).toEqual([]);
    expect(a.readingMinutes).toBe(1);
  });
});

describe('bad input names the file and the line', () => {
  it.each([
    ['bad/empty.txt', 1, /file is empty/],
    ['bad/not-utf8.txt', 3, /not valid UTF-8/],
    ['bad/no-date.txt', 1, /must start with a header "date YYYY-MM"/],
    ['bad/impossible-date.txt', 1, /"2025-13" has no month 13/],
    ['bad/impossible-day.txt', 1, /"2026-02-30" does not exist/],
    ['bad/no-lead.txt', 2, /no lead/],
  ])('%s → line %i', (file, line, message) => {
    const { article, report } = parseSourceFile({ name: file, bytes: readBytes(file) });
    expect(article).toBeNull();
    expect(report.file).toBe(file);
    expect(report.errors).toEqual([{ line, message: expect.stringMatching(message) }]);
  });

  it('reports both a bad date and a missing lead at once', () => {
    const result = parseArticle('date 2025-13 Bild. AFP', 'x.txt');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.line)).toEqual([1, 2]);
  });
});

describe('header and summary edge cases', () => {
  it.each([
    [
      'Ein Polizeiauto vor dem Tatort. Bild: Kapo St. Gallen',
      'Ein Polizeiauto vor dem Tatort.',
      'Bild: Kapo St. Gallen',
    ],
    ['Dr. Anna Muster am Rednerpult. KEYSTONE', 'Dr. Anna Muster am Rednerpult.', 'KEYSTONE'],
    ['Endlich geschafft! imago/Sven Beispiel', 'Endlich geschafft!', 'imago/Sven Beispiel'],
    ['Kommt jetzt die Hitze?', 'Kommt jetzt die Hitze?', null],
    ['Er rief «Halt!» zVg', 'Er rief «Halt!»', 'zVg'],
  ])('caption and credit of "%s"', (header, caption, credit) => {
    const result = parseArticle(`date 2026-01 ${header}\n\nLead.`, 'x.txt');
    expect(result.ok && result.article.hero).toEqual({ caption, credit });
  });

  it.each([
    ['Endlich geschafft!', 'Endlich geschafft!'],
    ['Kommt jetzt die Hitze?', 'Kommt jetzt die Hitze?'],
    ['Er rief «Halt!»', 'Er rief «Halt!»'],
    ['Ein Fest am See.', 'Ein Fest am See'],
    ['Und dann…', 'Und dann…'],
  ])('the title of "%s" is the caption without its closing full stop', (caption, title) => {
    const result = parseArticle(`date 2026-01 ${caption}\n\nLead.`, 'x.txt');
    expect(result.ok && result.article.title).toBe(title);
  });

  it.each([
    ['«Was soll ich denn den ganzen Tag machen?»', null],
    ['Gmürli: «Ich höre nicht auf»', 'Gmürli'],
  ])(
    'a quotation that is the whole subheading "%s" has no speaker; one the heading gives has',
    (heading, speaker) => {
      const source = `date 2026-01 Bild. AFP\n\nLead.\n\nToni Gmürli hat im Lotto gewonnen. «Ich habe den Schein dreimal kontrolliert», erzählt er.\n\n${heading}\n\nWarum er nicht aufhört? Gmürli zuckt mit den Schultern. Er trägt seit 34 Jahren die Post aus.`;
      const result = parseArticle(source, 'x.txt');
      expect(result.ok && result.article.body.map((b) => b.type)).toEqual([
        'paragraph',
        'heading',
        'paragraph',
      ]);
      expect(result.ok && result.article.quotes.map((q) => q.speaker)).toEqual([
        'Toni Gmürli',
        speaker,
      ]);
    },
  );

  it('keeps a heading-like item in the summary when "Mehr anzeigen" closes it later', () => {
    const source =
      'date 2026-01 Bild. AFP\n\nLead.\n\nKeine Zeit? Post fasst für dich zusammen Eins.\n\nKantonsrat Beat Muster: «Wir sagen Nein»\n\nDrei. Mehr anzeigen\n\nText.';
    const result = parseArticle(source, 'x.txt');
    expect(result.ok && result.article.summary?.items).toEqual([
      'Eins.',
      'Kantonsrat Beat Muster: «Wir sagen Nein»',
      'Drei.',
    ]);
  });
});
