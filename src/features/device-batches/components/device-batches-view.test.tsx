import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { server, startApiTestServer } from '@/lib/api-client/testing/api-test-server';
import { makeBatch } from '../testing/batch-fixtures';
import { deviceBatchesHandler } from '../testing/device-batches-handlers';
import { renderBatchesView } from '../testing/render-batches-view';

startApiTestServer();

const batches = [
  makeBatch({
    id: 'Test batch',
    status: 'finished',
    creationDate: '2023-03-14T09:12:44.1234567+01:00',
    devicesCount: 5,
    createdBy: 'Contoso Partner Ltd',
  }),
  makeBatch({ id: 'Onboarding wave 4', status: 'queued', devicesCount: 40 }),
  makeBatch({ id: 'Ölçü cihazları – Q3', status: 'processing', devicesCount: 250 }),
  makeBatch({ id: '100% refurb', status: 'finished_with_errors', devicesCount: 37 }),
  makeBatch({ id: 'Why? batch', creationDate: '2024-02-08T10:21:00', devicesCount: 12 }),
  makeBatch({ id: 'R&D laptops', status: 'archived', devicesCount: 8 }),
  makeBatch({ id: '<img src=x onerror=alert(1)>', status: 'finished', devicesCount: 10_000 }),
];

const table = () => screen.getByRole('table', { name: 'Device batches' });
const rowNames = () =>
  within(table())
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell')[0]?.textContent);

describe('DeviceBatchesView', () => {
  it('shows a skeleton, then every batch with its name as text, status, date, devices and creator', async () => {
    server.use(deviceBatchesHandler(batches));
    renderBatchesView();

    expect(screen.getByRole('status')).toHaveTextContent('Loading device batches…');
    const nameCell = await screen.findByRole('cell', { name: '<img src=x onerror=alert(1)>' });
    expect(nameCell.querySelector('img')).toBeNull();
    expect(rowNames()).toHaveLength(batches.length);

    const row = screen.getByRole('cell', { name: 'Test batch' }).closest('tr');
    if (!row) throw new Error('no row for Test batch');
    const cells = within(row);
    expect(cells.getByText('Finished')).toBeInTheDocument();
    // The exact date (in the test's time zone, UTC) with how long ago under it.
    expect(cells.getByText('Mar 14, 2023, 8:12 AM')).toHaveAttribute(
      'dateTime',
      '2023-03-14T08:12:44.123Z',
    );
    expect(cells.getByText(/^\d+ years ago$/)).toBeInTheDocument();
    expect(cells.getByRole('link', { name: '5 devices in Test batch' })).toHaveAttribute(
      'href',
      '/customers/0c8d6a8e-2f55-4c39-9f0b-51b5e7c1a001/device-batches/Test%20batch/devices',
    );
    expect(cells.getByText('Contoso Partner Ltd')).toBeInTheDocument();
  });

  it('labels every status in words: a missing one as No status, one it does not know in words too', async () => {
    server.use(deviceBatchesHandler(batches));
    renderBatchesView();
    const statusOf = async (name: string) =>
      within(
        (await screen.findByRole('cell', { name })).closest('tr') ?? document.body,
      ).getAllByRole('cell')[1]?.textContent;

    expect(await statusOf('Onboarding wave 4')).toBe('Queued');
    expect(await statusOf('Ölçü cihazları – Q3')).toBe('Processing');
    expect(await statusOf('Test batch')).toBe('Finished');
    expect(await statusOf('100% refurb')).toBe('Finished with errors');
    expect(await statusOf('Why? batch')).toBe('No status');
    expect(await statusOf('R&D laptops')).toBe('Archived');
  });

  it('opens a batch from its devices count, whatever its name holds', async () => {
    server.use(deviceBatchesHandler(batches));
    const { router } = renderBatchesView();

    await userEvent.click(await screen.findByRole('link', { name: '37 devices in 100% refurb' }));

    expect(await screen.findByRole('heading', { name: 'Devices of 100% refurb' })).toBeVisible();
    expect(router.state.location.pathname).toBe(
      '/customers/0c8d6a8e-2f55-4c39-9f0b-51b5e7c1a001/device-batches/100%25%20refurb/devices',
    );
  });

  it('prefetches a batch’s devices when its link is hovered or focused', async () => {
    server.use(deviceBatchesHandler(batches));
    const onPrefetchDevices = vi.fn();
    renderBatchesView({ onPrefetchDevices });

    const link = await screen.findByRole('link', { name: '12 devices in Why? batch' });
    await userEvent.hover(link);
    expect(onPrefetchDevices).toHaveBeenLastCalledWith(
      expect.objectContaining({ id: 'Why? batch' }),
    );
    screen.getByRole('link', { name: '8 devices in R&D laptops' }).focus();
    expect(onPrefetchDevices).toHaveBeenLastCalledWith(
      expect.objectContaining({ id: 'R&D laptops' }),
    );
  });

  it('shows the count without a link, and says why, when the devices link leaves Partner Center', async () => {
    const foreign = makeBatch({
      id: 'Hijacked',
      status: 'finished',
      devicesCount: 3,
      devicesLink: { uri: 'https://evil.example/v1/devices', method: 'GET', headers: [] },
    });
    server.use(deviceBatchesHandler([foreign]));
    renderBatchesView();

    const row = (await screen.findByRole('cell', { name: 'Hijacked' })).closest('tr');
    if (!row) throw new Error('no row for Hijacked');
    expect(within(row).queryByRole('link')).toBeNull();
    expect(within(row).getByText('3')).toBeInTheDocument();
    expect(
      within(row).getByRole('img', { name: /another site \(evil\.example\)/ }),
    ).toHaveAttribute('tabindex', '0');
  });
});
