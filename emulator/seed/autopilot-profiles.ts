import { randomDotNetDate } from './dotnet-dates';
import type { Random } from './random';

/**
 * A Windows Autopilot (OOBE) profile, listed by `GET /customers/{id}/policies`
 * (docs/partner-center-api.md §6.7).
 */
export interface PolicyRecord {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly policySettings: readonly string[];
  readonly devicesAssigned: number;
  readonly createdDate: string;
  readonly lastModifiedDate: string;
}

const sharedProfileNames = [
  'Kiosk – Reception',
  'AzureAD Join Default Profile',
  'Shared Device – Warehouse',
  'Developer Workstation',
  'Executive – White Glove',
];

const policySettings = [
  'remove_oem_preinstalls',
  'oobe_user_not_local_admin',
  'skip_express_settings',
  'skip_oem_registration',
  'skip_eula',
];

/** One to four profiles, the first named after the customer ("Contoso Standard User"). */
export function generatePolicies(random: Random, companyName: string): PolicyRecord[] {
  const shortName = companyName.split(' ')[0] ?? companyName;
  const names = [`${shortName} Standard User`];
  const extra = random.integer(0, 3);
  while (names.length < extra + 1) {
    const name = random.pick(sharedProfileNames);
    if (!names.includes(name)) names.push(name);
  }
  return names.map((name) => {
    const settings = policySettings.filter(() => random.chance(0.6));
    const createdMs = Date.UTC(2019, 0, 1) + random.integer(0, 5 * 365 * 86_400) * 1000;
    return {
      id: random.guid(),
      name,
      description: `${name} (Autopilot OOBE profile)`,
      policySettings: settings.length > 0 ? settings : ['none'],
      devicesAssigned: random.integer(0, 400),
      createdDate: randomDotNetDate(random, createdMs),
      lastModifiedDate: randomDotNetDate(
        random,
        createdMs + random.integer(0, 400 * 86_400) * 1000,
      ),
    };
  });
}
