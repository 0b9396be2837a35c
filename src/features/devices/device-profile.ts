import type { Device } from '@/lib/partner-center/device-schema';

/** The policy category of a Windows Autopilot (out-of-box experience) profile (docs/partner-center-api.md §5). */
export const autopilotPolicyKey = 'o_o_b_e';

/**
 * The name of a device's Autopilot profile, or null when it has none. Partner Center writes a
 * device without a profile as `{"key":"o_o_b_e","value":null}` (docs example, read as no value),
 * and may also leave the value or the whole policy out (observed); all of these mean "no profile".
 */
export function autopilotProfileOf(device: Pick<Device, 'policies'>): string | null {
  const policy = device.policies?.find(({ key }) => key.toLowerCase() === autopilotPolicyKey);
  const name = policy?.value?.trim();
  return name ? name : null;
}

/** How a profile is shown: its name, or the caller's words for "no profile". */
export function formatProfile(profile: string | null, noProfileLabel: string): string {
  return profile ?? noProfileLabel;
}
