import type { DeviceRow } from './device-row';
import {
  maskedDeviceRow,
  shownHardwareHash,
  shownProductKey,
  shownUploader,
} from './shown-secrets';

const hash = `T0FiAwEAHAAAAAoA${'QUJD'.repeat(20)}pXk2Ag==`;

describe('shown secrets', () => {
  it('shows a product key whole, or only its last four characters in presenter mode', () => {
    expect(shownProductKey('3280219463321', false)).toBe('3280219463321');
    expect(shownProductKey('3280219463321', true)).toBe('••••••••3321');
  });

  it('shortens a hardware hash, or hides it entirely in presenter mode', () => {
    expect(shownHardwareHash(hash, false)).toBe('T0FiAwEA…pXk2Ag==');
    expect(shownHardwareHash(hash, true)).toBe('••••••••');
  });

  it("names only the domain of an uploader's email address in presenter mode", () => {
    expect(shownUploader('adele.vance@contoso-partner.example', false)).toBe(
      'adele.vance@contoso-partner.example',
    );
    expect(shownUploader('adele.vance@contoso-partner.example', true)).toBe(
      '••••••••@contoso-partner.example',
    );
    expect(shownUploader('Contoso Partner Ltd', true)).toBe('Contoso Partner Ltd');
  });

  it('masks every secret of a device that leaves the screen in presenter mode', () => {
    const row = {
      id: 'd1',
      serialNumber: 'CND8402QJI',
      productKey: '3280219463321',
      hardwareHash: hash,
      uploadedBy: 'it-admin@northwindtraders.com',
    } as DeviceRow;
    expect(maskedDeviceRow(row)).toMatchObject({
      id: 'd1',
      serialNumber: 'CND8402QJI',
      productKey: '••••••••3321',
      hardwareHash: '••••••••',
      uploadedBy: '••••••••@northwindtraders.com',
    });
  });
});
