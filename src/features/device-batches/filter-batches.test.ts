import { applicableStatuses, filterBatches } from './filter-batches';
import { summariseBatches } from './summarise-batches';
import { makeBatch } from './testing/batch-fixtures';

const batches = [
  makeBatch({ id: 'Ölçü cihazları – Q3', status: 'processing' }),
  makeBatch({ id: 'R&D laptops', status: 'archived' }),
  makeBatch({ id: 'Why? batch' }),
  makeBatch({ id: 'Lab #3', status: 'finished' }),
  makeBatch({ id: '100% refurb', status: 'finished_with_errors' }),
];
const names = (list: { id: string }[]) => list.map(({ id }) => id);

describe('filterBatches', () => {
  it('keeps every batch without filters', () => {
    expect(filterBatches(batches, [], '')).toHaveLength(batches.length);
  });

  it('keeps batches in any chosen status bucket', () => {
    expect(names(filterBatches(batches, ['finished', 'unknown'], ''))).toEqual([
      'Why? batch',
      'Lab #3',
    ]);
    expect(names(filterBatches(batches, ['archived'], ''))).toEqual(['R&D laptops']);
  });

  it('searches names ignoring case, accents and surrounding spaces', () => {
    expect(names(filterBatches(batches, [], ' olcu '))).toEqual(['Ölçü cihazları – Q3']);
    expect(names(filterBatches(batches, [], 'r&d'))).toEqual(['R&D laptops']);
    expect(names(filterBatches(batches, [], '100%'))).toEqual(['100% refurb']);
    expect(names(filterBatches(batches, [], '#3'))).toEqual(['Lab #3']);
  });

  it('combines the status filter and the search', () => {
    expect(filterBatches(batches, ['finished'], 'why')).toEqual([]);
  });
});

describe('applicableStatuses', () => {
  it('keeps statuses the summary offers, known ones even at zero, and drops the rest', () => {
    const summary = summariseBatches(batches);
    expect(applicableStatuses(['queued', 'archived', 'unknown', 'bogus'], summary)).toEqual([
      'queued',
      'archived',
      'unknown',
    ]);
    expect(applicableStatuses(['unknown'], summariseBatches(batches.slice(0, 1)))).toEqual([]);
  });
});
