import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { paths } from '@/config/paths';
import { apiUrl, server, startApiTestServer } from '@/lib/api-client/testing/api-test-server';
import type { PartnerRole } from '@/lib/auth/partner-role';
import type { Policy } from '@/lib/partner-center/policy-schema';
import { presenterStorageKey } from '@/lib/presenter/presenter-mode-store';
import { browserStore } from '@/lib/storage/browser-store';
import { stubBrowserStore } from '@/lib/storage/testing/stub-browser-store';
import type { ChangeableDevice } from '../changeable-device';
import { forgetDeregistrationRuns } from '../changes/deregistration-runs';
import { findRememberedChange } from '../changes/remembered-changes';
import type { ProfilesState } from '../profiles-state';
import {
  changeTestCustomerId as customerId,
  renderChangeRoute,
} from '../testing/render-change-route';
import { DeviceChangeActions } from './device-change-actions';

const seen = startApiTestServer();
stubBrowserStore();
const batchId = 'Lab #3';
const updatesUrl = apiUrl(`/v1/customers/${customerId}/DevicePolicyUpdates`);
const deviceUrl = (id: string) =>
  apiUrl(`/v1/customers/${customerId}/deviceBatches/Lab%20%233/devices/${id}`);

const aDevice = (id: string, overrides: Partial<ChangeableDevice> = {}): ChangeableDevice => ({
  id,
  serialNumber: `SN-${id}`,
  productKey: undefined,
  hardwareHash: undefined,
  manufacturer: 'Dell Inc.',
  modelName: 'Latitude 5440',
  mayPatch: true,
  mayDelete: true,
  ...overrides,
});
const devices = (count: number) =>
  Array.from({ length: count }, (_, index) => aDevice(`d${String(index + 1)}`));

const kiosk: Policy = {
  id: 'policy-kiosk',
  name: 'Kiosk <b>Receptie</b> – ü',
  description: 'Shared devices at the front desk',
  devicesAssigned: 12,
  policySettings: ['skip_eula'],
};
const standard: Policy = {
  id: 'policy-standard',
  name: 'Standard User',
  description: undefined,
  devicesAssigned: undefined,
  policySettings: ['none'],
};

let tracking = 0;
const accepted = () =>
  new HttpResponse(null, {
    status: 202,
    headers: { Location: `/customers/${customerId}/batchJobStatus/job-${String(++tracking)}` },
  });
const patches = () => seen.requests.filter((request) => request.method === 'PATCH');
const deletes = () => seen.requests.filter((request) => request.method === 'DELETE');

interface Options {
  readonly selected?: readonly ChangeableDevice[];
  readonly profiles?: Partial<ProfilesState>;
  readonly role?: PartnerRole;
}

function renderActions({
  selected = devices(3),
  profiles = {},
  role = 'admin-agent',
}: Options = {}) {
  const onChangeStarted = vi.fn();
  const onProfilesWanted = vi.fn();
  const retry = vi.fn();
  const result = renderChangeRoute(
    <DeviceChangeActions
      customerId={customerId}
      customerName="Contoso & Co"
      batchId={batchId}
      devices={selected}
      onChangeStarted={onChangeStarted}
      profiles={{ profiles: [standard, kiosk], error: null, retry, ...profiles }}
      onProfilesWanted={onProfilesWanted}
      role={role}
      accountId="adele"
    />,
    { path: paths.devices.path, url: paths.devices.getHref(customerId, batchId) },
  );
  return { ...result, onChangeStarted, onProfilesWanted, retry };
}

async function chooseKiosk() {
  await userEvent.click(screen.getByRole('button', { name: 'Assign profile…' }));
  const dialog = await screen.findByRole('dialog', { name: 'Assign an Autopilot profile' });
  await userEvent.click(within(dialog).getByRole('radio', { name: 'Kiosk <b>Receptie</b> – ü' }));
  await userEvent.click(within(dialog).getByRole('button', { name: 'Next' }));
  return dialog;
}

beforeEach(() => {
  tracking = 0;
  sessionStorage.clear();
});
afterEach(() => {
  forgetDeregistrationRuns();
});

