import { cataloguesEn } from './catalogues-en';
import { cataloguesNl } from './catalogues-nl';

/** Every key path of a catalogue, e.g. `auth.signOut`. */
function keyPaths(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) =>
    keyPaths(child, prefix ? `${prefix}.${key}` : key),
  );
}

/** `{{name}}` placeholders a message expects. */
const placeholders = (message: unknown): string[] =>
  typeof message === 'string'
    ? [...message.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] ?? '').sort()
    : [];

function messageAt(catalogue: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (node, key) =>
        typeof node === 'object' && node !== null
          ? (node as Record<string, unknown>)[key]
          : undefined,
      catalogue,
    );
}

describe('message catalogues', () => {
  it('have the same keys in English and Dutch', () => {
    expect(keyPaths(cataloguesNl).sort()).toEqual(keyPaths(cataloguesEn).sort());
  });

  it('use the same placeholders in both languages, and no empty message', () => {
    for (const path of keyPaths(cataloguesEn).filter(Boolean)) {
      const english = messageAt(cataloguesEn, path);
      const dutch = messageAt(cataloguesNl, path);
      expect(placeholders(dutch), path).toEqual(placeholders(english));
      expect(String(dutch).trim(), path).not.toBe('');
    }
  });
});
