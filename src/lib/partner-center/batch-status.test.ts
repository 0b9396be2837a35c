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

  it.each(['Finished', ' FINISHED ', 'finished-with-errors', 'Finished with errors'])(
    'tolerates the casing and spelling %j a service might send',
    (status) => {
      expect(presentBatchStatus(status).kind).toBe('known');
    },
  );

  it.each([undefined, null, '', '  ', 'unknown', 'Unknown'])('shows %j as no status', (status) => {
    expect(presentBatchStatus(status)).toEqual({ kind: 'missing', colour: 'gray' });
  });

  it.each([
    ['archived', 'archived'],
    ['Archived', 'archived'],
    ['canceled', 'cancelled'],
    ['cancelled', 'cancelled'],
    ['paused', 'paused'],
  ])('words %j from the catalogue, neutrally', (status, named) => {
    expect(presentBatchStatus(status)).toEqual({
      kind: 'named',
      status: named,
      value: status,
      colour: 'gray',
    });
  });

  it.each([
    ['on_hold', 'On hold'],
    ['PendingReview', 'Pending review'],
    ['in-progress', 'In progress'],
    ['  waiting_for_OEM ', 'Waiting for oem'],
    ['Sent to OEM', 'Sent to OEM'],
    ['constructor', 'Constructor'],
  ])('words an unknown status %j from its value, never as a raw token', (status, text) => {
    expect(presentBatchStatus(status)).toEqual({
      kind: 'other',
      value: status.trim(),
      text,
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
