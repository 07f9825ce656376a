import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { LoadErrorPage } from '../../src/components/LoadErrorPage';
import { NotFoundPage } from '../../src/components/NotFoundPage';

describe('NotFoundPage', () => {
  it('says the page was not found and leads back home', () => {
    render(
      <MemoryRouter>
        <NotFoundPage />
      </MemoryRouter>,
    );
    expect(
      screen.getByRole('heading', { level: 1, name: 'Seite nicht gefunden' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Zur Startseite' })).toHaveAttribute('href', '/');
  });
});

describe('LoadErrorPage', () => {
  it('says what went wrong and offers to try again', async () => {
    const user = userEvent.setup();
    const onRetry = vi.fn();
    render(<LoadErrorPage message="Keine Verbindung zum Server." onRetry={onRetry} />);

    expect(screen.getByRole('heading', { level: 1 })).toBeInTheDocument();
    expect(screen.getByText('Keine Verbindung zum Server.')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Erneut versuchen' }));
    expect(onRetry).toHaveBeenCalledOnce();
  });

  it('shows that it is loading again', () => {
    render(<LoadErrorPage message="Fehler." onRetry={() => {}} retrying />);
    expect(screen.getByRole('button', { name: 'Wird geladen …' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
  });
});
