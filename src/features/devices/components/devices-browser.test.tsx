import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import type { Device } from '@/lib/partner-center/device-schema';
import { renderWithProviders } from '@/testing/render-app';
import { aDevice } from '../testing/device-rows';
import { DevicesBrowser } from './devices-browser';

const devices: Device[] = [
  aDevice('d1', {
    serialNumber: 'PF3ABC12',
    modelName: 'ThinkPad T14',
    oemManufacturerName: 'Lenovo',
    profile: 'Kiosk',
  }),
  aDevice('d2', {
    serialNumber: "=cmd|' /C calc'!A0",
    productKey: '-3280219463321',
    modelName: 'EliteBook 840',
    oemManufacturerName: 'HP',
  }),
  aDevice('d3', {
    serialNumber: 'HX7Q2K1',
    modelName: 'Latitude 5440',
    oemManufacturerName: 'Dell Inc.',
    profile: 'Standard',
  }),
];

function renderBrowser(search = '') {
  const router = createMemoryRouter(
    [
      {
        path: '/devices',
        element: <DevicesBrowser batchId="Lab #3" devices={devices} loading={false} />,
      },
    ],
    { initialEntries: [`/devices${search}`] },
  );
  renderWithProviders(<RouterProvider router={router} />);
  return router;
}

const serialsShown = () =>
  within(screen.getByRole('region', { name: 'Devices in this batch' }))
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell')[0]?.textContent);
const searchParams = (router: ReturnType<typeof renderBrowser>) =>
  new URLSearchParams(router.state.location.search);

beforeAll(() => {
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(600);
  vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockReturnValue(40);
});
afterAll(() => {
  vi.restoreAllMocks();
});

describe('DevicesBrowser', () => {
  it('searches serial numbers, product keys and models, and keeps the search in the URL', async () => {
    const router = renderBrowser();
    const searchBox = screen.getByRole('searchbox', { name: 'Search' });
    await userEvent.type(searchBox, 'thinkpad');

    // The list follows once typing pauses.
    expect(
      await screen.findByText('Showing 1 of 3 devices', {}, { timeout: 3000 }),
    ).toBeInTheDocument();
    expect(serialsShown()).toEqual(['PF3ABC12']);
    expect(searchParams(router).get('q')).toBe('thinkpad');

    await userEvent.click(screen.getByRole('button', { name: 'Clear search and filters' }));
    expect(serialsShown()).toHaveLength(3);
    expect(searchParams(router).has('q')).toBe(false);
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveValue('');
  }, 15_000); // typing key by key through Mantine in jsdom is slow on a busy machine

  it('restores search, filters and sort from a bookmark', () => {
    renderBrowser('?manufacturer=Dell+Inc.&sort=serialNumber&order=desc');
    expect(serialsShown()).toEqual(['HX7Q2K1']);
    expect(screen.getByRole('combobox', { name: 'Manufacturer' })).toHaveValue('Dell Inc.');
    expect(screen.getByRole('columnheader', { name: 'Serial number' })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
  });

  it('filters by profile, "No profile" included', async () => {
    const router = renderBrowser();
    await userEvent.click(screen.getByRole('combobox', { name: 'Autopilot profile' }));
    await userEvent.click(await screen.findByRole('option', { name: 'No profile' }));

    expect(serialsShown()).toEqual(["=cmd|' /C calc'!A0"]);
    expect(searchParams(router).get('noProfile')).toBe('true');
  });

  it('sorts by a column: ascending, descending, then as Partner Center sent them', async () => {
    const router = renderBrowser();
    const sortBySerial = screen.getByRole('button', { name: 'Serial number' });

    await userEvent.click(sortBySerial);
    expect(serialsShown()).toEqual(["=cmd|' /C calc'!A0", 'HX7Q2K1', 'PF3ABC12']);
    expect(searchParams(router).get('sort')).toBe('serialNumber');

    await userEvent.click(sortBySerial);
    expect(serialsShown()).toEqual(['PF3ABC12', 'HX7Q2K1', "=cmd|' /C calc'!A0"]);
    expect(searchParams(router).get('order')).toBe('desc');

    await userEvent.click(sortBySerial);
    expect(serialsShown()).toEqual(['PF3ABC12', "=cmd|' /C calc'!A0", 'HX7Q2K1']);
    expect(searchParams(router).has('sort')).toBe(false);
  });

  it('exports the devices shown to a CSV file, loading the CSV code only then', async () => {
    const createObjectURL = vi.fn<(blob: Blob) => string>(() => 'blob:devices');
    URL.createObjectURL = createObjectURL;
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      expect(this.download).toBe('Lab #3 - devices.csv');
      expect(this.href).toBe('blob:devices');
    });
    renderBrowser('?q=cmd');

    await userEvent.click(screen.getByRole('button', { name: 'Export 1 device to CSV' }));

    await vi.waitFor(() => {
      expect(click).toHaveBeenCalledTimes(1);
    });
    const blob = createObjectURL.mock.calls[0]?.[0];
    expect(blob?.type).toBe('text/csv;charset=utf-8');
    const bytes = new Uint8Array((await blob?.arrayBuffer()) ?? new ArrayBuffer(0));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the byte order mark
    const lines = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).split('\r\n');
    expect(lines[0]).toBe(
      '\uFEFFSerial number,Product key,Hardware hash,Model,Manufacturer,Autopilot profile,Uploaded,Uploaded by,Device id',
    );
    expect(lines[1]).toBe(
      "'=cmd|' /C calc'!A0,'-3280219463321,,EliteBook 840,HP,,2024-01-15T06:30:00.000Z,,d2",
    );
    expect(lines).toHaveLength(3);
  });
});
