import { knownDeviceError } from './device-outcome';

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
