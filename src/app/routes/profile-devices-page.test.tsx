import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { useParams } from 'react-router';
import { paths } from '@/config/paths';
import { fixtureCustomerId, makeBatch } from '@/features/device-batches/testing/batch-fixtures';
import { deviceBatchesHandler } from '@/features/device-batches/testing/device-batches-handlers';
import { renderRoutesWithApi } from '@/features/customers/testing/render-with-api';
import { aDevice } from '@/features/devices/testing/device-rows';
import { apiUrl, server, startApiTestServer } from '@/lib/api-client/testing/api-test-server';
import type { Device } from '@/lib/partner-center/device-schema';
import { ProfileDevicesPage } from './profile-devices-page';

startApiTestServer();

const customerId = fixtureCustomerId;
const kioskId = '9b1f6c3e-2a4d-4e5f-8a7b-1c2d3e4f5a6b';
const policies: readonly unknown[] = [
  { id: kioskId, name: '<b>Kiosk</b> – Ölçü', policySettings: ['skip_eula'], devicesAssigned: 3 },
  { id: 'standard-1', name: 'Standard User', policySettings: ['none'], devicesAssigned: 1 },
];
const devicesByBatch: Record<string, Device[]> = {
  'Lab #3': [
    aDevice('d1', { serialNumber: 'PF3LAB01', profile: '<b>Kiosk</b> – Ölçü' }),
    aDevice('d2', { serialNumber: 'PF3LAB02', profile: 'Standard User' }),
  ],
  'R&D laptops': [
    // An assignment may leave the profile's id on the device rather than its name.
    aDevice('d3', { serialNumber: 'RD000003', profile: kioskId.toUpperCase() }),
    aDevice('d4', {
      serialNumber: undefined,
      modelName: undefined,
      oemManufacturerName: undefined,
      profile: '<b>Kiosk</b> – Ölçü',
    }),
    aDevice('d5', { serialNumber: 'RD000005' }),
  ],
};

function serveCustomer(more: readonly unknown[] = []) {
  const items = [...policies, ...more];
  server.use(
    http.get(apiUrl(`/v1/customers/${customerId}`), () =>
      HttpResponse.json({
        id: customerId,
        companyProfile: {
          tenantId: customerId,
          companyName: 'Contoso Ltd',
          domain: 'contoso.example',
        },
        relationshipToPartner: 'reseller',
      }),
    ),
    http.get(apiUrl(`/v1/customers/${customerId}/policies`), () =>
      HttpResponse.json({ totalCount: items.length, items }),
    ),
    deviceBatchesHandler([
      makeBatch({ id: 'Lab #3', devicesCount: 2 }),
      makeBatch({ id: 'R&D laptops', devicesCount: 3 }),
    ]),
    http.get(apiUrl(`/v1/customers/${customerId}/deviceBatches/:batchId/devices`), ({ params }) => {
      const devices = devicesByBatch[String(params.batchId)] ?? [];
      return HttpResponse.json({ totalCount: devices.length, items: devices });
    }),
  );
}

function BatchDevicesStandIn() {
  const { batchId } = useParams();
  return <h2>{`Devices of batch ${batchId ?? ''}`}</h2>;
}

const open = (policyId: string) =>
  renderRoutesWithApi(
    [
      { path: paths.profileDevices.path, element: <ProfileDevicesPage /> },
      { path: paths.devices.path, element: <BatchDevicesStandIn /> },
    ],
    paths.profileDevices.getHref(customerId, policyId),
  );

describe('ProfileDevicesPage', () => {
  it('lists the devices of every batch that use the profile, by name or by id, with their batch linked', async () => {
    serveCustomer();
    open(kioskId);

    expect(
      await screen.findByRole('heading', { name: 'Devices with <b>Kiosk</b> – Ölçü', level: 2 }),
    ).toBeVisible();
    expect(await screen.findByText('3 devices use this profile.')).toBeVisible();
    const table = screen.getByRole('table', { name: 'Devices with <b>Kiosk</b> – Ölçü' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual([
      'PF3LAB01Latitude 5440Dell Inc.Lab #3',
      'RD000003Latitude 5440Dell Inc.R&D laptops',
      'Hardware hash only (device id d4)Not givenNot givenR&D laptops',
    ]);
    expect(within(table).queryByText('PF3LAB02')).toBeNull();
    expect(document.title).toBe(
      'Devices with <b>Kiosk</b> – Ölçü · Contoso Ltd · Zero-Touch Batches',
    );

    const breadcrumb = screen.getByRole('navigation', { name: 'Breadcrumb' });
    expect(within(breadcrumb).getByRole('link', { name: 'Autopilot profiles' })).toHaveAttribute(
      'href',
      paths.profiles.getHref(customerId),
    );

    await userEvent.click(within(rows[1] ?? table).getByRole('link', { name: 'R&D laptops' }));
    expect(
      await screen.findByRole('heading', { name: 'Devices of batch R&D laptops' }),
    ).toBeVisible();
  });

  it('says so when no device uses the profile', async () => {
    serveCustomer([
      { id: 'empty-1', name: 'Nobody', policySettings: ['none'], devicesAssigned: 0 },
    ]);
    open('empty-1');
    expect(await screen.findByText('No device of this customer uses this profile.')).toBeVisible();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('says the profile is not found when the customer has none with that id', async () => {
    serveCustomer();
    open('no-such-profile');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('No such Autopilot profile');
    expect(alert).toHaveTextContent(
      'This customer has no Autopilot profile with the id no-such-profile.',
    );
    expect(
      within(alert).getByRole('link', { name: 'Back to the Autopilot profiles' }),
    ).toHaveAttribute('href', paths.profiles.getHref(customerId));
  });
});
