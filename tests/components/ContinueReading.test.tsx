import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { ContinueReading } from '../../src/components/ContinueReading';
import { ReadingHistory } from '../../src/components/ReadingHistory';
import { resumePlace } from '../../src/components/ReadingPosition';
import { readingPositions } from '../../src/components/readingPositionStore';
import type { Block } from '../../src/content/model';
import { readingPositionsKey } from '../../src/data/readingPositions';

function store(count: number) {
  const positions = Array.from({ length: count }, (_, i) => ({
    slug: `artikel-${i}`,
    title: `Artikel ${i}`,
    block: 2,
    minutesLeft: i + 1,
    at: 1000 + i,
  }));
  localStorage.setItem(readingPositionsKey, JSON.stringify({ version: 1, positions }));
  readingPositions().reload();
}

beforeEach(() => {
  localStorage.clear();
  readingPositions().reload();
});

describe('ContinueReading', () => {
  it('lists at most five started articles, newest first, with the time left', () => {
    store(7);
    render(<ContinueReading />, { wrapper: MemoryRouter });
    const list = screen.getByRole('region', { name: 'Weiterlesen' });
    const links = within(list).getAllByRole('link');
    expect(links.map((l) => l.textContent)).toEqual([
      'Artikel 6noch 7 Min.',
      'Artikel 5noch 6 Min.',
      'Artikel 4noch 5 Min.',
      'Artikel 3noch 4 Min.',
      'Artikel 2noch 3 Min.',
    ]);
    expect(links[0]).toHaveAttribute('href', '/artikel/artikel-6');
  });

  it('shows nothing when no article was started', () => {
    render(<ContinueReading />, { wrapper: MemoryRouter });
    expect(screen.queryByRole('region', { name: 'Weiterlesen' })).toBeNull();
  });
});

describe('ReadingHistory', () => {
  it('clears the history', async () => {
    store(2);
    render(<ReadingHistory />);
    expect(screen.getByText(/in 2 Artikeln stehen geblieben/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Verlauf löschen' }));
    expect(screen.getByRole('status')).toHaveTextContent('Verlauf gelöscht.');
    expect(screen.queryByRole('button', { name: 'Verlauf löschen' })).toBeNull();
    expect(localStorage.getItem(readingPositionsKey)).toBeNull();
  });
});

describe('resumePlace', () => {
  const p = (text: string): Block => ({ type: 'paragraph', text });
  const h = (text: string): Block => ({ type: 'heading', id: 'x', text });
  const body = [p('Eins.'), p('Zwei.'), h('Am See'), p('Drei.'), p('Vier.')];
  it.each<[number, string]>([
    [0, 'Absatz 1 von 4'],
    [1, 'Absatz 2 von 4'],
    [2, 'Am See'],
    [4, 'Am See'],
  ])('block %i: %s', (block, place) => {
    expect(resumePlace(body, block)).toBe(place);
  });
});
