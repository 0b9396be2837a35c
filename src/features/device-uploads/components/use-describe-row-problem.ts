import { useTranslation } from 'react-i18next';
import type { CsvDeviceField } from '../csv/autopilot-csv-format';
import type { DeviceIdentifier, DeviceRowProblem } from '../csv/validate-device-rows';

/** Words for each reason a row is left out, in the user's language. */
export function useDescribeRowProblem(): (problem: DeviceRowProblem) => string {
  const { t } = useTranslation('deviceUploads');
  const identifier = (by: DeviceIdentifier): string => {
    switch (by) {
      case 'hardwareHash':
        return t('problems.identifiers.hardwareHash');
      case 'productKey':
        return t('problems.identifiers.productKey');
      case 'serialNumber':
        return t('problems.identifiers.serialNumber');
    }
  };
  const field = (name: CsvDeviceField): string => {
    switch (name) {
      case 'serialNumber':
        return t('problems.fields.serialNumber');
      case 'productKey':
        return t('problems.fields.productKey');
      case 'hardwareHash':
        return t('problems.fields.hardwareHash');
      case 'oemManufacturerName':
        return t('problems.fields.oemManufacturerName');
      case 'modelName':
        return t('problems.fields.modelName');
    }
  };
  return (problem) => {
    switch (problem.code) {
      case 'no-identifier':
        return t('problems.codes.noIdentifier');
      case 'incomplete-tuple':
        return t('problems.codes.incompleteTuple', { missing: field(problem.missing) });
      case 'hash-not-base64':
        return problem.reason === 'characters'
          ? t('problems.codes.hashCharacters')
          : t('problems.codes.hashLength');
      case 'hash-implausible':
        return t('problems.codes.hashImplausible', {
          bytes: problem.bytes,
          minimumBytes: problem.minimumBytes,
        });
      case 'duplicate-in-file':
        return t('problems.codes.duplicateInFile', {
          line: problem.line,
          by: identifier(problem.by),
        });
      case 'already-registered':
        return t('problems.codes.alreadyRegistered', { by: identifier(problem.by) });
    }
  };
}
