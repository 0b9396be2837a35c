import type { BatchJobStatus } from './batch-job-status-schema';
import { isJobDone, jobDeviceOutcome, summariseBatchJobs } from './batch-job-summary';

const status = (value: string, devices: BatchJobStatus['devicesStatus'] = []): BatchJobStatus => ({
  batchTrackingId: 't',
  status: value,
  devicesStatus: devices,
});

describe('jobDeviceOutcome', () => {
  it('reads the error code, not the status: the docs give a refused device the status finished', () => {
    expect(jobDeviceOutcome({ status: 'finished', errorCode: '808' })).toBe('failed');
    expect(jobDeviceOutcome({ status: 'finished', errorCode: '' })).toBe('succeeded');
    expect(jobDeviceOutcome({ status: 'Finished', errorCode: '0' })).toBe('succeeded');
    expect(jobDeviceOutcome({ status: 'finished_with_errors' })).toBe('failed');
    expect(jobDeviceOutcome({ status: 'In-Progress' })).toBe('waiting');
    expect(jobDeviceOutcome({ status: 'queued', errorCode: undefined })).toBe('waiting');
  });
});

describe('summariseBatchJobs', () => {
  it('is starting until a request answers, and running while any request runs or has not answered', () => {
    expect(summariseBatchJobs([undefined]).stage).toBe('starting');
    expect(summariseBatchJobs([status('finished'), undefined]).stage).toBe('running');
    expect(summariseBatchJobs([status('finished'), status('processing')]).stage).toBe('running');
  });

  it('counts every request’s devices and calls a job with a failed device finished with errors', () => {
    const summary = summariseBatchJobs([
      status('finished', [{ status: 'finished' }, { status: 'finished', errorCode: '808' }]),
      status('finished', [{ status: 'finished' }]),
    ]);
    expect(summary).toMatchObject({
      stage: 'finishedWithErrors',
      deviceCount: 3,
      doneCount: 3,
      succeededCount: 2,
      failedCount: 1,
    });
    expect(summariseBatchJobs([status('finished', [{ status: 'finished' }])]).stage).toBe(
      'finished',
    );
    expect(isJobDone('finishedWithErrors')).toBe(true);
    expect(isJobDone('unclear')).toBe(false);
  });

  it('calls unknown and undocumented statuses unclear rather than guessing', () => {
    expect(summariseBatchJobs([status('unknown')]).stage).toBe('unclear');
    expect(summariseBatchJobs([status('finished'), status('paused')]).stage).toBe('unclear');
  });

  it('reads an answer without devicesStatus as no devices yet', () => {
    const summary = summariseBatchJobs([{ status: 'queued' }]);
    expect(summary).toMatchObject({ stage: 'running', deviceCount: 0 });
  });
});
