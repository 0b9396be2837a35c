import {
  defaultSort,
  readBatchListView,
  withoutFilters,
  withQuery,
  withSort,
  withStatusToggled,
} from './batch-list-view';

const read = (search: string) => readBatchListView(new URLSearchParams(search));

describe('readBatchListView', () => {
  it('shows every batch, newest first, when the URL says nothing', () => {
    expect(read('')).toEqual({ sort: defaultSort, statuses: [], query: '' });
    expect(defaultSort).toEqual({ column: 'created', direction: 'desc' });
  });

  it('reads sort, order, statuses and search', () => {
    expect(read('sort=devices&order=asc&status=queued&status=archived&q=Lab%20%233')).toEqual({
      sort: { column: 'devices', direction: 'asc' },
      statuses: ['queued', 'archived'],
      query: 'Lab #3',
    });
  });

  it('ignores what it does not understand instead of failing', () => {
    expect(read('sort=colour&order=up').sort).toEqual(defaultSort);
    expect(read('sort=name&order=sideways').sort).toEqual({ column: 'name', direction: 'asc' });
    expect(read('status=&status=queued&status=queued').statuses).toEqual(['queued']);
  });
});

describe('withSort', () => {
  it('starts names A to Z and counts largest first, and reverses on a second choice', () => {
    const byName = withSort(new URLSearchParams(), 'name');
    expect(byName.toString()).toBe('sort=name&order=asc');
    expect(withSort(byName, 'name').toString()).toBe('sort=name&order=desc');
    expect(withSort(new URLSearchParams(), 'devices').toString()).toBe('sort=devices&order=desc');
  });

  it('drops the parameters when the result is the default sort, and keeps the others', () => {
    const params = new URLSearchParams('sort=created&order=asc&q=lab');
    expect(withSort(params, 'created').toString()).toBe('q=lab');
  });
});

describe('withStatusToggled', () => {
  it('adds a status, then removes it again, keeping the rest', () => {
    const one = withStatusToggled(new URLSearchParams('sort=name'), 'queued');
    const two = withStatusToggled(one, 'processing');
    expect(two.toString()).toBe('sort=name&status=queued&status=processing');
    expect(withStatusToggled(two, 'queued').toString()).toBe('sort=name&status=processing');
  });
});

describe('withQuery and withoutFilters', () => {
  it('keeps the search as typed, and removes it when empty', () => {
    expect(withQuery(new URLSearchParams(), 'R&D ').get('q')).toBe('R&D ');
    expect(withQuery(new URLSearchParams('q=x'), '').has('q')).toBe(false);
  });

  it('clears status and search but keeps the sort', () => {
    const params = new URLSearchParams('sort=name&order=desc&status=queued&q=lab');
    expect(withoutFilters(params).toString()).toBe('sort=name&order=desc');
  });
});
