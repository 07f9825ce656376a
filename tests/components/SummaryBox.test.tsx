import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SummaryBox } from '../../src/components/SummaryBox';
import type { Quote, Summary } from '../../src/content/model';

const summary: Summary = {
  label: 'Keine Zeit? blue News fasst für dich zusammen',
  items: ['Erster Punkt.', 'Zweiter Punkt.', 'Dritter Punkt mit «Zitat».'],
};

const quotes: Quote[] = [
  {
    id: 'zitat-1',
    text: 'Zitat',
    kind: 'partial',
    speaker: null,
    marks: ['«', '»'],
    location: { part: 'summary', index: 2, start: 18, end: 25 },
  },
];

describe('SummaryBox', () => {
  it('shows its label as a heading that names the region', () => {
    render(<SummaryBox summary={summary} quotes={quotes} />);
    expect(screen.getByRole('heading', { level: 2, name: summary.label })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: summary.label })).toHaveAttribute(
      'id',
      'zusammenfassung',
    );
  });

  it('starts collapsed: only the first item is visible', () => {
    render(<SummaryBox summary={summary} quotes={quotes} />);
    expect(screen.getByText('Erster Punkt.')).toBeVisible();
    expect(screen.getByText('Zweiter Punkt.')).not.toBeVisible();
    expect(within(screen.getByRole('list')).getAllByRole('listitem')).toHaveLength(1);
    const button = screen.getByRole('button', { name: 'Mehr anzeigen' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveAttribute('aria-controls', screen.getByRole('list').id);
  });

  it('reveals every item on click and hides them again', async () => {
    const user = userEvent.setup();
    render(<SummaryBox summary={summary} quotes={quotes} />);
    await user.click(screen.getByRole('button', { name: 'Mehr anzeigen' }));

    expect(screen.getByText('Zweiter Punkt.')).toBeVisible();
    expect(within(screen.getByRole('list')).getAllByRole('listitem')).toHaveLength(3);
    const button = screen.getByRole('button', { name: 'Weniger anzeigen' });
    expect(button).toHaveAttribute('aria-expanded', 'true');

    await user.click(button);
    expect(screen.getByText('Zweiter Punkt.')).not.toBeVisible();
    expect(screen.getByRole('button', { name: 'Mehr anzeigen' })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
  });

  it.each([
    ['Enter', '{Enter}'],
    ['Space', ' '],
  ])('toggles from the keyboard with %s', async (_name, key) => {
    const user = userEvent.setup();
    render(<SummaryBox summary={summary} quotes={quotes} />);
    await user.tab();
    expect(screen.getByRole('button', { name: 'Mehr anzeigen' })).toHaveFocus();

    await user.keyboard(key);
    expect(screen.getByText('Zweiter Punkt.')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Weniger anzeigen' })).toHaveFocus();

    await user.keyboard(key);
    expect(screen.getByRole('button', { name: 'Mehr anzeigen' })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
  });

  it('marks the quotes inside its items', async () => {
    const user = userEvent.setup();
    render(<SummaryBox summary={summary} quotes={quotes} />);
    await user.click(screen.getByRole('button', { name: 'Mehr anzeigen' }));
    expect(screen.getByText('«Zitat»')).toHaveAttribute('id', 'zitat-1');
  });

  it('starts open when asked to, e.g. for a link to #zusammenfassung', () => {
    render(<SummaryBox summary={summary} quotes={quotes} expanded />);
    expect(screen.getByText('Zweiter Punkt.')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Weniger anzeigen' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
  });

  it('opens when the request to open comes later', () => {
    const { rerender } = render(<SummaryBox summary={summary} quotes={quotes} />);
    expect(screen.getByText('Zweiter Punkt.')).not.toBeVisible();
    rerender(<SummaryBox summary={summary} quotes={quotes} expanded />);
    expect(screen.getByText('Zweiter Punkt.')).toBeVisible();
  });

  it('has no toggle when there is a single item', () => {
    render(
      <SummaryBox summary={{ label: summary.label, items: ['Nur ein Punkt.'] }} quotes={[]} />,
    );
    expect(screen.getByText('Nur ein Punkt.')).toBeVisible();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it.each(['Darum gehts', 'Das Wichtigste in Kürze:', 'Zusammengefasst'])(
    'a "%s" box has its own label as heading and the same toggle',
    async (label) => {
      const user = userEvent.setup();
      render(<SummaryBox summary={{ label, items: summary.items }} quotes={quotes} />);
      expect(screen.getByRole('region', { name: label })).toBeInTheDocument();
      expect(screen.queryByText(/Keine Zeit/)).not.toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: 'Mehr anzeigen' }));
      expect(screen.getByText('Zweiter Punkt.')).toBeVisible();
      expect(screen.getByRole('button', { name: 'Weniger anzeigen' })).toBeInTheDocument();
    },
  );
});
