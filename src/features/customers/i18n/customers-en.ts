/** The customers feature's strings (namespace `customers`); customers-nl.ts mirrors it. */
export const customersEn = {};

export type CustomersCatalogue = typeof customersEn;
