import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { server, startApiTestServer } from '@/lib/api-client/testing/api-test-server';
import { fixtureCustomerId } from '../testing/batch-fixtures';
import { pagedDeviceBatchesHandler } from '../testing/device-batches-handlers';
import { renderBatchesView } from '../testing/render-batches-view';

const seen = startApiTestServer();

/** A batch as a live service might send it: nulls where the docs write them, odd values too. */
const batch = (id: string, fields: Record<string, unknown> = {}) => ({
  id,
  status: 'finished',
  creationDate: '2024-02-08T10:21:00',
  devicesCount: 3,
  devicesLink: {
    uri: `/customers/${fixtureCustomerId}/deviceBatches/${id}/devices`,
    method: 'GET',
    headers: [],
    body: null,
  },
  createdBy: 'Contoso Partner Ltd',
  attributes: { objectType: 'DeviceBatch' },
  ...fields,
});

const rowOf = async (name: string) => {
  const row = (await screen.findByRole('cell', { name })).closest('tr');
  if (!row) throw new Error(`no row for ${name}`);
  return within(row);
};
const cellsOf = async (name: string) => (await rowOf(name)).getAllByRole('cell');

describe('the batches table with what a live Partner Center sends', () => {
  it('follows every page of batches, not just the first', async () => {
    server.use(
      pagedDeviceBatchesHandler([[batch('Page one')], [batch('Page two')], [batch('Page three')]]),
    );
    renderBatchesView();

    expect(await screen.findByRole('cell', { name: 'Page three' })).toBeVisible();
    expect(screen.getByRole('cell', { name: 'Page one' })).toBeVisible();
    expect(screen.getByRole('region', { name: 'Summary' })).toHaveTextContent('3 batches');
    expect(seen.requests.map((request) => request.headers.get('MS-ContinuationToken'))).toEqual([
      null,
      'page-1',
      'page-2',
    ]);
  });

  it('shows null and unreadable fields as "Not given", and uses the rest of the batch', async () => {
    server.use(
      pagedDeviceBatchesHandler([
        [
          batch('Nulls', { status: null, creationDate: null, createdBy: null, devicesLink: null }),
          batch('Odd types', {
            creationDate: 20240208,
            createdBy: { name: 'x' },
            devicesCount: '3',
          }),
        ],
      ]),
    );
    renderBatchesView();

    const nulls = await cellsOf('Nulls');
    expect(nulls.map((cell) => cell.textContent)).toEqual([
      'Nulls',
      'No status',
      'Not given',
      '3',
      'Not given',
    ]);
    // Without a devicesLink the devices page builds the path from the ids: still a link.
    expect(
      within(nulls[3] ?? document.body).getByRole('link', { name: '3 devices in Nulls' }),
    ).toBeVisible();

    const odd = await cellsOf('Odd types');
    expect(odd.map((cell) => cell.textContent)).toEqual([
      'Odd types',
      'Finished',
      'Not given',
      'View devices',
      'Not given',
    ]);
    expect(
      (await rowOf('Odd types')).getByRole('link', {
        name: 'Devices in Odd types (count not given)',
      }),
    ).toBeVisible();
    expect(document.body).not.toHaveTextContent(/null|undefined|\[object/);
  });

  it('reads the count spelled deviceCount, as the resource table spells it', async () => {
    server.use(
      pagedDeviceBatchesHandler([
        [batch('Other spelling', { devicesCount: undefined, deviceCount: 7 })],
      ]),
    );
    renderBatchesView();

    expect(
      (await rowOf('Other spelling')).getByRole('link', { name: '7 devices in Other spelling' }),
    ).toBeVisible();
  });

  it('shows .NET’s default date as "Not set", never the year 1, and sorts it last both ways', async () => {
    server.use(
      pagedDeviceBatchesHandler([
        [
          batch('Default date', { creationDate: '0001-01-01T00:00:00' }),
          batch('Older', { creationDate: '2020-01-01T00:00:00Z' }),
          batch('Newer', { creationDate: '2024-01-01T00:00:00Z' }),
        ],
      ]),
    );
    const { router } = renderBatchesView();

    const notSet = await cellsOf('Default date');
    expect(notSet[2]).toHaveTextContent(/^Not set$/);
    expect(notSet[2]?.querySelector('time')).toBeNull();
    const names = () =>
      within(screen.getByRole('table'))
        .getAllByRole('row')
        .slice(1)
        .map((row) => within(row).getAllByRole('cell')[0]?.textContent);
    expect(names()).toEqual(['Newer', 'Older', 'Default date']);

    await userEvent.click(screen.getByRole('button', { name: 'Created' }));
    expect(router.state.location.search).toBe('?sort=created&order=asc');
    expect(names()).toEqual(['Older', 'Newer', 'Default date']);
  });

  it('words statuses it does not know, in the neutral badge', async () => {
    server.use(
      pagedDeviceBatchesHandler([
        [batch('Kept', { status: 'archived' }), batch('Waiting', { status: 'on_hold' })],
      ]),
    );
    renderBatchesView();

    expect((await cellsOf('Kept'))[1]).toHaveTextContent(/^Archived$/);
    expect((await cellsOf('Waiting'))[1]).toHaveTextContent(/^On hold$/);
    const summary = screen.getByRole('region', { name: 'Summary' });
    expect(within(summary).getByRole('checkbox', { name: 'On hold 1' })).toBeInTheDocument();
  });
});
