/**
 * The devices page's chunk. The router loads it on navigation; the batches page starts it early,
 * with the data prefetch, when the pointer or focus reaches a batch's devices link.
 */
export const loadDevicesPage = () => import('./devices-page');