describe('device change actions', () => {
  it('offers each action for the devices that allow it, and says how many it leaves out', () => {
    renderActions({
      selected: [
        aDevice('d1'),
        aDevice('d2', { mayPatch: false, mayDelete: false }),
        aDevice('d3', { mayPatch: false }),
      ],
    });
    expect(
      screen.getByText(
        '2 selected devices may not be given a profile (Partner Center does not allow it for these devices): they are left out.',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        '1 selected device may not be deregistered (Partner Center does not allow it for this device): it is left out.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Assign profile…' })).toBeEnabled();

    renderActions({ selected: [aDevice('d4', { mayPatch: false, mayDelete: false })] });
    expect(screen.getAllByRole('button', { name: 'Assign profile…' }).at(-1)).toBeDisabled();
    expect(screen.getAllByRole('button', { name: 'Deregister…' }).at(-1)).toBeDisabled();
  });

  it('hides “Deregister…” while presenting, until the presenter switches it on', async () => {
    sessionStorage.setItem(presenterStorageKey, 'on');
    renderActions();
    expect(screen.queryByRole('button', { name: 'Deregister…' })).not.toBeInTheDocument();
    expect(screen.getByText('Deregistering is hidden while you present.')).toBeInTheDocument();

    await userEvent.click(
      screen.getByRole('switch', { name: 'Show destructive actions while presenting' }),
    );
    expect(screen.getByRole('button', { name: 'Deregister…' })).toBeEnabled();
  });

  describe('assigning a profile', () => {
    it('names the count, batch, customer and profile, says what will not happen, and sends once', async () => {
      server.use(http.patch(updatesUrl, accepted));
      const { router, onChangeStarted, onProfilesWanted } = renderActions();
      const dialog = await chooseKiosk();
      expect(onProfilesWanted).toHaveBeenCalled();

      expect(
        within(dialog).getByText(
          '3 devices of the batch “Lab #3” of Contoso & Co will get the Autopilot profile “Kiosk <b>Receptie</b> – ü”.',
        ),
      ).toBeInTheDocument();
      expect(
        within(dialog).getByText(
          'A device gets the profile the next time it goes through the out-of-box setup (OOBE). Devices that are already set up and in use are not changed until they are reset.',
        ),
      ).toBeInTheDocument();
      expect(
        within(dialog).getByText(
          'The batch’s other devices, and the customer’s other batches, are not touched.',
        ),
      ).toBeInTheDocument();
      expect(dialog.querySelector('b')).toBeNull();
      expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();

      await userEvent.click(within(dialog).getByRole('button', { name: 'Assign to 3 devices' }));

      expect(await screen.findByRole('heading', { name: /^Tracker of job-1 / })).toHaveTextContent(
        '?kind=assign&batch=Lab+%233&profile=policy-kiosk',
      );
      expect(patches()).toHaveLength(1);
      expect(onChangeStarted).toHaveBeenCalledTimes(1);
      expect(router.state.location.pathname).toBe(`/customers/${customerId}/device-changes/job-1`);
      const kept = await findRememberedChange(browserStore, 'adele', customerId, 'job-1');
      expect(kept).toMatchObject({
        kind: 'assign',
        policyId: 'policy-kiosk',
        trackingIds: ['job-1'],
      });
    });

    it('closes on Escape without sending anything', async () => {
      renderActions();
      const dialog = await chooseKiosk();
      await userEvent.keyboard('{Escape}');
      await waitFor(() => {
        expect(dialog).not.toBeInTheDocument();
      });
      expect(patches()).toHaveLength(0);
    });

    it('splits 1,001 devices into PATCHes of at most 500 and says so before sending', async () => {
      server.use(http.patch(updatesUrl, accepted));
      renderActions({ selected: devices(1_001) });
      const dialog = await chooseKiosk();
      expect(
        within(dialog).getByText(
          'They are sent to Partner Center in 3 requests of at most 500 devices, one after another.',
        ),
      ).toBeInTheDocument();
      await userEvent.click(
        within(dialog).getByRole('button', { name: 'Assign to 1,001 devices' }),
      );

      const tracker = await screen.findByRole('heading', { name: /^Tracker of job-1 / });
      expect(tracker).toHaveTextContent('&also=job-2&also=job-3');
      const sizes = await Promise.all(
        patches().map(async (request) => {
          const body = (await request.clone().json()) as { devices: unknown[] };
          return body.devices.length;
        }),
      );
      expect(sizes).toEqual([500, 500, 1]);
    });

    it('never sends again after a 500: says the outcome is unknown and where to check', async () => {
      server.use(
        http.patch(updatesUrl, () =>
          HttpResponse.json(
            { code: 800003, description: 'Unexpected service error' },
            { status: 500, headers: { 'MS-RequestId': 'req-patch-500' } },
          ),
        ),
      );
      renderActions();
      const dialog = await chooseKiosk();
      await userEvent.click(within(dialog).getByRole('button', { name: 'Assign to 3 devices' }));

      const alert = await within(dialog).findByRole('alert');
      expect(alert).toHaveTextContent('Partner Center did not confirm the change');
      expect(alert).toHaveTextContent(
        'It was not sent again. Before assigning again, wait a few minutes and check the devices’ “Autopilot profile” column',
      );
      expect(alert).toHaveTextContent('req-patch-500');
      expect(within(alert).queryByRole('button', { name: /send again|try again/i })).toBeNull();
      expect(
        within(alert).getByRole('button', { name: 'Check the batch’s devices' }),
      ).toBeVisible();
      expect(patches()).toHaveLength(1);
    });

    it('after a 429 says nothing changed, and sends again on request', async () => {
      let answers = 0;
      server.use(
        http.patch(updatesUrl, () =>
          ++answers === 1
            ? HttpResponse.json(
                { statusCode: 429, message: 'Rate limit is exceeded.' },
                { status: 429, headers: { 'Retry-After': '1' } },
              )
            : accepted(),
        ),
      );
      renderActions();
      const dialog = await chooseKiosk();
      await userEvent.click(within(dialog).getByRole('button', { name: 'Assign to 3 devices' }));

      const alert = await within(dialog).findByRole('alert');
      expect(alert).toHaveTextContent('Partner Center is busy and refused the request');
      expect(alert).toHaveTextContent('nothing was changed by it');
      expect(patches()).toHaveLength(1);
      await userEvent.click(
        within(alert).getByRole('button', { name: 'Send again for 3 devices' }),
      );

      expect(
        await screen.findByRole('heading', { name: /^Tracker of job-1 / }),
      ).toBeInTheDocument();
      expect(patches()).toHaveLength(2);
    });

    it('says when the profile was deleted meanwhile, and offers to choose another', async () => {
      server.use(
        http.patch(updatesUrl, () =>
          HttpResponse.json({ code: 1000, description: 'Policy not found' }, { status: 404 }),
        ),
      );
      const { retry } = renderActions();
      const dialog = await chooseKiosk();
      await userEvent.click(within(dialog).getByRole('button', { name: 'Assign to 3 devices' }));

      const alert = await within(dialog).findByRole('alert');
      expect(alert).toHaveTextContent('This profile no longer exists');
      expect(alert).toHaveTextContent(
        'Partner Center has no profile “Kiosk <b>Receptie</b> – ü” any more: it was deleted after you chose it.',
      );
      await userEvent.click(within(alert).getByRole('button', { name: 'Choose another profile' }));

      expect(retry).toHaveBeenCalled();
      expect(within(dialog).getByRole('radio', { name: 'Standard User' })).not.toBeChecked();
      expect(within(dialog).getByRole('button', { name: 'Next' })).toBeDisabled();
    });

    it('says why the profiles could not be loaded, with a way to try again', async () => {
      const { retry } = renderActions({
        profiles: {
          profiles: undefined,
          error: new Error('offline'),
        },
      });
      await userEvent.click(screen.getByRole('button', { name: 'Assign profile…' }));
      const dialog = await screen.findByRole('dialog', { name: 'Assign an Autopilot profile' });
      expect(
        within(dialog).getByText('This customer’s profiles could not be loaded.'),
      ).toBeVisible();
      await userEvent.click(within(dialog).getByRole('button', { name: 'Try again' }));
      expect(retry).toHaveBeenCalled();
    });
  });

  describe('deregistering', () => {
    it('names the count, batch and customer, says what it does not do, and that it cannot be undone', async () => {
      renderActions({ role: 'unknown' });
      await userEvent.click(screen.getByRole('button', { name: 'Deregister…' }));
      const dialog = await screen.findByRole('dialog', { name: 'Deregister these devices?' });

      expect(
        within(dialog).getByText(
          '3 devices of the batch “Lab #3” of Contoso & Co will be deregistered from Windows Autopilot.',
        ),
      ).toBeInTheDocument();
      expect(
        within(dialog).getByText(
          'It does NOT unenroll the devices from Intune, and does NOT remove them from Microsoft Entra ID: do that there, if needed.',
        ),
      ).toBeInTheDocument();
      expect(within(dialog).getByText(/^It cannot be undone\./)).toBeInTheDocument();
      expect(
        within(dialog).getByText(
          'Changing devices needs the Admin agent role in Partner Center. Partner Center checks it when you send the change.',
        ),
      ).toBeInTheDocument();
      expect(
        within(dialog).getByRole('button', { name: 'Download the CSV of these devices' }),
      ).toBeEnabled();
      expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();

      await userEvent.keyboard('{Escape}');
      await waitFor(() => {
        expect(dialog).not.toBeInTheDocument();
      });
      expect(deletes()).toHaveLength(0);
    });

    it('keeps the change in the browser, opens its tracker and sends the DELETEs', async () => {
      server.use(http.delete(deviceUrl(':id'), () => new HttpResponse(null, { status: 204 })));
      const { router, onChangeStarted } = renderActions({
        selected: [aDevice('d1'), aDevice('d2', { mayDelete: false })],
      });
      await userEvent.click(screen.getByRole('button', { name: 'Deregister…' }));
      const dialog = await screen.findByRole('dialog', { name: 'Deregister these devices?' });
      await userEvent.click(within(dialog).getByRole('button', { name: 'Deregister 1 device' }));

      expect(await screen.findByRole('heading', { name: /^Tracker of / })).toHaveTextContent(
        '?kind=deregister&batch=Lab+%233',
      );
      expect(onChangeStarted).toHaveBeenCalledTimes(1);
      const changeId = router.state.location.pathname.split('/').at(-1) ?? '';
      await waitFor(() => {
        expect(deletes().map((request) => request.url)).toEqual([deviceUrl('d1')]);
      });
      expect(await findRememberedChange(browserStore, 'adele', customerId, changeId)).toMatchObject(
        {
          kind: 'deregister',
          batchId,
          devices: [{ id: 'd1', serialNumber: 'SN-d1' }],
        },
      );
    });
  });
});
