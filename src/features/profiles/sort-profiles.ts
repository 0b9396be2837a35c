import type { Policy } from '@/lib/partner-center/policy-schema';

/**
 * Profiles by name as the reader's language sorts them ("Ölçü" among the O's in English), case
 * and accents second; a profile without a name last; equal names by id, so the order is stable.
 */
export function sortProfiles(policies: readonly Policy[], locale: string): Policy[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  return [...policies].sort((a, b) => {
    if (a.name === undefined || b.name === undefined) {
      if (a.name !== b.name) return a.name === undefined ? 1 : -1;
    } else {
      const byName = collator.compare(a.name, b.name) || a.name.localeCompare(b.name, locale);
      if (byName !== 0) return byName;
    }
    return a.id.localeCompare(b.id);
  });
}

/** Whether another profile of the list has this name (compared as the API would show it: trimmed, any case). */
export function isNameTaken(policies: readonly Policy[], name: string, exceptId?: string): boolean {
  const wanted = name.trim().toLocaleLowerCase();
  if (wanted === '') return false;
  return policies.some(
    (policy) => policy.id !== exceptId && policy.name?.trim().toLocaleLowerCase() === wanted,
  );
}
