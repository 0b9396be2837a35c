import type { deviceChangesEn } from './device-changes-en';

/** The device changes feature's words in Dutch (informal "je"). */
export const deviceChangesNl: typeof deviceChangesEn = {
  actions: {
    menu: 'Acties',
  },
};
