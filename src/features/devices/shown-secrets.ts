import { maskSecret } from '@/lib/presenter/mask-secret';
import { shortenHash } from './shorten-hash';

/**
 * The secrets of a device as the table shows them, on screen and on paper alike. In presenter mode
 * (`masked`) a product key keeps only its last four characters and a hardware hash nothing.
 */
export const shownProductKey = (key: string, masked: boolean): string =>
  masked ? maskSecret(key, 4) : key;

export const shownHardwareHash = (hash: string, masked: boolean): string =>
  masked ? maskSecret(hash) : shortenHash(hash);
