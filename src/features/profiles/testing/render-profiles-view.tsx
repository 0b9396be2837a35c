import type { QueryClient } from '@tanstack/react-query';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, RouterProvider, useParams } from 'react-router';
import { paths } from '@/config/paths';
import { ApiClientContext } from '@/lib/api-client/api-client-context';
import { createTestClient } from '@/lib/api-client/testing/api-test-server';
import type { PartnerRole } from '@/lib/auth/partner-role';
import { createTestQueryClient, renderWithProviders } from '@/testing/render-app';
import { createTestI18n } from '@/testing/test-i18n';
import { ProfilesView } from '../components/profiles-view';
import { profilesCustomerId } from './profile-fixtures';

function ProfileDevicesStandIn() {
  const { policyId } = useParams();
  return <h2>{`Devices of profile ${policyId ?? ''}`}</h2>;
}

interface Options {
  readonly role?: PartnerRole;
  readonly locale?: 'en-US' | 'nl-NL';
  readonly queryClient?: QueryClient;
}

/** "Now" in the tests: the fixtures' last change (2 May 2024) is a few weeks before it. */
export const testNow = new Date('2024-06-01T12:00:00Z');

/** The profiles view at its route, with the real providers, an API client and a devices route. */
export function renderProfilesView({
  role = 'admin-agent',
  locale = 'en-US',
  queryClient = createTestQueryClient(),
}: Options = {}) {
  const { client } = createTestClient();
  const router = createMemoryRouter(
    [
      {
        path: paths.profiles.path,
        element: (
          <ProfilesView
            customerId={profilesCustomerId}
            customerName="Contoso Ltd"
            role={role}
            now={testNow}
          />
        ),
      },
      { path: paths.profileDevices.path, element: <ProfileDevicesStandIn /> },
    ],
    { initialEntries: [paths.profiles.getHref(profilesCustomerId)] },
  );
  const result = renderWithProviders(
    <I18nextProvider i18n={createTestI18n(locale)}>
      <ApiClientContext value={client}>
        <RouterProvider router={router} />
      </ApiClientContext>
    </I18nextProvider>,
    queryClient,
  );
  return { ...result, router, queryClient };
}
