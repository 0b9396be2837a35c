import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { server, startApiTestServer } from '@/lib/api-client/testing/api-test-server';
import {
  apiErrorAnswer,
  makePolicy,
  policiesHandler,
  policiesUrl,
  policyUrl,
} from '../testing/profile-fixtures';
import { renderProfilesView } from '../testing/render-profiles-view';

const seen = startApiTestServer();
const user = userEvent.setup();

const kiosk = makePolicy({
  id: 'kiosk-1',
  name: 'Kiosk',
  description: 'Front desk',
  policySettings: ['skip_eula', 'skip_keyboard_selection'],
  devicesAssigned: 3,
});
const hostileName = '<b>Kiosk</b> – Ölçü "quoted" & more';

async function openNewProfile() {
  await screen.findByRole('heading', { name: 'Kiosk' });
  await user.click(screen.getByRole('button', { name: 'New profile…' }));
  return screen.findByRole('dialog', { name: 'New Autopilot profile' });
}

const posts = () => seen.requests.filter((request) => request.method === 'POST');

describe('the profile form', () => {
  it('names the customer, starts on the name, and shows problems only once saving is tried', async () => {
    server.use(policiesHandler([kiosk]));
    renderProfilesView();
    const dialog = await openNewProfile();

    expect(within(dialog).getByText('For Contoso Ltd.')).toBeVisible();
    const name = within(dialog).getByRole('textbox', { name: /Name/ });
    await waitFor(() => {
      expect(name).toHaveFocus();
    });
    expect(within(dialog).queryByText('Enter a name.')).toBeNull();

    await user.click(within(dialog).getByRole('button', { name: 'Create profile' }));
    expect(within(dialog).getByText('Enter a name.')).toBeVisible();
    expect(
      within(dialog).getByText('Choose at least one setting, or “No settings”.'),
    ).toBeVisible();
    expect(name).toHaveFocus();
    expect(name).toHaveAccessibleDescription(/Enter a name\./);

    await user.type(name, 'x'.repeat(201));
    expect(
      within(dialog).getByText('The name has 201 characters; at most 200 are allowed.'),
    ).toBeVisible();
    expect(posts()).toHaveLength(0);
  });

  it('makes “No settings” exclusive: it clears the others, and another clears it', async () => {
    server.use(policiesHandler([kiosk]));
    renderProfilesView();
    const dialog = await openNewProfile();
    const settings = within(dialog).getByRole('group', { name: 'Settings' });
    const box = (name: string) => within(settings).getByRole('checkbox', { name });

    await user.click(box('Skip OEM registration'));
    await user.click(box('Skip the license terms (EULA)'));
    await user.click(box('No settings'));
    expect(box('No settings')).toBeChecked();
    expect(box('Skip OEM registration')).not.toBeChecked();
    expect(box('Skip the license terms (EULA)')).not.toBeChecked();

    await user.click(box('Remove preinstalled OEM software'));
    expect(box('No settings')).not.toBeChecked();
    expect(box('Remove preinstalled OEM software')).toBeChecked();
  });

  it('creates a profile with markup in its name, once, and lists it with its settings in words', async () => {
    const bodies: unknown[] = [];
    server.use(
      policiesHandler([kiosk]),
      http.post(policiesUrl, async ({ request }) => {
        bodies.push(await request.json());
        const created = makePolicy({
          id: 'new-1',
          name: hostileName,
          policySettings: ['skip_oem_registration'],
        });
        server.use(policiesHandler([kiosk, created]));
        return HttpResponse.json(created);
      }),
    );
    renderProfilesView();
    const dialog = await openNewProfile();
    await user.type(within(dialog).getByRole('textbox', { name: /Name/ }), hostileName);
    expect(within(dialog).getByRole('textbox', { name: /Name/ })).toHaveValue(hostileName);
    await user.click(within(dialog).getByRole('checkbox', { name: 'Skip OEM registration' }));
    await user.dblClick(within(dialog).getByRole('button', { name: 'Create profile' }));

    expect(await screen.findByText(`The profile “${hostileName}” was created.`)).toBeVisible();
    await waitFor(() => {
      expect(screen.queryByRole('dialog')).toBeNull();
    });
    expect(bodies).toEqual([
      {
        name: hostileName,
        category: 'o_o_b_e',
        description: '',
        policySettings: ['skip_oem_registration'],
      },
    ]);
    expect(posts()).toHaveLength(1);
    expect(screen.getByRole('heading', { name: hostileName, level: 3 })).toBeVisible();
  });

  it('warns, without refusing, when another profile has the name', async () => {
    server.use(policiesHandler([kiosk]));
    renderProfilesView();
    const dialog = await openNewProfile();
    const name = within(dialog).getByRole('textbox', { name: /Name/ });
    await user.type(name, 'kiosk');
    expect(name).toHaveAccessibleDescription(/Another profile of this customer is already named/);
  });

  it('says when the outcome of a create is unknown, offers to reload the list, and never sends it again', async () => {
    server.use(
      policiesHandler([kiosk]),
      http.post(policiesUrl, () => apiErrorAnswer(500, 800003, 'Unexpected service error')),
    );
    renderProfilesView();
    const dialog = await openNewProfile();
    await user.type(within(dialog).getByRole('textbox', { name: /Name/ }), 'Lobby');
    await user.click(within(dialog).getByRole('checkbox', { name: 'No settings' }));
    await user.click(within(dialog).getByRole('button', { name: 'Create profile' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('Partner Center may or may not have created the profile');
    expect(alert).toHaveTextContent(/whether “Lobby” was created/);
    expect(alert).toHaveTextContent('request-id-1');
    expect(within(dialog).queryByRole('button', { name: 'Create profile' })).toBeNull();
    expect(within(alert).queryByRole('button', { name: /Try again/ })).toBeNull();
    const gets = seen.requests.filter((request) => request.method === 'GET').length;

    await user.click(within(alert).getByRole('button', { name: 'Reload the profiles to check' }));
    await waitFor(() => {
      expect(screen.queryByRole('dialog')).toBeNull();
    });
    await waitFor(() => {
      expect(seen.requests.filter((request) => request.method === 'GET').length).toBe(gets + 1);
    });
    expect(posts()).toHaveLength(1);
  });

  it('edits a profile, keeping a setting this dashboard does not know, with a PUT', async () => {
    const bodies: unknown[] = [];
    server.use(
      policiesHandler([kiosk]),
      http.put(policyUrl('kiosk-1'), async ({ request }) => {
        const body = (await request.json()) as Record<string, unknown>;
        bodies.push(body);
        const saved = { ...kiosk, ...body };
        server.use(policiesHandler([saved]));
        return HttpResponse.json(saved);
      }),
    );
    renderProfilesView();
    await user.click(await screen.findByRole('button', { name: 'Edit Kiosk…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit Kiosk' });
    const name = within(dialog).getByRole('textbox', { name: /Name/ });
    expect(name).toHaveValue('Kiosk');
    expect(within(dialog).getByRole('textbox', { name: 'Description' })).toHaveValue('Front desk');
    expect(within(dialog).getByRole('checkbox', { name: 'skip_keyboard_selection' })).toBeChecked();
    await user.clear(name);
    await user.type(name, 'Kiosk – Lobby');
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByText('The profile “Kiosk – Lobby” was saved.')).toBeVisible();
    expect(bodies).toEqual([
      {
        name: 'Kiosk – Lobby',
        description: 'Front desk',
        policySettings: ['skip_eula', 'skip_keyboard_selection'],
      },
    ]);
    expect(screen.getByRole('heading', { name: 'Kiosk – Lobby', level: 3 })).toBeVisible();
  });

  it('says when the profile was deleted meanwhile, and when the role is missing', async () => {
    server.use(
      policiesHandler([kiosk]),
      http.put(policyUrl('kiosk-1'), () => apiErrorAnswer(404, 1000, 'Policy not found')),
    );
    renderProfilesView();
    await user.click(await screen.findByRole('button', { name: 'Edit Kiosk…' }));
    let dialog = await screen.findByRole('dialog', { name: 'Edit Kiosk' });
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'This profile no longer exists',
    );

    server.use(
      http.put(policyUrl('kiosk-1'), () =>
        apiErrorAnswer(403, 2032, 'Access denied: this operation needs the Admin agent role'),
      ),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await user.click(await screen.findByRole('button', { name: 'Edit Kiosk…' }));
    dialog = await screen.findByRole('dialog', { name: 'Edit Kiosk' });
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Partner Center refused: this needs the Admin agent role',
    );
  });
});
