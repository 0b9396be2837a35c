import type { Random } from './random';

/**
 * Manufacturers and models as Windows reports them (SMBIOS strings), with serial numbers in each
 * OEM's own style: Dell 7-character service tags, Lenovo "PF3ABC12", HP "5CG1234XYZ", Surface
 * 12 digits.
 */
export interface OemModel {
  readonly oemManufacturerName: string;
  readonly modelName: string;
  readonly serialNumber: (random: Random) => string;
}

const upperAndDigits = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
/** Dell service tags avoid vowels and easily confused letters. */
const serviceTagAlphabet = '0123456789BCDFGHJKLMNPQRSTVWXYZ';

const dellSerial = (random: Random): string => random.characters(serviceTagAlphabet, 7);
const lenovoSerial = (random: Random): string =>
  `${random.pick(['PF', 'PC', 'MP'])}${random.characters(upperAndDigits, 6)}`;
const hpSerial = (random: Random): string =>
  `${random.pick(['5CG', '5CD', 'CND'])}${random.digits(4)}${random.characters(upperAndDigits, 3)}`;
const surfaceSerial = (random: Random): string => random.digits(12);

const models = (
  oemManufacturerName: string,
  serialNumber: (random: Random) => string,
  modelNames: readonly string[],
): OemModel[] => modelNames.map((modelName) => ({ oemManufacturerName, modelName, serialNumber }));

export const oemModels: readonly OemModel[] = [
  ...models('Dell Inc.', dellSerial, ['Latitude 7440', 'Latitude 5540', 'OptiPlex 7010']),
  ...models('LENOVO', lenovoSerial, ['ThinkPad T14 Gen 4', 'ThinkPad X1 Carbon Gen 11']),
  ...models('HP', hpSerial, ['HP EliteBook 840 G10', 'HP ProBook 450 G10', 'HP Elite Mini 800 G9']),
  ...models('Microsoft Corporation', surfaceSerial, ['Surface Laptop 5', 'Surface Pro 9']),
];
