import type { profilesEn } from './profiles-en';

/** The profiles feature's words in Dutch (informal "je", as the rest of the dashboard). */
export const profilesNl: typeof profilesEn = {
  page: {
    title: 'Autopilot-profielen',
  },
};
