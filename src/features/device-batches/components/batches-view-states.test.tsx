import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { server, startApiTestServer } from '@/lib/api-client/testing/api-test-server';
import { makeBatch } from '../testing/batch-fixtures';
import {
  deviceBatchesErrorHandler,
  deviceBatchesHandler,
} from '../testing/device-batches-handlers';
import { renderBatchesView } from '../testing/render-batches-view';

startApiTestServer();

// One settled batch and one still queued.
const batches = [
  makeBatch({ id: 'Test batch', status: 'finished', devicesCount: 5 }),
  makeBatch({ id: 'Onboarding wave 4', status: 'queued', devicesCount: 40 }),
];

describe('DeviceBatchesView states', () => {
  it('says what a batch is when the customer has none', async () => {
    server.use(deviceBatchesHandler([]));
    renderBatchesView();

    expect(await screen.findByText('No device batches yet')).toBeVisible();
    expect(screen.getByText(/A device batch is a named list of devices/)).toBeVisible();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('shows a failed first load with the ids support needs, and loads on retry', async () => {
    server.use(deviceBatchesErrorHandler(403, 2032, 'Access denied'));
    renderBatchesView();

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('You have no access to Partner Center');
    expect(alert).toHaveTextContent('request-id-1');
    expect(alert).toHaveTextContent('correlation-id-1');

    server.use(deviceBatchesHandler(batches));
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('table')).toBeVisible();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('keeps the batches on screen when a refresh fails, with a notice, the ids and a retry', async () => {
    server.use(deviceBatchesHandler(batches));
    renderBatchesView();
    await screen.findByRole('table');

    server.use(deviceBatchesErrorHandler(400, 800002, 'Invalid request input'));
    await userEvent.click(screen.getByRole('button', { name: 'Refresh' }));

    const notice = await screen.findByRole('alert');
    expect(notice).toHaveTextContent(
      'Could not refresh: the table shows the batches from the last update',
    );
    expect(notice).toHaveTextContent('request-id-1');
    expect(screen.getByRole('cell', { name: 'Test batch' })).toBeVisible();

    server.use(deviceBatchesHandler(batches));
    await userEvent.click(within(notice).getByRole('button', { name: 'Try again' }));
    await vi.waitFor(() => {
      expect(screen.queryByRole('alert')).toBeNull();
    });
    expect(screen.getByRole('cell', { name: 'Test batch' })).toBeVisible();
  });

  it('says it keeps checking while a batch is in progress, and not once all have settled', async () => {
    server.use(deviceBatchesHandler(batches));
    const first = renderBatchesView();
    expect(await screen.findByText(/Checking again every 30 seconds/)).toBeVisible();
    expect(screen.getByText('Updated')).toBeVisible();
    first.unmount();

    server.use(deviceBatchesHandler(batches.slice(0, 1)));
    renderBatchesView();
    await screen.findByRole('table');
    expect(screen.queryByText(/Checking again every 30 seconds/)).toBeNull();
  });
});
