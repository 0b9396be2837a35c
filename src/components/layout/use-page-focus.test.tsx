import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Link, Navigate, Outlet, useSearchParams } from 'react-router';
import { renderRoutes } from '@/testing/render-app';
import { AppFrame } from './app-frame';
import { PageTitle } from './page-title';
import { usePageFocus } from './use-page-focus';

function Layout() {
  usePageFocus();
  return (
    <AppFrame>
      <Outlet />
    </AppFrame>
  );
}

function Batches() {
  const [, setSearchParams] = useSearchParams();
  return (
    <>
      <PageTitle>Device batches</PageTitle>
      <button type="button" onClick={() => setSearchParams({ q: 'lab' }, { replace: true })}>
        Search
      </button>
      <Link to="/devices">Devices</Link>
    </>
  );
}

const routes = [
  {
    element: <Layout />,
    children: [
      { path: '/', element: <Navigate to="/batches" replace /> },
      { path: '/batches', element: <Batches /> },
      { path: '/devices', element: <PageTitle>Test batch</PageTitle> },
      { path: '/error', element: <p>No heading here</p> },
    ],
  },
];

const heading = (name: string) => screen.getByRole('heading', { name, level: 2 });

describe('focus when the page changes', () => {
  it('stays put on the first load, redirect included', async () => {
    renderRoutes(routes, '/');
    expect(await screen.findByRole('heading', { name: 'Device batches' })).toBeInTheDocument();
    expect(document.body).toHaveFocus();
  });

  it('moves to the new page’s heading on a link, and back on the browser’s back button', async () => {
    const { router } = renderRoutes(routes, '/batches');
    await userEvent.click(screen.getByRole('link', { name: 'Devices' }));
    expect(heading('Test batch')).toHaveFocus();

    await act(() => router.navigate(-1));
    expect(heading('Device batches')).toHaveFocus();
  });

  it('stays on the control that changed only the query', async () => {
    renderRoutes(routes, '/batches');
    await userEvent.click(screen.getByRole('button', { name: 'Search' }));
    expect(screen.getByRole('button', { name: 'Search' })).toHaveFocus();
  });

  it('goes to the main area when the new page has no heading', async () => {
    const { router } = renderRoutes(routes, '/batches');
    await userEvent.click(screen.getByRole('button', { name: 'Search' }));
    await act(() => router.navigate('/error'));
    expect(screen.getByRole('main')).toHaveFocus();
  });
});

describe('the skip link', () => {
  it('is the first thing Tab reaches, and moves focus to the main area', async () => {
    renderRoutes(routes, '/batches');
    await userEvent.tab();
    const skip = screen.getByRole('link', { name: 'Skip to main content' });
    expect(skip).toHaveFocus();
    expect(skip).toHaveAttribute('href', '#main-content');

    await userEvent.keyboard('{Enter}');
    expect(screen.getByRole('main')).toHaveFocus();
    await userEvent.tab();
    expect(screen.getByRole('button', { name: 'Search' })).toHaveFocus();
  });
});
