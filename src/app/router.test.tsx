import { screen } from '@testing-library/react';
import { renderRoutes } from '@/testing/render-app';
import { routes } from './router';

describe('routes', () => {
  it('shows the not-found page for an unknown address, inside the app frame', async () => {
    renderRoutes(routes, '/no/such/page');
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByText(/There is no page at \/no\/such\/page\./)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to customers' })).toHaveAttribute(
      'href',
      '/customers',
    );
    expect(screen.getByRole('heading', { name: 'Zero-Touch Batches' })).toBeInTheDocument();
  });

  it('sends a customer’s own address to its device batches', async () => {
    const { router } = renderRoutes(routes, '/customers/47021739-3426-40bf-9601-61b4b6d7c793');
    await vi.waitFor(() => {
      expect(router.state.location.pathname).toBe(
        '/customers/47021739-3426-40bf-9601-61b4b6d7c793/device-batches',
      );
    });
  });

  it('invites a signed-out visitor to sign in on the start page', async () => {
    renderRoutes(routes, '/');
    expect(
      await screen.findByRole('heading', { name: 'Welcome to Zero-Touch Batches' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeEnabled();
  });
});
