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

  it('says an address with a malformed escape is not found, instead of reading it as an id', async () => {
    renderRoutes(routes, '/customers/%E0%A4%A/device-batches');
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
    expect(
      screen.getByText(/There is no page at \/customers\/%E0%A4%A\/device-batches\./),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to customers' })).toHaveAttribute(
      'href',
      '/customers',
    );
  });

  it('does not send a malformed customer address on to its batches', async () => {
    const { router } = renderRoutes(routes, '/customers/%E0%A4%A');
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/customers/%E0%A4%A');
  });

  it('writes an upper-case tenant id in lower case, keeping the rest of the address', async () => {
    const { router } = renderRoutes(
      routes,
      '/customers/E3A09F87-B5C3-400A-8747-1283818F378A/device-batches/Lab%20%233/devices?q=PF3&sort=model',
    );
    await vi.waitFor(() => {
      expect(`${router.state.location.pathname}${router.state.location.search}`).toBe(
        '/customers/e3a09f87-b5c3-400a-8747-1283818f378a/device-batches/Lab%20%233/devices?q=PF3&sort=model',
      );
    });
  });
});
