import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import type { Device } from '@/lib/partner-center/device-schema';
import { renderWithProviders } from '@/testing/render-app';
import type { DeviceRow } from '../device-row';
import type { SelectionActions } from '../selection-actions';
import { aDevice } from '../testing/device-rows';
import { DevicesBrowser } from './devices-browser';

/** 1,000 devices, half of them HP: of every ten HP devices one may only be read, one only read and deregistered. */
const devices: Device[] = Array.from({ length: 1_000 }, (_, index) =>
  aDevice(`d${String(index + 1)}`, {
    oemManufacturerName: index % 2 === 0 ? 'Dell Inc.' : 'HP',
    allowedOperations:
      index % 20 === 1
        ? ['GET']
        : index % 20 === 3
          ? ['get', 'delete']
          : ['GET', 'PATCH', 'DELETE'],
  }),
);

/** A stand-in for the route's actions: says what it was handed. */
const received: { devices: readonly DeviceRow[] }[] = [];
const actions: SelectionActions = {
  render: (selected, clear) => {
    received.push({ devices: selected });
    return (
      <button type="button" onClick={clear}>
        {`Act on ${String(selected.length)}: ${String(selected.filter((row) => row.mayPatch).length)} may be given a profile, ${String(selected.filter((row) => row.mayDelete).length)} deregistered`}
      </button>
    );
  },
};

function renderBrowser(search = '', selectionActions: SelectionActions | null = actions) {
  const router = createMemoryRouter(
    [
      {
        path: '/devices',
        element: (
          <DevicesBrowser
            batchId="Lab #3"
            devices={devices}
            loading={false}
            selectionActions={selectionActions ?? undefined}
          />
        ),
      },
    ],
    { initialEntries: [`/devices${search}`] },
  );
  renderWithProviders(<RouterProvider router={router} />);
  return router;
}

const table = () => screen.getByRole('region', { name: 'Devices in this batch' });
const renderedRows = () => table().querySelectorAll('tbody tr[data-index]');
const selectAll = (name: RegExp = /^Select all [\d,]+ devices shown$/) =>
  within(table()).getByRole('checkbox', { name });
const bar = () => screen.getByRole('group', { name: 'Selected devices' });

beforeAll(() => {
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(600);
  vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockReturnValue(40);
});
afterAll(() => {
  vi.restoreAllMocks();
});
beforeEach(() => {
  received.length = 0;
});

describe('selecting devices', () => {
  it('selects every device the filter shows, rendered or not, and says how many', async () => {
    renderBrowser('?manufacturer=HP');
    expect(renderedRows().length).toBeLessThan(500);
    expect(within(bar()).getByRole('status')).toHaveTextContent(
      'No device selected. Tick devices in the table to act on them.',
    );

    await userEvent.click(selectAll(/^Select all 500 devices shown$/));

    expect(selectAll(/^Select all 500 devices shown$/)).toBeChecked();
    expect(within(bar()).getByRole('status')).toHaveTextContent('500 devices selected');
    expect(
      within(bar()).getByRole('button', {
        name: 'Act on 500: 400 may be given a profile, 450 deregistered',
      }),
    ).toBeInTheDocument();
    for (const box of within(table()).getAllByRole('checkbox', { name: /^Select SN-/ })) {
      expect(box).toBeChecked();
    }
  });

  it('shows a partial selection as mixed, ticks a row by its serial number, and clears', async () => {
    renderBrowser();
    await userEvent.click(within(table()).getByRole('checkbox', { name: 'Select SN-d2' }));
    await userEvent.click(within(table()).getByRole('checkbox', { name: 'Select SN-d4' }));

    expect(selectAll()).toBePartiallyChecked();
    expect(within(bar()).getByRole('status')).toHaveTextContent('2 devices selected');
    expect(
      within(bar()).getByRole('button', {
        name: 'Act on 2: 0 may be given a profile, 1 deregistered',
      }),
    ).toBeInTheDocument();

    // A click on a mixed box selects all; on a full one, none.
    await userEvent.click(selectAll());
    expect(within(bar()).getByRole('status')).toHaveTextContent('1,000 devices selected');
    await userEvent.click(selectAll());
    expect(selectAll()).not.toBeChecked();
    expect(selectAll()).not.toBePartiallyChecked();

    await userEvent.click(within(table()).getByRole('checkbox', { name: 'Select SN-d1' }));
    await userEvent.click(within(bar()).getByRole('button', { name: 'Clear selection' }));
    expect(within(table()).getByRole('checkbox', { name: 'Select SN-d1' })).not.toBeChecked();
    expect(within(bar()).getByRole('status')).toHaveTextContent('No device selected.');
  });

  it('keeps the selection while scrolling, and unticks what a new filter hides', async () => {
    const router = renderBrowser();
    await userEvent.click(selectAll());
    table().scrollTop = 20_000;
    table().dispatchEvent(new Event('scroll'));
    expect(within(bar()).getByRole('status')).toHaveTextContent('1,000 devices selected');

    await act(() => router.navigate('/devices?manufacturer=Dell+Inc.'));

    expect(await screen.findByText('Showing 500 of 1,000 devices')).toBeInTheDocument();
    expect(within(bar()).getByRole('status')).toHaveTextContent('500 devices selected');
    expect(received.at(-1)?.devices.every((row) => row.manufacturer === 'Dell Inc.')).toBe(true);
    // Back to every device: the HP ones stay unticked.
    await act(() => router.navigate('/devices'));
    expect(await screen.findByText('Showing 1,000 of 1,000 devices')).toBeInTheDocument();
    expect(within(bar()).getByRole('status')).toHaveTextContent('500 devices selected');
    expect(selectAll()).toBePartiallyChecked();
  });

  it('has no checkboxes and no selection bar without actions to offer', () => {
    renderBrowser('', null);
    expect(within(table()).queryAllByRole('checkbox')).toHaveLength(0);
    expect(screen.queryByRole('group', { name: 'Selected devices' })).not.toBeInTheDocument();
    const [header] = within(table()).getAllByRole('row');
    expect(within(header ?? table()).getAllByRole('columnheader')).toHaveLength(8);
  });
});
