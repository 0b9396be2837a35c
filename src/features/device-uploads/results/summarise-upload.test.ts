import type { BatchJobStatus } from '@/lib/partner-center/batch-job-status-schema';
import { deviceOutcome, knownDeviceError } from './device-outcome';
import { summariseUpload } from './summarise-upload';

const status = (value: string, devices: BatchJobStatus['devicesStatus'] = []): BatchJobStatus => ({
  batchTrackingId: 't',
  status: value,
  devicesStatus: devices,
});

describe('deviceOutcome', () => {
  it('reads the error code, not the status: the docs give a refused device the status finished', () => {
    expect(deviceOutcome({ status: 'finished', errorCode: '808' })).toBe('failed');
    expect(deviceOutcome({ status: 'finished', errorCode: '' })).toBe('registered');
    expect(deviceOutcome({ status: 'Finished', errorCode: '0' })).toBe('registered');
    expect(deviceOutcome({ status: 'finished_with_errors' })).toBe('failed');
    expect(deviceOutcome({ status: 'In-Progress' })).toBe('waiting');
    expect(deviceOutcome({ status: 'queued', errorCode: undefined })).toBe('waiting');
  });
});

describe('knownDeviceError', () => {
  it('knows the documented codes by number or by name, whatever the case', () => {
    expect(knownDeviceError({ errorCode: '806' })).toBe('alreadyInThisTenant');
    expect(
      knownDeviceError({ errorCode: '808', errorDescription: 'ZtdDeviceAssignedToOtherTenant' }),
    ).toBe('inAnotherTenant');
    expect(knownDeviceError({ errorDescription: 'invalidztdhardwarehash' })).toBe('invalidHash');
    expect(knownDeviceError({ errorCode: 'ZtdDeviceDuplicated' })).toBe('duplicated');
    expect(knownDeviceError({ errorCode: '5', errorDescription: 'StorageError' })).toBe('storage');
    expect(
      knownDeviceError({ errorCode: '999', errorDescription: 'Something new' }),
    ).toBeUndefined();
  });
});

describe('summariseUpload', () => {
  it('is starting until a request answers, and running while any request runs or has not answered', () => {
    expect(summariseUpload([undefined]).stage).toBe('starting');
    expect(summariseUpload([status('finished'), undefined]).stage).toBe('running');
    expect(summariseUpload([status('finished'), status('processing')]).stage).toBe('running');
  });

  it('counts every request’s devices and calls an upload with a refused device finished with errors', () => {
    const summary = summariseUpload([
      status('finished', [{ status: 'finished' }, { status: 'finished', errorCode: '808' }]),
      status('finished', [{ status: 'finished' }]),
    ]);
    expect(summary).toMatchObject({
      stage: 'finishedWithErrors',
      deviceCount: 3,
      doneCount: 3,
      registeredCount: 2,
      failedCount: 1,
    });
    expect(summariseUpload([status('finished', [{ status: 'finished' }])]).stage).toBe('finished');
  });

  it('calls unknown and undocumented statuses unclear rather than guessing', () => {
    expect(summariseUpload([status('unknown')]).stage).toBe('unclear');
    expect(summariseUpload([status('finished'), status('paused')]).stage).toBe('unclear');
  });

  it('reads an answer without devicesStatus as no devices yet', () => {
    const summary = summariseUpload([{ status: 'queued' }]);
    expect(summary).toMatchObject({ stage: 'running', deviceCount: 0 });
  });
});
