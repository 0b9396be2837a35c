import { isBatchInProgress, presentBatchStatus } from './batch-status';

describe('presentBatchStatus', () => {
  it.each([
    ['queued', 'gray'],
    ['processing', 'blue'],
    ['finished', 'teal'],
    ['finished_with_errors', 'orange'],
  ])('maps %s to its own badge', (status, colour) => {
    expect(presentBatchStatus(status)).toEqual({ kind: 'known', status, colour });
  });

  it('tolerates the casing the SDK might send', () => {
    expect(presentBatchStatus('Finished')).toMatchObject({ kind: 'known', status: 'finished' });
  });

  it('shows a missing status as unknown', () => {
    expect(presentBatchStatus(undefined)).toEqual({ kind: 'unknown', colour: 'gray' });
    expect(presentBatchStatus('')).toEqual({ kind: 'unknown', colour: 'gray' });
  });

  it('shows an unrecognised status as itself, neutrally', () => {
    expect(presentBatchStatus('archived')).toEqual({
      kind: 'unrecognised',
      text: 'archived',
      colour: 'gray',
    });
  });
});

describe('isBatchInProgress', () => {
  it('is true only while queued or processing', () => {
    expect(
      ['queued', 'processing', 'finished', 'finished_with_errors', 'archived', undefined].map(
        isBatchInProgress,
      ),
    ).toEqual([true, true, false, false, false, false]);
  });
});
