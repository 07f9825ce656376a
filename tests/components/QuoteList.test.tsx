import { render as renderPlain, screen, within } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { QuoteList } from '../../src/components/QuoteList';
import type { Quote } from '../../src/content/model';
import { referenceArticle } from './referenceArticle';

/** The links are in-page links that go through the router. */
const render = (ui: ReactElement) => renderPlain(ui, { wrapper: MemoryRouter });

describe('QuoteList', () => {
  it('lists who said what, each linking to its place in the text', () => {
    render(<QuoteList title="Ein Titel" quotes={referenceArticle.quotes} />);
    const section = screen.getByRole('region', { name: 'Zitate' });
    expect(within(section).getByRole('heading', { level: 2, name: 'Zitate' })).toBeInTheDocument();

    const items = within(section).getAllByRole('listitem');
    expect(items).toHaveLength(4);
    const krim = within(section).getByRole('link', {
      name: '«Die Krim wird bei Russland bleiben»',
    });
    expect(krim).toHaveAttribute('href', '#zitat-5');
    expect(items[0]).toHaveTextContent('Trump');
    // Partial quotes and names are not speech.
    expect(
      within(section).queryByRole('link', { name: /Patriot|sehr produktiv/ }),
    ).not.toBeInTheDocument();
  });

  it('lists a quote said twice once', () => {
    const quote = referenceArticle.quotes.find((q) => q.id === 'zitat-5')!;
    const again: Quote = { ...quote, id: 'zitat-11', location: { ...quote.location, index: 12 } };
    render(<QuoteList title="Ein Titel" quotes={[quote, again]} />);
    expect(screen.getAllByRole('link')).toHaveLength(1);
  });

  it('is left out when nobody is quoted', () => {
    const { container } = renderPlain(
      <QuoteList
        title="Ein Titel"
        quotes={referenceArticle.quotes.filter((q) => q.kind !== 'speech')}
      />,
    );
    expect(container).toBeEmptyDOMElement();
  });

  it('shows no speaker for a quote whose speaker the text does not name', () => {
    const quote = referenceArticle.quotes.find((q) => q.id === 'zitat-5')!;
    render(<QuoteList title="Ein Titel" quotes={[{ ...quote, speaker: null }]} />);
    const item = screen.getByRole('listitem');
    expect(item).toHaveTextContent(/^«Die Krim wird bei Russland bleiben»Teilen$/);
    expect(item).not.toHaveTextContent(/Unbekannt|Trump/);
    expect(within(item).getByRole('button', { name: 'Zitat teilen' })).toBeInTheDocument();
  });

  it.each([
    ['«', '»'],
    ['»', '«'],
    ['„', '“'],
  ])(
    'closes a quotation opened with %s that runs on into the next paragraph with %s',
    (open, close) => {
      const quote = referenceArticle.quotes.find((q) => q.id === 'zitat-5')!;
      render(
        <QuoteList title="Ein Titel" quotes={[{ ...quote, marks: [open, ''], text: 'Erstens' }]} />,
      );
      expect(screen.getByRole('link', { name: `${open}Erstens${close}` })).toBeInTheDocument();
    },
  );
});
