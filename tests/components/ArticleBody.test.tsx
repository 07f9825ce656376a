import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ArticleBody } from '../../src/components/ArticleBody';
import type { Block } from '../../src/content/model';
import { referenceArticle } from './referenceArticle';

describe('ArticleBody', () => {
  it('renders headings as h2 with their anchor ids and paragraphs as paragraphs', () => {
    const blocks: Block[] = [
      { type: 'paragraph', text: 'Erster Absatz.' },
      { type: 'heading', id: 'wie-geht-es-weiter', text: 'Wie geht es weiter?' },
      { type: 'paragraph', text: 'Zweiter Absatz.' },
    ];
    const { container } = render(<ArticleBody blocks={blocks} quotes={[]} />);

    const heading = screen.getByRole('heading', { level: 2, name: 'Wie geht es weiter?' });
    expect(heading).toHaveAttribute('id', 'wie-geht-es-weiter');
    const paragraphs = container.querySelectorAll('p');
    expect([...paragraphs].map((p) => p.textContent)).toEqual([
      'Erster Absatz.',
      'Zweiter Absatz.',
    ]);
    expect(heading.compareDocumentPosition(paragraphs[1]!)).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
  });

  it('renders the reference article: its three subheadings and every quote in place', () => {
    const { container } = render(
      <ArticleBody blocks={referenceArticle.body} quotes={referenceArticle.quotes} />,
    );

    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.id)).toEqual([
      'trump-sieht-einigung-in-meisten-wichtigen-punkten',
      'bericht-spekuliert-ueber-gebietsabtretungen',
      'selenskyj-draengt-weiter-auf-sicherheitsgarantien-der-usa',
    ]);
    // A partial quote inside a subheading is highlighted there too.
    expect(
      screen
        .getByRole('heading', { name: 'Trump sieht Einigung in «meisten wichtigen Punkten»' })
        .querySelector('mark'),
    ).toHaveAttribute('id', 'zitat-2');
    for (const quote of referenceArticle.quotes) {
      const element = container.querySelector(`#${quote.id}`);
      expect(element, quote.id).toHaveTextContent(`«${quote.text}»`);
      expect(element?.tagName, quote.id).toBe(quote.kind === 'name' ? 'SPAN' : 'MARK');
    }
    expect(container.querySelectorAll('p')).toHaveLength(
      referenceArticle.body.filter((b) => b.type === 'paragraph').length,
    );
  });

  it('announces a copied link beside a subheading, never inside it', async () => {
    const user = userEvent.setup();
    render(<ArticleBody blocks={referenceArticle.body} quotes={referenceArticle.quotes} />);
    const heading = screen.getByRole('heading', {
      name: 'Trump sieht Einigung in «meisten wichtigen Punkten»',
    });
    expect(within(heading).queryAllByRole('status', { hidden: true })).toEqual([]);

    await user.click(
      within(heading).getByRole('button', { name: 'Link zu diesem Zitat kopieren' }),
    );
    const said = screen.getAllByRole('status').filter((s) => s.textContent === 'Link kopiert');
    expect(said).toHaveLength(1);
    expect(said[0]!.closest('h2')).toBeNull();
    expect(heading.parentElement).toContainElement(said[0]!);
  });
});
