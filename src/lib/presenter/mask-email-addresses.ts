import { maskSecret } from './mask-secret';

/** The part of an email address before its domain, wherever addresses appear in a text. */
const localPart = /[^\s@<>()[\]"',;:]+@(?=[^\s@]+\.[^\s@]+)/g;

/**
 * What presenter mode shows of a text that may hold people's email addresses: every address keeps
 * only its domain ("••••••••@contoso.com"), so an organisation is still named but no person is.
 */
export function maskEmailAddresses(text: string): string {
  return text.replace(localPart, `${maskSecret('')}@`);
}
