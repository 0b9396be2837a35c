import { batchJobStatusSchema } from '@/lib/partner-center/batch-job-status-schema';
import { readPartnerCenterDate } from '@/lib/partner-center/read-partner-center-date';
import { isUploadRunning, readUploadStatus } from '@/lib/partner-center/upload-status';

/** The docs' example answer (docs/partner-center-api.md §6.6, §7). */
const example = {
  batchTrackingId: '4a9e7e8f-9d1e-4a2e-8d8c-6d9c1f2b3a4e',
  status: 'finished_with_errors',
  startedTime: '2019-08-22T17:47:24.8337661Z',
  completedTime: '0001-01-01T00:00:00',
  devicesStatus: [
    {
      deviceId: '9993-8627-3608-6844-6369-4361-72',
      serialNumber: '1R9-ZNP67',
      productKey: '00329-00000-0003-AA606',
      status: 'finished',
      errorCode: '808',
      errorDescription: 'ZtdDeviceAssignedToOtherTenant',
    },
  ],
};

describe('batchJobStatusSchema', () => {
  it("reads the docs' example, its unset completion as not set", () => {
    const parsed = batchJobStatusSchema.parse(example);

    expect(parsed).toEqual(example);
    expect(readPartnerCenterDate(parsed.startedTime)).toMatchObject({ kind: 'date' });
    expect(readPartnerCenterDate(parsed.completedTime)).toEqual({ kind: 'not-set' });
  });

  it('reads a status the docs do not list, kept as sent', () => {
    const parsed = batchJobStatusSchema.parse({ ...example, status: 'Throttled' });
    expect(parsed.status).toBe('Throttled');
    expect(readUploadStatus(parsed.status)).toBeUndefined();
    expect(isUploadRunning(parsed.status)).toBe(false);
  });

  it('reads a queued upload with no devices yet and null times', () => {
    const parsed = batchJobStatusSchema.parse({
      batchTrackingId: 't1',
      status: 'queued',
      startedTime: null,
      completedTime: null,
      devicesStatus: null,
    });
    expect(parsed).toEqual({ batchTrackingId: 't1', status: 'queued' });
    expect(isUploadRunning(parsed.status)).toBe(true);
  });

  it('reads per-device statuses in both vocabularies', () => {
    const devicesStatus = [
      { deviceId: 'd1', status: 'in-progress' },
      { deviceId: 'd2', status: 'processing', errorCode: null },
    ];
    const parsed = batchJobStatusSchema.parse({ ...example, devicesStatus });
    expect(parsed.devicesStatus?.map((device) => readUploadStatus(device.status))).toEqual([
      'in_progress',
      'processing',
    ]);
  });

  it('reads a numeric error code as text', () => {
    const devicesStatus = [{ deviceId: 'd1', status: 'finished_with_errors', errorCode: 806 }];
    const parsed = batchJobStatusSchema.parse({ ...example, devicesStatus });
    expect(parsed.devicesStatus?.[0]?.errorCode).toBe('806');
  });

  it('keeps the devices it can read and leaves out one it cannot', () => {
    const devicesStatus = ['junk', { deviceId: 'd1', status: 'finished' }];
    const parsed = batchJobStatusSchema.parse({ ...example, devicesStatus });
    expect(parsed.devicesStatus).toEqual([{ deviceId: 'd1', status: 'finished' }]);
  });

  it('rejects an answer without a status, naming the field', () => {
    const parsed = batchJobStatusSchema.safeParse({ ...example, status: null });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(['status']);
  });
});
