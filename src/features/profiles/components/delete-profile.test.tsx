import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { server, startApiTestServer } from '@/lib/api-client/testing/api-test-server';
import {
  apiErrorAnswer,
  makePolicy,
  policiesHandler,
  policyUrl,
} from '../testing/profile-fixtures';
import { renderProfilesView } from '../testing/render-profiles-view';

const seen = startApiTestServer();
const user = userEvent.setup();

const used = makePolicy({ id: 'used-1', name: 'Kiosk', devicesAssigned: 12 });
const unused = makePolicy({ id: 'unused-1', name: 'Archive', devicesAssigned: 0 });
const deletes = () => seen.requests.filter((request) => request.method === 'DELETE');

async function openDelete(name: string) {
  await user.click(await screen.findByRole('button', { name: `Delete ${name}…` }));
  return screen.findByRole('dialog', { name: `Delete ${name}?` });
}

describe('deleting a profile', () => {
  it('asks once, naming the profile and the customer and saying it cannot be undone; Cancel is focused', async () => {
    server.use(
      policiesHandler([used, unused]),
      http.delete(policyUrl('unused-1'), () => {
        server.use(policiesHandler([used]));
        return new HttpResponse(null, { status: 204 });
      }),
    );
    renderProfilesView();
    const dialog = await openDelete('Archive');

    expect(dialog).toHaveTextContent(
      'This deletes the Autopilot profile “Archive” of Contoso Ltd from Partner Center.',
    );
    expect(dialog).toHaveTextContent('This cannot be undone.');
    expect(dialog).toHaveTextContent('No devices use it now.');
    await waitFor(() => {
      expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    });
    await user.click(within(dialog).getByRole('button', { name: 'Delete profile' }));

    const done = await screen.findByText('The profile “Archive” was deleted.');
    await waitFor(() => {
      expect(done).toHaveFocus();
    });
    expect(screen.queryByRole('heading', { name: 'Archive' })).toBeNull();
    expect(screen.getByRole('heading', { name: 'Kiosk' })).toBeVisible();
    expect(deletes()).toHaveLength(1);
  });

  it('says before trying that devices use a profile the list says is in use, with the way to them', async () => {
    server.use(policiesHandler([used]));
    const { router } = renderProfilesView();
    const dialog = await openDelete('Kiosk');

    expect(dialog).toHaveTextContent(
      '12 devices use “Kiosk”. Partner Center does not delete a profile while devices use it',
    );
    expect(within(dialog).queryByRole('button', { name: 'Delete profile' })).toBeNull();
    await user.click(within(dialog).getByRole('link', { name: 'Show the 12 devices' }));
    expect(await screen.findByRole('heading', { name: 'Devices of profile used-1' })).toBeVisible();
    expect(router.state.location.pathname).toBe(
      '/customers/5c7e1a2b-3d4f-4a6b-8c9d-0e1f2a3b4c5d/profiles/used-1/devices',
    );
    expect(deletes()).toHaveLength(0);
  });

  it('shows Partner Center’s explanation when it refuses with 409, with the way to the devices', async () => {
    server.use(
      policiesHandler([unused]),
      http.delete(policyUrl('unused-1'), () =>
        apiErrorAnswer(409, 800002, 'The policy is assigned to 2 devices and cannot be deleted'),
      ),
    );
    renderProfilesView();
    const dialog = await openDelete('Archive');
    await user.click(within(dialog).getByRole('button', { name: 'Delete profile' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('Partner Center did not delete “Archive”: devices use it');
    expect(alert).toHaveTextContent(
      'Partner Center says: “The policy is assigned to 2 devices and cannot be deleted”',
    );
    expect(alert).toHaveTextContent('request-id-1');
    expect(
      within(alert).getByRole('link', { name: 'Show the devices that use it' }),
    ).toHaveAttribute(
      'href',
      '/customers/5c7e1a2b-3d4f-4a6b-8c9d-0e1f2a3b4c5d/profiles/unused-1/devices',
    );
    expect(within(dialog).queryByRole('button', { name: 'Delete profile' })).toBeNull();
    expect(deletes()).toHaveLength(1);
  });

  it('counts a profile already gone as deleted', async () => {
    server.use(
      policiesHandler([unused]),
      http.delete(policyUrl('unused-1'), () => apiErrorAnswer(404, 1000, 'Policy not found')),
    );
    renderProfilesView();
    const dialog = await openDelete('Archive');
    await user.click(within(dialog).getByRole('button', { name: 'Delete profile' }));
    expect(await screen.findByText('The profile “Archive” was already deleted.')).toBeVisible();
  });

  it('offers to try again after a failure that is not a refusal, resending the DELETE', async () => {
    let calls = 0;
    server.use(
      policiesHandler([unused]),
      http.delete(policyUrl('unused-1'), () => {
        calls += 1;
        return calls <= 4
          ? apiErrorAnswer(500, 800003, 'Unexpected service error')
          : new HttpResponse(null, { status: 204 });
      }),
    );
    renderProfilesView();
    const dialog = await openDelete('Archive');
    await user.click(within(dialog).getByRole('button', { name: 'Delete profile' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('The profile was not deleted');
    // The client already tried four times (a DELETE is retried like a read).
    expect(deletes()).toHaveLength(4);

    await user.click(within(alert).getByRole('button', { name: /Try again/ }));
    expect(await screen.findByText('The profile “Archive” was deleted.')).toBeVisible();
  });

  it('explains a refusal for want of the Admin agent role', async () => {
    server.use(
      policiesHandler([unused]),
      http.delete(policyUrl('unused-1'), () =>
        apiErrorAnswer(403, 2032, 'Access denied: this operation needs the Admin agent role'),
      ),
    );
    renderProfilesView({ role: 'unknown' });
    const dialog = await openDelete('Archive');
    await user.click(within(dialog).getByRole('button', { name: 'Delete profile' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Partner Center refused: this needs the Admin agent role',
    );
  });
});
