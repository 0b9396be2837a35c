import { act, fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Link, Outlet, useSearchParams } from 'react-router';
import { renderRoutes } from '@/testing/render-app';
import { usePageScroll } from './use-page-scroll';

function Layout() {
  usePageScroll();
  return <Outlet />;
}

function Batches() {
  const [, setSearchParams] = useSearchParams();
  return (
    <>
      <button type="button" onClick={() => setSearchParams({ sort: 'name' }, { replace: true })}>
        Sort
      </button>
      <Link to="/devices">Devices</Link>
    </>
  );
}

const routes = [
  {
    element: <Layout />,
    children: [
      { path: '/batches', element: <Batches /> },
      { path: '/devices', element: <p>Devices page</p> },
    ],
  },
];

/** The window as scrolled by the user: jsdom neither lays out nor scrolls. */
function scrollBy(y: number) {
  Object.defineProperty(window, 'scrollY', { configurable: true, value: y });
  fireEvent.scroll(window);
}

describe('scrolling when the page changes', () => {
  let scrollTo: ReturnType<typeof vi.fn>;
  beforeEach(() => {
    scrollTo = vi.fn();
    vi.stubGlobal('scrollTo', scrollTo);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    scrollBy(0);
  });

  it('opens a new page at its top, and back returns to where the last one was scrolled', async () => {
    const { router } = renderRoutes(routes, '/batches');
    expect(window.history.scrollRestoration).toBe('manual');
    scrollBy(260);
    await userEvent.click(screen.getByRole('link', { name: 'Devices' }));
    expect(scrollTo).toHaveBeenLastCalledWith(0, 0);

    scrollBy(40);
    await act(() => router.navigate(-1));
    expect(scrollTo).toHaveBeenLastCalledWith(0, 260);
    await act(() => router.navigate(1));
    expect(scrollTo).toHaveBeenLastCalledWith(0, 40);
  });

  it('leaves the page where it is when only the query changes', async () => {
    renderRoutes(routes, '/batches');
    scrollBy(500);
    await userEvent.click(screen.getByRole('button', { name: 'Sort' }));
    expect(scrollTo).not.toHaveBeenCalled();
  });

  it('does not move the first page the browser opens', () => {
    renderRoutes(routes, '/batches');
    expect(scrollTo).not.toHaveBeenCalled();
  });
});
