import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http } from 'msw';
import { presenterStorageKey } from '@/lib/presenter/presenter-mode-store';
import { server, startApiTestServer } from '@/lib/api-client/testing/api-test-server';
import {
  apiErrorAnswer,
  makePolicy,
  policiesHandler,
  policiesUrl,
} from '../testing/profile-fixtures';
import { renderProfilesView } from '../testing/render-profiles-view';

startApiTestServer();

const kiosk = makePolicy({
  id: 'kiosk-1',
  name: '<b>Kiosk</b> – Ölçü "quoted" & more',
  description: 'Front desk, ask jan.devries@contoso.example',
  policySettings: ['skip_express_settings', 'oobe_user_not_local_admin', 'skip_keyboard_selection'],
  devicesAssigned: 12,
});
const standard = makePolicy({
  id: 'standard-1',
  name: 'Standard User',
  policySettings: ['none'],
  devicesAssigned: 1,
});
const unused = makePolicy({
  id: 'unused-1',
  name: 'Archive',
  devicesAssignedCount: 0,
  devicesAssigned: undefined,
});

/** The profiles' own list items (each card holds a list of settings of its own). */
const cards = () =>
  Array.from(screen.getByRole('list', { name: 'Autopilot profiles' }).children) as HTMLElement[];

afterEach(() => {
  sessionStorage.clear();
});

describe('ProfilesView', () => {
  it('lists every profile by name, its settings in words, its devices as a link, and when it last changed', async () => {
    server.use(policiesHandler([standard, kiosk, unused]));
    renderProfilesView();

    const headings = await screen.findAllByRole('heading', { level: 3 });
    // By name as the language sorts it: the "<" of the markup sorts before the letters.
    expect(headings.map((heading) => heading.textContent)).toEqual([
      '<b>Kiosk</b> – Ölçü "quoted" & more',
      'Archive',
      'Standard User',
    ]);
    expect(screen.getByText('3 profiles')).toBeVisible();
    // Markup in a name is text: no bold element was made from it.
    expect(document.querySelector('main b, [role="list"] b')).toBeNull();

    const card = cards()[0];
    if (!card) throw new Error('no card for the kiosk profile');
    expect(within(card).getByText('The user is not a local administrator')).toBeVisible();
    expect(within(card).getByText('Skip the express (privacy) settings')).toBeVisible();
    expect(within(card).getByText('skip_keyboard_selection')).toBeVisible();
    expect(within(card).getByText('Front desk, ask jan.devries@contoso.example')).toBeVisible();
    expect(within(card).getByText('May 2, 2024, 10:00 AM', { exact: false })).toBeVisible();
    expect(
      within(card).getByRole('link', {
        name: '12 devices with <b>Kiosk</b> – Ölçü "quoted" & more',
      }),
    ).toHaveAttribute(
      'href',
      '/customers/5c7e1a2b-3d4f-4a6b-8c9d-0e1f2a3b4c5d/profiles/kiosk-1/devices',
    );

    expect(within(cards()[2] ?? document.body).getByText('No settings')).toBeVisible();
    expect(screen.getByRole('link', { name: '1 device with Standard User' })).toBeVisible();
    expect(screen.getByRole('link', { name: '0 devices with Archive' })).toBeVisible();
  });

  it('offers an Admin agent “New profile…” and each profile’s edit and delete, named by the profile', async () => {
    server.use(policiesHandler([kiosk]));
    renderProfilesView({ role: 'admin-agent' });

    await screen.findByRole('heading', { name: /Kiosk/ });
    expect(screen.getByRole('button', { name: 'New profile…' })).toBeVisible();
    expect(
      screen.getByRole('button', { name: 'Edit <b>Kiosk</b> – Ölçü "quoted" & more…' }),
    ).toBeVisible();
    expect(
      screen.getByRole('button', { name: 'Delete <b>Kiosk</b> – Ölçü "quoted" & more…' }),
    ).toBeVisible();
    expect(screen.queryByText(/Partner Center checks it when you save/)).toBeNull();
  });

  it('shows an account known not to be an Admin agent no way to change profiles, and says why', async () => {
    server.use(policiesHandler([kiosk]));
    renderProfilesView({ role: 'not-admin-agent' });

    await screen.findByRole('heading', { name: /Kiosk/ });
    expect(screen.getByText('Your account cannot change Autopilot profiles')).toBeVisible();
    expect(screen.getByText(/needs the Admin agent role in Partner Center/)).toBeVisible();
    expect(screen.queryByRole('button', { name: /New profile|Edit|Delete/ })).toBeNull();
  });

  it('keeps the controls when the role is not known, saying Partner Center checks it', async () => {
    server.use(policiesHandler([kiosk]));
    renderProfilesView({ role: 'unknown' });

    expect(await screen.findByRole('button', { name: 'New profile…' })).toBeVisible();
    expect(
      screen.getByText(
        'Changing profiles needs the Admin agent role in Partner Center. Partner Center checks it when you save.',
      ),
    ).toBeVisible();
  });

  it('says when the customer has no profiles', async () => {
    server.use(policiesHandler([]));
    renderProfilesView();
    expect(await screen.findByText('No Autopilot profiles yet')).toBeVisible();
  });

  it('says when the list could not be loaded, with the ids, and loads it again on retry', async () => {
    server.use(http.get(policiesUrl, () => apiErrorAnswer(400, 800002, 'Invalid request input')));
    renderProfilesView();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The Autopilot profiles could not be loaded');
    expect(alert).toHaveTextContent('request-id-1');
    server.use(policiesHandler([kiosk]));
    await userEvent.click(within(alert).getByRole('button', { name: /Try again/ }));
    expect(await screen.findByRole('heading', { name: /Kiosk/ })).toBeVisible();
  });

  it('masks email addresses in presenter mode, and nothing else', async () => {
    sessionStorage.setItem(presenterStorageKey, 'on');
    server.use(policiesHandler([kiosk]));
    renderProfilesView();
    expect(await screen.findByText('Front desk, ask ••••••••@contoso.example')).toBeVisible();
    expect(
      screen.getByRole('heading', { name: '<b>Kiosk</b> – Ölçü "quoted" & more' }),
    ).toBeVisible();
  });

  it('speaks Dutch', async () => {
    server.use(policiesHandler([kiosk, standard]));
    renderProfilesView({ locale: 'nl-NL' });
    expect(await screen.findByText('De gebruiker is geen lokale beheerder')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Nieuw profiel…' })).toBeVisible();
    expect(screen.getByText('Geen instellingen')).toBeVisible();
    expect(screen.getByRole('link', { name: '1 apparaat met Standard User' })).toBeVisible();
    expect(screen.getByText('2 profielen')).toBeVisible();
    expect(screen.getAllByText('Laatst gewijzigd')).toHaveLength(2);
  });
});
