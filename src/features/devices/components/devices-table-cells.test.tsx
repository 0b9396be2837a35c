import { fireEvent, screen, within } from '@testing-library/react';
import { presenterStorageKey } from '@/lib/presenter/presenter-mode-store';
import { renderWithProviders } from '@/testing/render-app';
import { toDeviceRow } from '../device-row';
import { aDevice } from '../testing/device-rows';
import { DevicesTable } from './devices-table';

/** jsdom lays nothing out: a value longer than 20 characters is "cut off" in a 150-pixel cell. */
beforeAll(() => {
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(400);
  vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockReturnValue(40);
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(150);
  vi.spyOn(HTMLElement.prototype, 'scrollWidth', 'get').mockImplementation(function width(
    this: HTMLElement,
  ) {
    return this.textContent.length > 20 ? 400 : 100;
  });
});
afterAll(() => {
  vi.restoreAllMocks();
});
afterEach(() => {
  sessionStorage.clear();
});

const longModel = 'Surface Laptop for Business 7th Edition, 15 inch';
const rows = [
  toDeviceRow(
    aDevice('d1', {
      serialNumber: 'SN-1',
      productKey: '00329-00000-0003-AA606-LONGER-KEY',
      modelName: longModel,
      uploadedDate: '2017-07-25T01:51:00',
      uploadedBy: 'adele.vance@contoso-partner.example',
    }),
  ),
  toDeviceRow(
    aDevice('d2', {
      serialNumber: 'SN-2',
      oemManufacturerName: undefined,
      uploadedDate: '0001-01-01T00:00:00',
      profile: 'Kiosk',
    }),
  ),
];

const renderTable = () =>
  renderWithProviders(
    <DevicesTable rows={rows} sort={null} onSort={vi.fn()} onShowHash={vi.fn()} />,
  );
const rowOf = (serial: string) => {
  const row = screen.getByText(serial).closest('tr');
  if (!row) throw new Error(`no row for ${serial}`);
  return row;
};

describe('DevicesTable cells', { timeout: 15_000 }, () => {
  it('leaves a value that fits as plain text, and makes a cut-off one reachable by keyboard', async () => {
    renderTable();

    expect(screen.getByText('SN-1')).not.toHaveAttribute('tabindex');
    const model = screen.getByText(longModel);
    expect(model).toHaveAttribute('tabindex', '0');
    fireEvent.focus(model);
    expect(await screen.findByRole('tooltip')).toHaveTextContent(longModel);
  });

  it('says in words what Partner Center did not give, or did not set', () => {
    renderTable();
    const cells = within(rowOf('SN-2')).getAllByRole('cell');

    expect(cells[1]).toHaveTextContent(/^Not given$/); // product key
    expect(cells[2]).toHaveTextContent(/^Not given$/); // hardware hash
    expect(cells[4]).toHaveTextContent(/^Not given$/); // manufacturer
    expect(cells[5]).toHaveTextContent(/^Kiosk$/);
    expect(cells[6]).toHaveTextContent(/^Not set$/);
    expect(within(rowOf('SN-1')).getAllByRole('cell')[5]).toHaveTextContent(/^No profile$/);
  });

  it('shows an upload date exactly, with how long ago, and without a Tab stop of its own', () => {
    renderTable();
    const uploaded = within(rowOf('SN-1')).getAllByRole('cell')[6];

    expect(uploaded).toHaveTextContent(/^Jul 25, 2017, 1:51 AM\d+ years ago$/);
    expect(uploaded?.querySelector('[tabindex]')).toBeNull();
  });

  it('shows a cut-off uploader masked in presenter mode, in its tooltip too', async () => {
    sessionStorage.setItem(presenterStorageKey, 'on');
    const { container } = renderTable();

    const uploader = within(rowOf('SN-1')).getAllByRole('cell')[7];
    const shown = within(uploader ?? document.body).getByText('••••••••@contoso-partner.example');
    expect(shown).toHaveAttribute('tabindex', '0');
    fireEvent.focus(shown);
    expect(await screen.findByRole('tooltip')).toHaveTextContent(
      /^••••••••@contoso-partner\.example$/,
    );
    const markup = container.ownerDocument.body.innerHTML;
    expect(markup).not.toContain('adele.vance');
    expect(markup).not.toContain('00329-00000');
  });
});
