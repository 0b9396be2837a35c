/** The profiles feature's words (English, the source the Dutch catalogue is checked against). */
export const profilesEn = {
  page: {
    title: 'Autopilot profiles',
  },
};
