import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { paths } from '@/config/paths';
import { apiUrl, server, startApiTestServer } from '@/lib/api-client/testing/api-test-server';
import {
  renderUploadRoute,
  uploadTestCustomerId as customerId,
} from '../testing/render-upload-route';
import { UploadTrackerView } from './upload-tracker-view';

const seen = startApiTestServer();

/** Not an id another test file sends an upload under: the rows of those are kept in memory. */
const trackingId = 'track-tracker-1';
const statusUrl = apiUrl(`/v1/customers/${customerId}/batchJobStatus/${trackingId}`);

const running = {
  batchTrackingId: trackingId,
  status: 'processing',
  startedTime: '2026-12-06T03:00:00Z',
  completedTime: '0001-01-01T00:00:00',
  devicesStatus: [
    { deviceId: 'd1', serialNumber: 'SN-OK-1', productKey: '', status: 'finished' },
    { deviceId: 'd2', serialNumber: 'SN-OTHER-ORG', productKey: '', status: 'in-progress' },
    { deviceId: 'd3', serialNumber: 'SN-ALREADY', productKey: '', status: 'in-progress' },
  ],
};

const finishedWithErrors = {
  ...running,
  status: 'finished_with_errors',
  completedTime: '2026-12-06T03:01:10Z',
  devicesStatus: [
    { deviceId: 'd1', serialNumber: 'SN-OK-1', productKey: '', status: 'finished' },
    {
      deviceId: 'd2',
      serialNumber: 'SN-OTHER-ORG',
      productKey: '',
      status: 'finished',
      errorCode: '808',
      errorDescription: 'ZtdDeviceAssignedToOtherTenant',
    },
    {
      deviceId: 'd3',
      serialNumber: 'SN-ALREADY',
      productKey: '',
      status: 'finished_with_errors',
      errorCode: 806, // a number, as some answers send codes
      errorDescription: 'ZtdDeviceAlreadyAssigned',
    },
  ],
};

const otherOrgReason =
  'Registered to another organisation (808): it must be deregistered there first, by that organisation or its partner, before it can be registered here.';
const alreadyReason =
  'Already registered to this customer (806): it is in one of the customer’s batches. Nothing to do.';

/** `GET …/batchJobStatus/{id}` answering these bodies in turn, the last one from then on. */
function statusAnswers(...bodies: readonly object[]) {
  let calls = 0;
  server.use(
    http.get(statusUrl, () => HttpResponse.json(bodies[Math.min(calls++, bodies.length - 1)])),
  );
}

function renderTracker() {
  return renderUploadRoute(
    <UploadTrackerView
      customerId={customerId}
      trackingIds={[trackingId]}
      batchId="Lab #3"
      notSentDeviceCount={0}
    />,
    {
      path: paths.upload.path,
      url: paths.upload.getHref(customerId, trackingId, {
        batchId: 'Lab #3',
        laterTrackingIds: [],
      }),
    },
  );
}

const stage = () => screen.getByRole('status');

// jsdom has no blob URLs: the download test lends the page its own, and gives them back.
const { createObjectURL, revokeObjectURL } = URL;
afterEach(() => {
  URL.createObjectURL = createObjectURL;
  URL.revokeObjectURL = revokeObjectURL;
  vi.restoreAllMocks();
});

describe('UploadTrackerView', () => {
  it('follows a running upload to its end, then lists each device not registered with the reason in words', async () => {
    const user = userEvent.setup({ delay: null });
    statusAnswers(running, finishedWithErrors);
    renderTracker();

    // The first poll goes out at once.
    expect(
      await screen.findByText('Partner Center is registering the devices…'),
    ).toBeInTheDocument();
    expect(stage()).toHaveTextContent('Partner Center is registering the devices…');
    expect(
      screen.getByText('1 of 3 devices processed · 1 registered, 0 not registered'),
    ).toBeVisible();
    expect(screen.getByText(/^Checking again in \d+ s\. You can close this page/)).toBeVisible();
    expect(screen.queryByRole('table')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Check now' }));

    expect(
      await screen.findByText('Finished with errors: some devices were not registered.'),
    ).toBeVisible();
    expect(
      screen.getByText('3 of 3 devices processed · 1 registered, 2 not registered'),
    ).toBeVisible();
    // Finished: no more polling, so no countdown and no "Check now".
    expect(screen.queryByText(/^Checking again in/)).toBeNull();
    expect(screen.queryByRole('button', { name: 'Check now' })).toBeNull();

    const table = screen.getByRole('table', { name: 'Devices not registered' });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      );
    expect(rows).toEqual([
      ['SN-OTHER-ORG', '', '808', otherOrgReason],
      ['SN-ALREADY', '', '806', alreadyReason],
    ]);
    expect(
      screen.getByRole('button', { name: 'Download the devices not registered (CSV)' }),
    ).toBeVisible();
    expect(screen.getByRole('link', { name: 'View the devices of Lab #3' })).toHaveAttribute(
      'href',
      paths.devices.getHref(customerId, 'Lab #3'),
    );
    expect(seen.requests).toHaveLength(2);
  });

  it('downloads the devices not registered as a CSV this page reads back, with code and reason', async () => {
    const user = userEvent.setup({ delay: null });
    statusAnswers(finishedWithErrors);
    const createObjectURL = vi.fn<(blob: Blob) => string>(() => 'blob:not-registered');
    URL.createObjectURL = createObjectURL;
    URL.revokeObjectURL = vi.fn();
    const clicked: { download: string; href: string }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push({ download: this.download, href: this.href });
    });
    renderTracker();

    // Reopened, not sent from this tab: the file's hashes are not at hand, and the page says so.
    expect(
      await screen.findByText(/^This page was reopened, so the file’s hardware hashes/),
    ).toBeVisible();
    await user.click(
      screen.getByRole('button', { name: 'Download the devices not registered (CSV)' }),
    );

    expect(clicked).toEqual([
      { download: 'Lab #3 - not registered.csv', href: 'blob:not-registered' },
    ]);
    const blob = createObjectURL.mock.calls[0]?.[0];
    const lines = (await blob?.text())?.replace(/^\uFEFF/, '').split('\r\n') ?? [];
    expect(lines[0]).toBe(
      'Device Serial Number,Windows Product ID,Hardware Hash,Manufacturer name,Device model,Line,Code,Why',
    );
    expect(lines[1]).toBe(`SN-OTHER-ORG,,,,,,808,"${otherOrgReason}"`);
    expect(lines[2]).toBe(`SN-ALREADY,,,,,,806,${alreadyReason}`);
    expect(lines.filter((line) => line !== '')).toHaveLength(3);
  });

  it('says Partner Center does not know an upload it answers 404 for', async () => {
    server.use(
      http.get(statusUrl, () =>
        HttpResponse.json(
          { code: 404, description: 'Not found' },
          { status: 404, headers: { 'MS-RequestId': 'request-404' } },
        ),
      ),
    );
    renderTracker();

    expect(await screen.findByText('Partner Center does not know this upload')).toBeVisible();
    expect(
      screen.getByText(
        `No upload with tracking id ${trackingId} was found for this customer. It may belong to another customer, or the address may be cut short. The batch’s devices show what was registered.`,
      ),
    ).toBeVisible();
    expect(screen.queryByRole('table')).toBeNull();
    expect(seen.requests).toHaveLength(1);
  });
});
