/** The app shell's own strings (namespace `shell`): navigation aids and the narrow header's menu. */
export const shellEn = {
  skipToContent: 'Skip to main content',
  menu: {
    open: 'Menu',
    settings: 'Settings',
    account: 'Account',
  },
};

export type ShellCatalogue = typeof shellEn;
