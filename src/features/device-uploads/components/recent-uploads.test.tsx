import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { paths } from '@/config/paths';
import { browserStore } from '@/lib/storage/browser-store';
import { stubBrowserStore } from '@/lib/storage/testing/stub-browser-store';
import { createTestQueryClient } from '@/testing/render-app';
import {
  renderUploadRoute,
  uploadTestCustomerId as customerId,
} from '../testing/render-upload-route';
import { rememberUpload, type RememberedUpload } from '../tracking/remembered-uploads';
import { rememberedUploadsQueryOptions } from '../tracking/remembered-uploads-query';
import { RecentUploads } from './recent-uploads';

// jsdom has no IndexedDB: the uploads are remembered in a Map, through the real storage functions.
stubBrowserStore();

const accountId = 'adele-account';

const upload = (uploadId: string, overrides: Partial<RememberedUpload> = {}): RememberedUpload => ({
  uploadId,
  customerId,
  batchId: 'Lab #3',
  createdBatch: true,
  requests: [{ trackingId: uploadId, deviceCount: 45 }],
  notSentDeviceCount: 0,
  startedAt: '2026-12-06T03:00:00.000Z',
  ...overrides,
});

function renderRecent(account: string | undefined = accountId) {
  const queryClient = createTestQueryClient();
  const rendered = renderUploadRoute(
    <RecentUploads customerId={customerId} accountId={account} />,
    {
      path: paths.deviceBatches.path,
      url: paths.deviceBatches.getHref(customerId),
      queryClient,
    },
  );
  /** Resolves once the remembered uploads have been read (and the answer rendered). */
  const read = () =>
    waitFor(() => {
      const { queryKey } = rememberedUploadsQueryOptions(account, customerId);
      expect(queryClient.getQueryState(queryKey)?.status).toBe('success');
    });
  return { ...rendered, read };
}

const region = () => screen.findByRole('region', { name: 'Your recent uploads for this customer' });

describe('RecentUploads', () => {
  it('links each of the account’s uploads for the customer to its tracker, newest first', async () => {
    await rememberUpload(browserStore, accountId, upload('track-a'));
    await rememberUpload(
      browserStore,
      accountId,
      upload('track-b', {
        batchId: 'R&D 100%',
        requests: [
          { trackingId: 'track-b', deviceCount: 500 },
          { trackingId: 'track-c', deviceCount: 7 },
        ],
        startedAt: '2026-12-07T14:30:00.000Z',
      }),
    );
    // Another customer's upload, and another account's: not listed here.
    await rememberUpload(
      browserStore,
      accountId,
      upload('track-other-customer', { customerId: 'another-customer' }),
    );
    await rememberUpload(browserStore, 'alex-account', upload('track-alex'));

    const { router } = renderRecent();

    const list = await region();
    expect(within(list).getByRole('heading', { name: 'Your recent uploads' })).toBeVisible();
    const links = within(list).getAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      [
        '507 devices to R&D 100%',
        `/customers/${customerId}/uploads/track-b?batch=R%26D+100%25&also=track-c`,
      ],
      ['45 devices to Lab #3', `/customers/${customerId}/uploads/track-a?batch=Lab+%233`],
    ]);
    expect(within(list).getByText(/^Dec 7, 2026, 2:30\sPM$/)).toBeVisible();

    await userEvent.click(links[1] ?? document.body);
    expect(await screen.findByRole('heading', { name: /^Tracker of track-a/ })).toBeVisible();
    expect(router.state.location.pathname).toBe(`/customers/${customerId}/uploads/track-a`);
  });

  it('lists the latest five uploads only', async () => {
    for (let index = 1; index <= 7; index += 1) {
      await rememberUpload(
        browserStore,
        accountId,
        upload(`track-${String(index)}`, { batchId: `Wave ${String(index)}` }),
      );
    }
    renderRecent();

    const links = within(await region()).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual(
      ['Wave 7', 'Wave 6', 'Wave 5', 'Wave 4', 'Wave 3'].map((batch) => `45 devices to ${batch}`),
    );
  });

  it('shows nothing when the account has no uploads for the customer, or nobody is signed in', async () => {
    await rememberUpload(browserStore, 'alex-account', upload('track-alex'));
    await rememberUpload(
      browserStore,
      accountId,
      upload('track-other-customer', { customerId: 'another-customer' }),
    );
    const signedIn = renderRecent();
    await signedIn.read();
    expect(screen.queryByRole('heading', { name: 'Your recent uploads' })).toBeNull();
    expect(screen.queryByRole('link')).toBeNull();
    signedIn.unmount();

    const signedOut = renderRecent(undefined);
    await signedOut.read();
    expect(screen.queryByRole('heading', { name: 'Your recent uploads' })).toBeNull();
    expect(screen.queryByRole('link')).toBeNull();
  });
});
