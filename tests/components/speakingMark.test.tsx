import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { reveal } from '../../src/components/speakingMark';
import { SummaryBox } from '../../src/components/SummaryBox';
import type { Summary } from '../../src/content/model';

const summary: Summary = {
  label: 'Keine Zeit? Der Anzeiger fasst für dich zusammen',
  items: ['Erster Punkt.', 'Zweiter Punkt.'],
};

const item = (index: number) => document.querySelector(`[data-part="summary-${index}"]`)!;

describe('reveal', () => {
  it('opens a collapsed summary box the way its button does, for an item it hides', async () => {
    render(<SummaryBox summary={summary} quotes={[]} />);
    expect(screen.getByText('Zweiter Punkt.')).not.toBeVisible();

    expect(reveal(item(1))).toBe(true);

    expect(await screen.findByText('Zweiter Punkt.')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Weniger anzeigen' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
  });

  it('presses nothing for what is already shown', () => {
    render(<SummaryBox summary={summary} quotes={[]} />);
    expect(reveal(item(0))).toBe(false);
    expect(screen.getByRole('button', { name: 'Mehr anzeigen' })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
  });

  it('presses nothing when no button controls the hidden part', () => {
    render(
      <div>
        <button type="button" aria-expanded="false" aria-controls="anderes">
          Anderes
        </button>
        <p id="anderes">Anderes</p>
        <p hidden>Versteckt</p>
      </div>,
    );
    expect(reveal(screen.getByText('Versteckt'))).toBe(false);
  });
});
