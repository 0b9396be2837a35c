import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '@/testing/render-app';
import { ColorSchemeToggle } from './color-scheme-toggle';
import { LanguagePicker } from './language-picker';

describe('LanguagePicker', () => {
  it('switches the interface to Dutch', async () => {
    renderWithProviders(
      <>
        <LanguagePicker />
        <ColorSchemeToggle />
      </>,
    );
    expect(screen.getByRole('button', { name: 'Switch to dark theme' })).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Language' }));
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Nederlands' }));

    expect(
      await screen.findByRole('button', { name: 'Donker thema gebruiken' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Taal' })).toBeInTheDocument();
  });
});
