/** Ports of the local servers during end-to-end tests, apart from `npm start`'s so both can run. */
export const e2ePorts = {
  dashboard: 4290,
  partnerCenter: 4291,
  identityProvider: 4292,
} as const;
