import { isUploadRunning, readUploadStatus } from '@/lib/partner-center/upload-status';

describe('readUploadStatus', () => {
  it.each([
    ['unknown', 'unknown'],
    ['queued', 'queued'],
    ['processing', 'processing'],
    ['finished', 'finished'],
    ['finished_with_errors', 'finished_with_errors'],
    ['in-progress', 'in_progress'],
    ['In Progress', 'in_progress'],
    [' Finished-With-Errors ', 'finished_with_errors'],
  ])('reads %j as %s', (value, status) => {
    expect(readUploadStatus(value)).toBe(status);
  });

  it.each([undefined, null, '', 'archived', 'constructor'])('reads %j as not known', (value) => {
    expect(readUploadStatus(value)).toBeUndefined();
  });
});

describe('isUploadRunning', () => {
  it('is true only while queued, processing or in progress', () => {
    const values = ['queued', 'processing', 'in-progress', 'unknown', 'finished'];
    expect(values.map(isUploadRunning)).toEqual([true, true, true, false, false]);
    expect(['finished_with_errors', 'paused', undefined].map(isUploadRunning)).toEqual([
      false,
      false,
      false,
    ]);
  });
});
