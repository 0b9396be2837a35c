import { humaniseToken } from './humanise-token';

describe('humaniseToken', () => {
  it.each([
    ['on_hold', 'On hold'],
    ['ARCHIVED', 'Archived'],
    ['PendingReview', 'Pending review'],
    ['in-progress', 'In progress'],
    ['waiting__for_oem', 'Waiting for oem'],
    ['Sent to  OEM', 'Sent to OEM'],
    ['ölçü_bekleniyor', 'Ölçü bekleniyor'],
    ['', ''],
  ])('words %j as %j', (token, words) => {
    expect(humaniseToken(token)).toBe(words);
  });
});
