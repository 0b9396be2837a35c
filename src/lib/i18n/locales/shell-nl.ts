import type { ShellCatalogue } from './shell-en';

export const shellNl: ShellCatalogue = {
  skipToContent: 'Direct naar de inhoud',
  menu: {
    open: 'Menu',
    settings: 'Instellingen',
    account: 'Account',
  },
};
