import { screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { paths } from '@/config/paths';
import type { PartnerRole } from '@/lib/auth/partner-role';
import { apiUrl, server, startApiTestServer } from '@/lib/api-client/testing/api-test-server';
import { browserStore } from '@/lib/storage/browser-store';
import { stubBrowserStore } from '@/lib/storage/testing/stub-browser-store';
import { knownDevicesFrom } from '../csv/known-devices';
import { goodHash, intuneHeader, knownSerial } from '../csv/testing/autopilot-file-bytes';
import { makeSampleAutopilotCsv } from '../csv/testing/make-sample-autopilot-csv';
import type { KnownDevicesCheck } from '../known-devices-check';
import {
  renderUploadRoute,
  uploadTestCustomerId as customerId,
} from '../testing/render-upload-route';
import { readRememberedUploads } from '../tracking/remembered-uploads';
import { RegisterDevicesView } from './register-devices-view';

const seen = startApiTestServer();
const storage = stubBrowserStore();

const accountId = 'adele-account';
const batchesUrl = apiUrl(`/v1/customers/${customerId}/deviceBatches`);

/** Six good devices (lines 2–7), then three rows with problems (lines 8–10). */
const sample = makeSampleAutopilotCsv(6, { hashBytes: 600 });
const firstDeviceLine = sample.split('\r\n')[1] ?? '';
const mixedCsv = `${sample}${[
  'HX7Q2K1,,,HP,', // no hash, no product ID, and no model
  `${knownSerial},,,LENOVO,21HD003QMH`, // already in one of the customer's batches
  firstDeviceLine, // line 2 again
].join('\r\n')}\r\n`;

/** Stable, as the page's own hook keeps it: the file is read again when it changes. */
const knownDevices: KnownDevicesCheck = {
  status: 'complete',
  known: knownDevicesFrom([{ serialNumber: knownSerial }]),
  deviceCount: 1,
  retry: () => undefined,
};

function renderView({
  role = 'admin-agent',
  presetBatchId,
  batchesLoading = false,
  batchesFailure,
}: {
  role?: PartnerRole;
  presetBatchId?: string;
  batchesLoading?: boolean;
  batchesFailure?: { error: unknown; retry: () => void };
} = {}) {
  const existingNames = batchesLoading || batchesFailure ? undefined : ['Lab #3'];
  return renderUploadRoute(
    <RegisterDevicesView
      customerId={customerId}
      customerName="Contoso"
      existingNames={existingNames}
      batchesFailure={batchesFailure}
      knownDevices={knownDevices}
      role={role}
      accountId={accountId}
      presetBatchId={presetBatchId}
    />,
    { path: paths.registerDevices.path, url: paths.registerDevices.getHref(customerId) },
  );
}

/** `POST …/deviceBatches` answered by `answer`, counting the requests. */
function createBatchHandler(answer: () => Response) {
  const posts: unknown[] = [];
  server.use(
    http.post(batchesUrl, async ({ request }) => {
      posts.push(await request.json());
      return answer();
    }),
  );
  return posts;
}

const accepted = (trackingId: string) => () =>
  new HttpResponse(null, {
    status: 202,
    headers: { Location: `/customers/${customerId}/batchJobStatus/${trackingId}` },
  });

async function chooseFile(user: UserEvent, text: string, name = 'devices.csv') {
  await user.upload(
    screen.getByLabelText('Choose a file…'),
    new File([text], name, { type: 'text/csv' }),
  );
  await screen.findByRole('heading', { name: 'What the file holds' });
}

const reviewButton = () => screen.getByRole('button', { name: 'Review and register 6 devices…' });
const nameBox = () => screen.getByRole('textbox', { name: 'Name of the new batch' });

/** The mixed file chosen, its bad rows left out, a new batch named, and the dialog open. */
async function openConfirmation(user: UserEvent, batchName = 'Lab #4') {
  await chooseFile(user, mixedCsv);
  await user.click(screen.getByRole('button', { name: 'Leave out these 3 rows' }));
  await user.type(nameBox(), batchName);
  await user.click(reviewButton());
  return screen.findByRole('dialog', { name: 'Register these devices?' });
}

describe('RegisterDevicesView', () => {
  it('counts the rows of the chosen file and lists each row with a problem, with the reason in words', async () => {
    const user = userEvent.setup({ delay: null });
    renderView();
    await chooseFile(user, mixedCsv);

    const summary = screen.getByRole('region', { name: 'What the file holds' });
    expect(within(summary).getByText('Partner Center CSV')).toBeVisible();
    expect(within(summary).getByText('9 rows')).toBeVisible();
    expect(within(summary).getByText('6 devices ready to register')).toBeVisible();
    expect(within(summary).getByText('3 rows with problems')).toBeVisible();
    expect(
      within(summary).getByText('Checked against the 1 device this customer already has.'),
    ).toBeVisible();

    const table = screen.getByRole('table', { name: 'Rows with problems' });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      );
    expect(rows.map(([line]) => line)).toEqual(['8', '9', '10']);
    expect(rows[0]?.[2]).toBe(
      'No hardware hash or product ID, and the model is missing: serial number, manufacturer and model are needed together.',
    );
    expect(rows[1]?.[2]).toBe(
      'Already registered to this customer (same serial number): Partner Center would refuse it.',
    );
    expect(rows[2]?.[2]).toMatch(/^The same device as line 2 \(same /);
  });

  it('lets the devices be reviewed only once the rows with problems are left out', async () => {
    const user = userEvent.setup({ delay: null });
    renderView();
    await chooseFile(user, mixedCsv);
    await user.type(nameBox(), 'Lab #4');

    expect(reviewButton()).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Leave out these 3 rows' }));
    expect(screen.getByText('These 3 rows will be left out.')).toBeVisible();
    expect(reviewButton()).toBeEnabled();

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(reviewButton()).toBeDisabled();
  });

  it('refuses a batch name the customer already has, whatever its case', async () => {
    const user = userEvent.setup({ delay: null });
    renderView();
    await chooseFile(user, mixedCsv);
    await user.click(screen.getByRole('button', { name: 'Leave out these 3 rows' }));

    await user.type(nameBox(), 'lab #3');
    expect(nameBox()).toHaveAccessibleDescription(
      expect.stringContaining(
        'This customer already has a batch named “lab #3”. Choose another name, or add to that batch.',
      ),
    );
    await user.click(reviewButton());
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('asks once, naming the count, the batch and the customer, then sends one POST and opens the tracker', async () => {
    const user = userEvent.setup({ delay: null });
    const posts = createBatchHandler(accepted('track-register-1'));
    const { router } = renderView();

    const dialog = await openConfirmation(user);
    expect(dialog).toHaveTextContent(
      '6 devices will be registered in a new batch “Lab #4” for Contoso.',
    );
    expect(dialog).toHaveTextContent('The 3 rows with problems will not be sent.');
    expect(posts).toHaveLength(0);

    await user.click(within(dialog).getByRole('button', { name: 'Register 6 devices' }));

    expect(
      await screen.findByRole('heading', { name: /^Tracker of track-register-1/ }),
    ).toBeVisible();
    expect(router.state.location.pathname).toBe(
      `/customers/${customerId}/uploads/track-register-1`,
    );
    expect(new URLSearchParams(router.state.location.search).get('batch')).toBe('Lab #4');
    expect(posts).toHaveLength(1);
    expect(seen.requests.map((request) => `${request.method} ${request.url}`)).toEqual([
      `POST ${batchesUrl}`,
    ]);
    // Only the six good rows, in the file's order, to the named batch.
    expect(posts[0]).toMatchObject({ batchId: 'Lab #4' });
    const sent = (posts[0] as { devices: { serialNumber: string }[] }).devices;
    expect(sent.map((device) => device.serialNumber)).toEqual(
      ['0', '1', '2', '3', '4', '5'].map((index) => `SMP000000${index}`),
    );
    // Remembered for the batches page's list of recent uploads.
    expect(
      (await readRememberedUploads(browserStore, accountId, customerId)).map(
        (upload) => upload.uploadId,
      ),
    ).toEqual(['track-register-1']);
    expect(storage.size).toBe(1);
  });

  it('adds to the batch the address names, posting the devices to that batch', async () => {
    const user = userEvent.setup({ delay: null });
    const posts: unknown[] = [];
    server.use(
      http.post(
        apiUrl(`/v1/customers/${customerId}/deviceBatches/Lab%20%233/devices`),
        async ({ request }) => {
          posts.push(await request.json());
          return accepted('track-register-2')();
        },
      ),
    );
    const { router } = renderView({ presetBatchId: 'Lab #3' });
    await chooseFile(user, sample);

    expect(screen.getByRole('radio', { name: 'An existing batch' })).toBeChecked();
    expect(screen.getByRole('combobox', { name: 'Batch to add the devices to' })).toHaveValue(
      'Lab #3',
    );
    await user.click(reviewButton());
    const dialog = await screen.findByRole('dialog', { name: 'Register these devices?' });
    expect(dialog).toHaveTextContent('6 devices will be added to the batch “Lab #3” of Contoso.');
    expect(dialog).not.toHaveTextContent(/rows with problems/);
    await user.click(within(dialog).getByRole('button', { name: 'Register 6 devices' }));

    expect(
      await screen.findByRole('heading', { name: /^Tracker of track-register-2/ }),
    ).toBeVisible();
    expect(new URLSearchParams(router.state.location.search).get('batch')).toBe('Lab #3');
    expect(posts).toHaveLength(1);
    expect((posts[0] as unknown[]).length).toBe(6);
    expect(seen.requests).toHaveLength(1);
  });

  it('says at once that the batch the address names does not exist, and sends nothing', async () => {
    const user = userEvent.setup({ delay: null });
    const posts = createBatchHandler(accepted('never'));
    renderView({ presetBatchId: 'Lab #9' });
    await chooseFile(user, sample);

    expect(
      screen.getByText(
        'This customer has no batch named “Lab #9”. Choose one of its batches, or register the devices in a new batch.',
      ),
    ).toBeVisible();
    await user.click(reviewButton());
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(posts).toHaveLength(0);
  });

  it('waits for the customer’s batches before the devices can be reviewed, saying so', async () => {
    const user = userEvent.setup({ delay: null });
    renderView({ batchesLoading: true });
    await chooseFile(user, sample);
    await user.type(nameBox(), 'Lab #4');

    expect(reviewButton()).toBeDisabled();
    expect(screen.getByRole('status')).toHaveTextContent('Loading this customer’s batches…');
  });

  it('says the customer’s batches could not be loaded and offers to try again', async () => {
    const user = userEvent.setup({ delay: null });
    let retried = 0;
    renderView({
      batchesFailure: {
        error: new Error('network down'),
        retry: () => {
          retried += 1;
        },
      },
    });
    await chooseFile(user, sample);

    const panel = screen.getByRole('alert');
    expect(panel).toHaveTextContent(
      'This customer’s batches could not be loaded, so the batch cannot be checked yet.',
    );
    expect(reviewButton()).toBeDisabled();
    await user.click(within(panel).getByRole('button', { name: 'Try again' }));
    expect(retried).toBe(1);
  });

  it('says Partner Center did not confirm a 500 and does not send the POST again', async () => {
    const user = userEvent.setup({ delay: null });
    const posts = createBatchHandler(() => new HttpResponse(null, { status: 500 }));
    const { router } = renderView();

    const dialog = await openConfirmation(user);
    await user.click(within(dialog).getByRole('button', { name: 'Register 6 devices' }));

    expect(await screen.findByText('Partner Center did not confirm the upload')).toBeVisible();
    expect(
      screen.getByText(/^Request 1 of 1 got no clear answer: Partner Center may have registered/),
    ).toBeVisible();
    expect(screen.getByRole('link', { name: 'Check the batch’s devices' })).toHaveAttribute(
      'href',
      paths.devices.getHref(customerId, 'Lab #4'),
    );
    // No way to send it again from here without going back to the file first.
    expect(screen.queryByRole('button', { name: /^Review and register/ })).toBeNull();
    expect(posts).toHaveLength(1);
    expect(router.state.location.pathname).toBe(paths.registerDevices.getHref(customerId));
  });

  it('explains a 403 as the Admin agent role missing', async () => {
    const user = userEvent.setup({ delay: null });
    const posts = createBatchHandler(() =>
      HttpResponse.json({ code: 403, description: 'Forbidden' }, { status: 403 }),
    );
    renderView({ role: 'unknown' });
    expect(
      screen.getByText(
        'Registering devices needs the Admin agent role in Partner Center. Partner Center checks it when you send the devices.',
      ),
    ).toBeVisible();

    const dialog = await openConfirmation(user);
    await user.click(within(dialog).getByRole('button', { name: 'Register 6 devices' }));

    expect(
      await screen.findByText('Partner Center refused: this needs the Admin agent role'),
    ).toBeVisible();
    expect(
      screen.getByText(
        /^Your account may read this customer’s batches but not register devices\. Nothing was registered\./,
      ),
    ).toBeVisible();
    expect(posts).toHaveLength(1);
  });

  it('closes the confirmation on Escape without sending anything', async () => {
    const user = userEvent.setup({ delay: null });
    const posts = createBatchHandler(accepted('never'));
    renderView();

    const dialog = await openConfirmation(user);
    await waitFor(() => {
      expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    });
    await user.keyboard('{Escape}');

    await waitFor(() => {
      expect(screen.queryByRole('dialog')).toBeNull();
    });
    expect(reviewButton()).toBeEnabled();
    expect(posts).toHaveLength(0);
    expect(seen.requests).toHaveLength(0);
  });

  it('tells an account without the Admin agent role that it cannot register devices, and offers no file input', () => {
    renderView({ role: 'not-admin-agent' });

    expect(screen.getByText('Your account cannot register devices')).toBeVisible();
    expect(screen.queryByLabelText('Choose a file…')).toBeNull();
    expect(document.querySelector('input[type="file"]')).toBeNull();
  });

  it('says an Intune CSV’s Group Tag and Assigned User are not sent', async () => {
    const user = userEvent.setup({ delay: null });
    renderView();
    await chooseFile(
      user,
      `${intuneHeader}\r\nPF3ABCDE,,${goodHash},Sales,ada@contoso.example\r\n`,
      'intune.csv',
    );

    const summary = screen.getByRole('region', { name: 'What the file holds' });
    expect(within(summary).getByText('Intune CSV')).toBeVisible();
    expect(within(summary).getByText(/^This is Intune’s format\./)).toHaveTextContent(
      /Group Tag.*Assigned User.*Partner Center has no such fields, so they are not sent\./,
    );
    expect(screen.getByRole('button', { name: 'Review and register 1 device…' })).toBeEnabled();
  });
});
