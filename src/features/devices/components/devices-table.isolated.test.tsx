import { act, screen, within } from '@testing-library/react';
import { presenterStorageKey } from '@/lib/presenter/presenter-mode-store';
import { renderWithProviders } from '@/testing/render-app';
import { aRow } from '../testing/device-rows';
import { DevicesTable } from './devices-table';
import { createFakePrintMedia } from '@/testing/fake-print-media';

const productKey = (index: number) => String(3_280_219_463_000 + index);
const hardwareHash = (index: number) => `T0FiAwEAHAAAAAoA${'x'.repeat(60)}${String(index)}END`;
const rows = Array.from({ length: 40 }, (_, index) =>
  aRow(`d${String(index)}`, {
    serialNumber: `SN-${String(index).padStart(3, '0')}`,
    productKey: productKey(index),
    hardwareHash: hardwareHash(index),
  }),
);

const printMedia = createFakePrintMedia();
const { setPrinting } = printMedia;

beforeAll(() => {
  printMedia.install();
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(200);
  vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockReturnValue(40);
});
afterAll(() => {
  printMedia.uninstall();
  vi.restoreAllMocks();
});
afterEach(() => {
  setPrinting(false);
  sessionStorage.clear();
});

const renderTable = () =>
  renderWithProviders(
    <DevicesTable rows={rows} sort={null} onSort={vi.fn()} onShowHash={vi.fn()} />,
  );
const deviceRows = () => [
  ...screen
    .getByRole('region', { name: 'Devices in this batch' })
    .querySelectorAll<HTMLTableRowElement>('tr[data-index]'),
];

// Rendering Mantine rows in jsdom is slow on a busy machine.
describe('DevicesTable', { timeout: 15_000 }, () => {
  it('renders only the rows in view on screen, every row while printing, and goes back after', () => {
    renderTable();
    expect(deviceRows().length).toBeLessThan(25);
    expect(screen.queryByText('SN-039')).toBeNull();

    setPrinting(true);
    expect(deviceRows()).toHaveLength(40);
    expect(deviceRows().at(-1)).toHaveTextContent('SN-039');
    expect(deviceRows().at(-1)).toHaveAttribute('aria-rowindex', '41');
    expect(deviceRows().at(-1)).toHaveTextContent(productKey(39));
    expect(deviceRows().at(-1)).toHaveTextContent('T0FiAwEA…xxx39END');

    setPrinting(false);
    expect(deviceRows().length).toBeLessThan(25);
    expect(screen.getByText('SN-000')).toBeInTheDocument();
  });

  it('also prints every row between beforeprint and afterprint', () => {
    renderTable();
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(deviceRows()).toHaveLength(40);
    act(() => {
      window.dispatchEvent(new Event('afterprint'));
    });
    expect(deviceRows().length).toBeLessThan(25);
  });

  it('prints no product key or hardware hash in presenter mode, not even in the markup', () => {
    sessionStorage.setItem(presenterStorageKey, 'on');
    const { container } = renderTable();
    setPrinting(true);

    expect(deviceRows()).toHaveLength(40);
    expect(within(deviceRows()[39] ?? document.body).getByText('••••••••3039')).toBeVisible();
    const markup = container.ownerDocument.body.innerHTML;
    const leaked = rows.filter(
      (_, index) =>
        markup.includes(productKey(index)) ||
        markup.includes(hardwareHash(index)) ||
        markup.includes(`${String(index)}END`),
    );
    expect(leaked).toEqual([]);
  });
});
