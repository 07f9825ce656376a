import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { HeroFigure } from '../../src/components/HeroFigure';
import { referenceArticle } from './referenceArticle';

function renderHero(credit: string | null) {
  render(
    <HeroFigure
      article={{ ...referenceArticle, hero: { caption: 'Trump und Selenskyj in Rom.', credit } }}
    />,
  );
  return screen.getByRole('figure');
}

describe('HeroFigure', () => {
  it('captions the figure with the caption and the credit', () => {
    const figure = renderHero('AFP');
    expect(figure).toHaveTextContent('Trump und Selenskyj in Rom.Bild: AFP');
  });

  it.each([
    ['Bild: Keystone', 'Bild: Keystone'],
    ['Keystone/Martin Ruetschi', 'Bild: Keystone/Martin Ruetschi'],
  ])('shows the credit %j as %j', (credit, shown) => {
    expect(renderHero(credit)).toHaveTextContent(shown);
    expect(screen.getByRole('figure')).not.toHaveTextContent('Bild: Bild:');
  });

  it('has no credit line without a credit', () => {
    expect(renderHero(null)).not.toHaveTextContent('Bild:');
  });

  it('stands in for the photo without loading one', () => {
    const figure = renderHero('AFP');
    expect(figure.querySelector('img')).toBeNull();
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
  });
});
