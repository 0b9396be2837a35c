import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { paths } from '@/config/paths';
import { apiUrl, server, startApiTestServer } from '@/lib/api-client/testing/api-test-server';
import type { Policy } from '@/lib/partner-center/policy-schema';
import { browserStore } from '@/lib/storage/browser-store';
import { stubBrowserStore } from '@/lib/storage/testing/stub-browser-store';
import { readChangeAddress } from '../changes/change-address';
import { forgetDeregistrationRuns } from '../changes/deregistration-runs';
import {
  findRememberedChange,
  rememberChange,
  type DeregistrationDevice,
  type RememberedDeregistration,
} from '../changes/remembered-changes';
import {
  changeTestCustomerId as customerId,
  renderChangeRoute,
} from '../testing/render-change-route';
import { DeviceChangeTracker } from './device-change-tracker';

const seen = startApiTestServer();
stubBrowserStore();
const batchId = 'Lab #3';
const deviceUrl = (id: string) =>
  apiUrl(`/v1/customers/${customerId}/deviceBatches/Lab%20%233/devices/${id}`);
const statusUrl = (trackingId: string) =>
  apiUrl(`/v1/customers/${customerId}/batchJobStatus/${trackingId}`);

const kiosk: Policy = {
  id: 'policy-kiosk',
  name: 'Kiosk – Reception',
  description: undefined,
  devicesAssigned: 4,
  policySettings: ['none'],
};

function renderTracker(href: string, profiles: readonly Policy[] | undefined = [kiosk]) {
  const url = new URL(href, 'http://localhost');
  const changeId = url.pathname.split('/').at(-1) ?? '';
  return renderChangeRoute(
    <DeviceChangeTracker
      customerId={customerId}
      changeId={changeId}
      address={readChangeAddress(changeId, url.searchParams)}
      accountId={undefined}
      customerName="Contoso"
      profiles={profiles}
    />,
    { path: paths.deviceChange.path, url: href },
  );
}

const device = (id: string, outcome: DeregistrationDevice['outcome'] = 'pending') => ({
  id,
  serialNumber: `SN-${id}`,
  manufacturer: 'Dell Inc.',
  modelName: 'Latitude 5440',
  outcome,
});

const deregistration = (devices: DeregistrationDevice[]): RememberedDeregistration => ({
  kind: 'deregister',
  changeId: 'change-1',
  customerId,
  batchId,
  startedAt: '2026-12-06T03:00:00.000Z',
  devices,
});
const deregistrationUrl = `/customers/${customerId}/device-changes/change-1?kind=deregister&batch=Lab+%233`;
const deletes = () => seen.requests.filter((request) => request.method === 'DELETE');

afterEach(() => {
  forgetDeregistrationRuns();
});

describe('the tracker of a deregistration', () => {
  it('resumes a change after a reload: sends only what is pending, and says each result in words', async () => {
    let failing = true;
    server.use(
      http.delete(deviceUrl(':id'), ({ params }) => {
        if (params.id === 'd3')
          return HttpResponse.json(
            { code: 1000, description: 'Device not found' },
            { status: 404 },
          );
        if (params.id === 'd4' && failing)
          return HttpResponse.json(
            { code: 800003, description: 'Unexpected service error' },
            { status: 500, headers: { 'MS-RequestId': 'req-d4' } },
          );
        return new HttpResponse(null, { status: 204 });
      }),
    );
    // Kept by the tab that started it: d1 answered before the reload.
    await rememberChange(
      browserStore,
      '',
      deregistration([device('d1', 'deregistered'), device('d2'), device('d3'), device('d4')]),
    );
    renderTracker(deregistrationUrl);

    expect(
      await screen.findByRole('heading', { name: 'Deregistering devices of Lab #3' }),
    ).toBeInTheDocument();
    expect(
      await screen.findByText(
        'Finished: some devices could not be deregistered. They are listed below; you can try them again.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Finished: some devices');
    expect(screen.getByRole('progressbar', { name: 'Devices done' })).toHaveAttribute(
      'aria-valuetext',
      '4 of 4 devices done',
    );
    expect(screen.getByText(/1 deregistered|2 deregistered/)).toHaveTextContent(
      '2 deregistered, 1 already gone, 1 refused',
    );
    const results = screen.getByRole('table', { name: 'Devices of this change' });
    const row = (serial: string) => within(results).getByRole('row', { name: new RegExp(serial) });
    expect(row('SN-d3')).toHaveTextContent(
      'Already deregistered: the device was no longer in the batch.',
    );
    expect(row('SN-d4')).toHaveTextContent('Refused');
    expect(row('SN-d4')).toHaveTextContent('HTTP 500, code 800003: Unexpected service error');
    expect(row('SN-d4')).toHaveTextContent('Request ID req-d4');
    // d1 was not sent again; d4 was retried by the client (3 retries) before being reported.
    expect(deletes().filter((request) => request.url === deviceUrl('d1'))).toHaveLength(0);
    expect(deletes().filter((request) => request.url === deviceUrl('d4'))).toHaveLength(4);

    failing = false;
    await userEvent.click(screen.getByRole('button', { name: 'Try the 1 failed device again' }));
    expect(await screen.findByText('Finished: every device is deregistered.')).toBeInTheDocument();
    expect(row('SN-d4')).toHaveTextContent('Deregistered');
    await waitFor(async () => {
      const kept = await findRememberedChange(browserStore, '', customerId, 'change-1');
      expect(kept?.kind === 'deregister' && kept.devices.map((one) => one.outcome)).toEqual([
        'deregistered',
        'deregistered',
        'already-gone',
        'deregistered',
      ]);
    });
    expect(
      screen.getByRole('button', { name: 'Download the CSV of the deregistered devices' }),
    ).toBeEnabled();
    expect(screen.getByRole('link', { name: 'View the devices of Lab #3' })).toHaveAttribute(
      'href',
      paths.devices.getHref(customerId, batchId),
    );
  });

  it('says so when this browser does not know the change, and links to the batch', async () => {
    renderTracker(deregistrationUrl);
    expect(await screen.findByText('This browser does not know this change')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'View the devices of Lab #3' })).toBeVisible();
    expect(deletes()).toHaveLength(0);
  });

  it('says when the address does not say what the change is', () => {
    renderTracker(`/customers/${customerId}/device-changes/x?batch=Lab`);
    expect(screen.getByRole('heading', { name: 'Device change' })).toBeInTheDocument();
    expect(screen.getByText(/This address does not say what the change is\./)).toBeVisible();
  });
});

