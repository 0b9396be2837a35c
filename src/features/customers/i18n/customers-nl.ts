import type { CustomersCatalogue } from './customers-en';

export const customersNl: CustomersCatalogue = {};
