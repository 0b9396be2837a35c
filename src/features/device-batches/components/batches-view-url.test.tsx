import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { server, startApiTestServer } from '@/lib/api-client/testing/api-test-server';
import { makeBatch } from '../testing/batch-fixtures';
import { deviceBatchesHandler } from '../testing/device-batches-handlers';
import { renderBatchesView } from '../testing/render-batches-view';

startApiTestServer();

const batches = [
  makeBatch({
    id: 'Lab #3',
    status: 'finished',
    creationDate: '2024-05-06T07:55:10',
    devicesCount: 1,
  }),
  makeBatch({
    id: 'C++ team',
    status: 'finished',
    creationDate: '2023-12-01T11:11:11',
    devicesCount: 14,
  }),
  makeBatch({
    id: 'Onboarding wave 4',
    status: 'queued',
    creationDate: '2025-06-02T08:00:13',
    devicesCount: 40,
  }),
  makeBatch({ id: 'Why? batch', creationDate: '2024-02-08T10:21:00', devicesCount: 12 }),
];

beforeEach(() => {
  server.use(deviceBatchesHandler(batches));
});

const rowNames = () =>
  within(screen.getByRole('table'))
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell')[0]?.textContent);
const header = (name: string) => screen.getByRole('columnheader', { name });

describe('the batches view in the URL', () => {
  it('lists the newest batch first by default', async () => {
    renderBatchesView();
    await screen.findByRole('table');
    expect(rowNames()).toEqual(['Onboarding wave 4', 'Lab #3', 'Why? batch', 'C++ team']);
    expect(header('Created')).toHaveAttribute('aria-sort', 'descending');
    expect(header('Name')).not.toHaveAttribute('aria-sort');
  });

  it('sorts by a column, then reverses it, and says so in the URL and aria-sort', async () => {
    const { router } = renderBatchesView();
    await screen.findByRole('table');

    await userEvent.click(screen.getByRole('button', { name: 'Devices' }));
    expect(router.state.location.search).toBe('?sort=devices&order=desc');
    expect(header('Devices')).toHaveAttribute('aria-sort', 'descending');
    expect(rowNames()).toEqual(['Onboarding wave 4', 'C++ team', 'Why? batch', 'Lab #3']);

    await userEvent.click(screen.getByRole('button', { name: 'Devices' }));
    expect(router.state.location.search).toBe('?sort=devices&order=asc');
    expect(header('Devices')).toHaveAttribute('aria-sort', 'ascending');
    expect(rowNames()).toEqual(['Lab #3', 'Why? batch', 'C++ team', 'Onboarding wave 4']);
  });

  it('summarises batches, devices and statuses, and filters by a status in the URL', async () => {
    const { router } = renderBatchesView();
    const summary = await screen.findByRole('region', { name: 'Summary' });
    expect(summary).toHaveTextContent('4 batches');
    expect(summary).toHaveTextContent('67 devices');

    await userEvent.click(within(summary).getByRole('checkbox', { name: 'Finished 2' }));
    expect(router.state.location.search).toBe('?status=finished');
    expect(rowNames()).toEqual(['Lab #3', 'C++ team']);
    expect(screen.getByRole('status')).toHaveTextContent('Showing 2 of 4 batches');

    await userEvent.click(within(summary).getByRole('checkbox', { name: 'No status 1' }));
    expect(router.state.location.search).toBe('?status=finished&status=unknown');
    expect(rowNames()).toEqual(['Lab #3', 'Why? batch', 'C++ team']);

    await userEvent.click(screen.getByRole('button', { name: 'Show all batches' }));
    expect(router.state.location.search).toBe('');
    expect(rowNames()).toHaveLength(4);
  });

  it('searches by name as the user types, keeping the text in the URL', async () => {
    const { router } = renderBatchesView();
    await screen.findByRole('table');

    await userEvent.type(screen.getByRole('searchbox', { name: 'Search by name' }), '#3');
    expect(router.state.location.search).toBe('?q=%233');
    expect(rowNames()).toEqual(['Lab #3']);

    await userEvent.clear(screen.getByRole('searchbox', { name: 'Search by name' }));
    expect(router.state.location.search).toBe('');
  });

  it('restores sort, filters and search from a shared link', async () => {
    renderBatchesView({ search: '?sort=name&order=desc&status=finished&status=queued&q=a' });
    await screen.findByRole('table');

    expect(rowNames()).toEqual(['Onboarding wave 4', 'Lab #3', 'C++ team']);
    expect(header('Name')).toHaveAttribute('aria-sort', 'descending');
    expect(screen.getByRole('searchbox', { name: 'Search by name' })).toHaveValue('a');
    expect(screen.getByRole('checkbox', { name: 'Finished 2' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Queued 1' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Processing 0' })).not.toBeChecked();
  });

  it('ignores what it does not understand in the URL', async () => {
    renderBatchesView({ search: '?sort=colour&order=up&status=bogus' });
    await screen.findByRole('table');
    expect(rowNames()).toHaveLength(4);
    expect(header('Created')).toHaveAttribute('aria-sort', 'descending');
  });

  it('says when nothing matches, and shows everything again on request', async () => {
    renderBatchesView({ search: '?status=processing' });
    expect(await screen.findByText('No batches match')).toBeVisible();
    expect(screen.queryByRole('table')).toBeNull();

    await userEvent.click(screen.getByRole('button', { name: 'Show all batches' }));
    expect(rowNames()).toHaveLength(4);
  });
});
