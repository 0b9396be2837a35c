import { allowsOperation } from './device-operations';

describe('allowsOperation', () => {
  it('reads allowedOperations without regard to case or spaces', () => {
    expect(allowsOperation(['GET', 'PATCH', 'DELETE'], 'PATCH')).toBe(true);
    expect(allowsOperation(['get', ' delete '], 'DELETE')).toBe(true);
    expect(allowsOperation(['get', 'delete'], 'PATCH')).toBe(false);
    expect(allowsOperation(['GET'], 'DELETE')).toBe(false);
    expect(allowsOperation([], 'DELETE')).toBe(false);
  });

  it('leaves a device without allowedOperations to the API', () => {
    expect(allowsOperation(undefined, 'PATCH')).toBe(true);
    expect(allowsOperation(undefined, 'DELETE')).toBe(true);
  });
});
