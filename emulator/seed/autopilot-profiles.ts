import { randomDotNetDate } from './dotnet-dates';
import type { Random } from './random';

/**
 * A Windows Autopilot (OOBE) profile, listed by `GET /customers/{id}/policies`
 * (docs/partner-center-api.md §6.7). How many devices use it is not part of the record: the
 * emulator counts the devices that carry it (partner-center/device-management/profile-usage.ts), so
 * the count and the devices agree.
 */
export interface PolicyRecord {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly policySettings: readonly string[];
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

/** The settings a profile may combine; `none` stands alone (docs/partner-center-api.md §7). */
export const oobePolicySettings = [
  'remove_oem_preinstalls',
  'oobe_user_not_local_admin',
  'skip_express_settings',
  'skip_oem_registration',
  'skip_eula',
] as const;

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
    const settings = oobePolicySettings.filter(() => random.chance(0.6));
    const createdMs = Date.UTC(2019, 0, 1) + random.integer(0, 5 * 365 * 86_400) * 1000;
    const id = random.guid();
    // Once a made-up device count; still drawn so that every later value of the seed stays as it was.
    random.integer(0, 400);
    return {
      id,
      name,
      description: `${name} (Autopilot OOBE profile)`,
      policySettings: settings.length > 0 ? settings : ['none'],
      createdDate: randomDotNetDate(random, createdMs),
      lastModifiedDate: randomDotNetDate(
        random,
        createdMs + random.integer(0, 400 * 86_400) * 1000,
      ),
    };
  });
}
