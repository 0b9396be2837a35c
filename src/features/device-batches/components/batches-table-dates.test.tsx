import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { server, startApiTestServer } from '@/lib/api-client/testing/api-test-server';
import { makeBatch } from '../testing/batch-fixtures';
import { deviceBatchesHandler } from '../testing/device-batches-handlers';
import { renderBatchesView } from '../testing/render-batches-view';

startApiTestServer();

const batches = [
  makeBatch({ id: 'With zone', creationDate: '2023-03-14T09:12:44.1234567+01:00' }),
  makeBatch({ id: 'Without zone', creationDate: '2017-07-25T01:51:00' }),
];

const rowOf = async (name: string) => {
  const row = (await screen.findByRole('cell', { name })).closest('tr');
  if (!row) throw new Error(`no row for ${name}`);
  return row;
};

describe('dates in the batches table', () => {
  it('shows the exact date with how long ago, and hovering tells the time to the second', async () => {
    server.use(deviceBatchesHandler(batches));
    renderBatchesView();

    const row = within(await rowOf('Without zone'));
    const date = row.getByText('Jul 25, 2017, 1:51 AM');
    expect(date.tagName).toBe('TIME');
    expect(row.getByText(/^\d+ years ago$/)).toBeVisible();

    await userEvent.hover(date);
    expect(await screen.findByRole('tooltip')).toHaveTextContent(
      'Exact time: July 25, 2017 at 1:51:00 AM Partner Center gave no time zone, so the time is read as UTC.',
    );
  });

  it('says nothing about the zone when Partner Center gave one', async () => {
    server.use(deviceBatchesHandler(batches));
    renderBatchesView();

    await userEvent.hover(within(await rowOf('With zone')).getByText('Mar 14, 2023, 8:12 AM'));
    expect(await screen.findByRole('tooltip')).toHaveTextContent(
      /^Exact time: March 14, 2023 at 8:12:44 AM$/,
    );
  });

  it('gives a row one Tab stop, its devices link: the date is not one', async () => {
    server.use(deviceBatchesHandler(batches.slice(0, 1)));
    renderBatchesView();
    const row = await rowOf('With zone');

    const focusable = row.querySelectorAll('a[href], button, [tabindex]:not([tabindex="-1"])');
    expect([...focusable].map((element) => element.textContent)).toEqual(['1']);
  });
});
