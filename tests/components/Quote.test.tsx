import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Quote } from '../../src/components/Quote';
import { QuotedText } from '../../src/components/QuotedText';
import type { Quote as QuoteModel } from '../../src/content/model';

function quote(overrides: Partial<QuoteModel>): QuoteModel {
  return {
    id: 'zitat-1',
    text: 'Die Krim wird bei Russland bleiben',
    kind: 'speech',
    speaker: null,
    marks: ['«', '»'],
    location: { part: 'body', index: 0, start: 0, end: 36 },
    ...overrides,
  };
}

describe('Quote', () => {
  it('highlights speech as a mark with its id, keeping the marks as written', () => {
    const { container } = render(
      <Quote quote={quote({})} text="«Die Krim wird bei Russland bleiben»" />,
    );
    const mark = screen.getByRole('mark');
    expect(mark).toHaveTextContent(/^«Die Krim wird bei Russland bleiben»$/);
    expect(mark).toHaveAttribute('id', 'zitat-1');
    // No <q>, which would add a second pair of marks.
    expect(container.querySelector('q')).toBeNull();
  });

  it('tells who is speaking, where the speaker is known', () => {
    render(
      <Quote quote={quote({ speaker: 'Trump' })} text="«Die Krim wird bei Russland bleiben»" />,
    );
    expect(screen.getByRole('mark')).toHaveAccessibleDescription('Zitat von Trump');
  });

  it('says nothing about a speaker it does not know', () => {
    render(<Quote quote={quote({})} text="«Die Krim wird bei Russland bleiben»" />);
    expect(screen.getByRole('mark')).toHaveAccessibleDescription('');
  });

  it('highlights a partial quote too, with German marks kept', () => {
    render(
      <Quote
        quote={quote({ id: 'zitat-2', kind: 'partial', text: 'sehr produktiv', marks: ['„', '“'] })}
        text="„sehr produktiv“"
      />,
    );
    const mark = screen.getByRole('mark');
    expect(mark).toHaveTextContent(/^„sehr produktiv“$/);
    expect(mark).toHaveAttribute('id', 'zitat-2');
  });

  it('leaves a quoted name unhighlighted but still reachable by its id', () => {
    render(
      <p>
        der{' '}
        <Quote
          quote={quote({ id: 'zitat-3', kind: 'name', text: 'New York Times' })}
          text="«New York Times»"
        />{' '}
        vorliegt
      </p>,
    );
    expect(screen.queryByRole('mark')).not.toBeInTheDocument();
    expect(screen.getByText('«New York Times»')).toHaveAttribute('id', 'zitat-3');
    expect(screen.getByRole('paragraph')).toHaveTextContent('der «New York Times» vorliegt');
  });
});

describe('QuotedText', () => {
  const text =
    'Trump sagte: «Die Krim wird bei Russland bleiben». Laut «Time Magazine» <b>&</b> 🙂';
  const quotes: QuoteModel[] = [
    quote({
      id: 'zitat-5',
      speaker: 'Trump',
      location: { part: 'body', index: 2, start: 13, end: 49 },
    }),
    quote({
      id: 'zitat-6',
      kind: 'name',
      text: 'Time Magazine',
      location: { part: 'body', index: 2, start: 56, end: 71 },
    }),
    // Same place in another block: must not be applied here.
    quote({ id: 'zitat-9', location: { part: 'body', index: 3, start: 0, end: 5 } }),
  ];

  it('renders the text exactly as written, markup characters included, with its quotes marked', () => {
    const { container } = render(
      <p>
        <QuotedText text={text} quotes={quotes} part="body" index={2} />
      </p>,
    );
    expect(screen.getByRole('paragraph')).toHaveTextContent(text);
    expect(container.querySelector('b')).toBeNull();
    const mark = screen.getByRole('mark', { description: 'Zitat von Trump' });
    expect(mark).toHaveTextContent('«Die Krim wird bei Russland bleiben»');
    expect(mark).toHaveAttribute('id', 'zitat-5');
    expect(screen.getByText('«Time Magazine»')).toHaveAttribute('id', 'zitat-6');
    expect(container.querySelector('#zitat-9')).toBeNull();
  });
});