describe('the tracker of a profile assignment', () => {
  const running = (trackingId: string) => ({
    batchTrackingId: trackingId,
    status: 'processing',
    devicesStatus: [
      { deviceId: 'd1', status: 'in-progress' },
      { deviceId: 'd2', status: 'in-progress' },
    ],
  });

  it('follows every request’s job to the end, in words, naming the devices that failed', async () => {
    let polls = 0;
    server.use(
      http.get(statusUrl('job-1'), () =>
        HttpResponse.json({
          batchTrackingId: 'job-1',
          status: 'finished',
          devicesStatus: [{ deviceId: 'd0', status: 'finished' }],
        }),
      ),
      http.get(statusUrl('job-2'), () =>
        HttpResponse.json(
          ++polls === 1
            ? running('job-2')
            : {
                batchTrackingId: 'job-2',
                status: 'finished_with_errors',
                devicesStatus: [
                  { deviceId: 'd1', status: 'finished' },
                  {
                    deviceId: 'd2',
                    status: 'finished_with_errors',
                    errorCode: '1000',
                    errorDescription: 'Device not found',
                  },
                ],
              },
        ),
      ),
    );
    await rememberChange(browserStore, '', {
      kind: 'assign',
      changeId: 'job-1',
      customerId,
      batchId,
      policyId: kiosk.id,
      startedAt: '2026-12-06T03:00:00.000Z',
      trackingIds: ['job-1', 'job-2'],
      devices: [
        { id: 'd1', serialNumber: 'SN-d1' },
        { id: 'd2', serialNumber: 'SN-d2' },
      ],
    });
    renderTracker(
      `/customers/${customerId}/device-changes/job-1?kind=assign&batch=Lab+%233&profile=policy-kiosk&also=job-2`,
    );

    expect(
      await screen.findByRole('heading', { name: 'Profile for devices of Lab #3' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Profile: Kiosk – Reception')).toBeInTheDocument();
    expect(
      await screen.findByText('Partner Center is giving the devices the profile…'),
    ).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Devices done' })).toHaveAttribute(
      'aria-valuetext',
      '1 of 3 devices done',
    );

    await userEvent.click(screen.getByRole('button', { name: 'Check now' }));

    expect(
      await screen.findByText('Finished with errors: some devices did not get the profile.'),
    ).toBeInTheDocument();
    const failed = screen.getByRole('table', { name: 'Devices that did not get the profile' });
    expect(within(failed).getAllByRole('row')).toHaveLength(2);
    expect(within(failed).getByRole('row', { name: /SN-d2/ })).toHaveTextContent(
      'Device not found (code 1000)',
    );
    expect(screen.getByText(/2 given the profile, 1 not/)).toBeInTheDocument();
  });

  it('names the profile by its id when the customer has it no more', async () => {
    server.use(
      http.get(statusUrl('job-9'), () =>
        HttpResponse.json({ batchTrackingId: 'job-9', status: 'finished', devicesStatus: [] }),
      ),
    );
    renderTracker(
      `/customers/${customerId}/device-changes/job-9?kind=assign&batch=Lab&profile=gone-1`,
      [],
    );
    expect(await screen.findByText('Profile ID: gone-1')).toBeInTheDocument();
    expect(await screen.findByText('Finished: every device has the profile.')).toBeInTheDocument();
  });
});
