import { expect, type APIRequestContext, type Page } from '@playwright/test';
import type { CsvDevice } from './autopilot-csv';
import { e2ePorts } from './e2e-ports';
import { uploadFinishTimeoutMs } from './upload-timing';

/** The dashboard's API forwarding path, where the page sends Partner Center calls. */
export const apiBase = `http://localhost:${e2ePorts.dashboard}/api/partner-center`;

/**
 * The `Authorization` header of the next Partner Center request the page sends: what a test needs
 * to play "another tab" or "another person" against the same API, as the signed-in account. Start
 * waiting before the navigation that sends it.
 */
export async function nextApiAuthorization(page: Page): Promise<string> {
  // No timeout of its own: the request comes after a sign-in, bounded by the test's timeout.
  const request = await page.waitForRequest(
    (candidate) =>
      candidate.url().startsWith(`${apiBase}/`) && candidate.headers().authorization !== undefined,
    { timeout: 0 },
  );
  const authorization = request.headers().authorization;
  if (authorization === undefined) throw new Error('the API request carried no token');
  return authorization;
}

/**
 * Partner Center calls made by the test itself, through the dashboard's forwarding path, with the
 * token of the signed-in account (see `nextApiAuthorization`).
 */
export function partnerCenterApi(request: APIRequestContext, authorization: string) {
  const headers = { Authorization: authorization, Accept: 'application/json' };
  const customerPath = (customerId: string) => `${apiBase}/v1/customers/${customerId}`;

  async function waitForJob(customerId: string, location: string): Promise<void> {
    const trackingId = location.split('/').at(-1) ?? '';
    await expect
      .poll(
        async () => {
          const answer = await request.get(
            `${customerPath(customerId)}/batchJobStatus/${encodeURIComponent(trackingId)}`,
            { headers },
          );
          return ((await answer.json()) as { status: string }).status;
        },
        { timeout: uploadFinishTimeoutMs(), intervals: [250, 500, 1_000] },
      )
      .toMatch(/^finished/);
  }

  return {
    /**
     * A new batch of `devices`, registered and listed once this returns: `POST …/deviceBatches`,
     * then its batchJobStatus polled until finished.
     */
    async registerBatch(
      customerId: string,
      batchId: string,
      devices: readonly CsvDevice[],
    ): Promise<void> {
      const answer = await request.post(`${customerPath(customerId)}/deviceBatches`, {
        headers,
        data: {
          batchId,
          devices: devices.map((device) => ({
            serialNumber: device.serialNumber,
            hardwareHash: device.hardwareHash,
            oemManufacturerName: device.manufacturer,
            modelName: device.model,
          })),
        },
      });
      expect(answer.status(), await answer.text()).toBe(202);
      await waitForJob(customerId, answer.headers().location ?? '');
    },

    /** The ids and serial numbers of a batch's devices (its first page: up to 100). */
    async devicesOf(
      customerId: string,
      batchId: string,
    ): Promise<{ id: string; serialNumber?: string }[]> {
      const answer = await request.get(
        `${customerPath(customerId)}/deviceBatches/${encodeURIComponent(batchId)}/devices`,
        { headers },
      );
      expect(answer.status()).toBe(200);
      return ((await answer.json()) as { items: { id: string; serialNumber?: string }[] }).items;
    },

    /** `DELETE` a device, as another tab or person would. */
    async deregister(customerId: string, batchId: string, deviceId: string): Promise<void> {
      const answer = await request.delete(
        `${customerPath(customerId)}/deviceBatches/${encodeURIComponent(batchId)}/devices/${encodeURIComponent(deviceId)}`,
        { headers },
      );
      expect(answer.status()).toBe(204);
    },

    /** A new Autopilot profile; returns its id. */
    async createProfile(customerId: string, name: string, description: string): Promise<string> {
      const answer = await request.post(`${customerPath(customerId)}/policies`, {
        headers,
        data: { name, description, category: 'o_o_b_e', policySettings: ['skip_eula'] },
      });
      expect(answer.status(), await answer.text()).toBe(200);
      return ((await answer.json()) as { id: string }).id;
    },

    /** Deletes a profile no device uses. */
    async deleteProfile(customerId: string, policyId: string): Promise<void> {
      const answer = await request.delete(
        `${customerPath(customerId)}/policies/${encodeURIComponent(policyId)}`,
        { headers },
      );
      expect(answer.status()).toBe(204);
    },
  };
}
