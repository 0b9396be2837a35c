/** The device changes feature's words (assign a profile, deregister), in English. */
export const deviceChangesEn = {
  actions: {
    menu: 'Actions',
  },
};
