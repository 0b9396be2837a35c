import type { ApiErrorKind } from '@/components/errors/describe-api-error';
import type { SortColumn } from '@/features/device-batches/batch-list-view';
import type { SignInProblem } from '@/lib/auth/sign-in-problem';
import type { KnownBatchStatus } from '@/lib/partner-center/batch-status';
import { knownRelationshipsToPartner } from '@/lib/partner-center/customer-schema';
import { supportedLocales } from '@/lib/i18n/supported-locales';
import { cataloguesEn } from './catalogues-en';

type Namespace = keyof typeof cataloguesEn;

/** The dashboard's own code, as text: every module but tests and test helpers. */
const sources = import.meta.glob<string>(
  ['/src/**/*.{ts,tsx}', '!/src/**/*.test.{ts,tsx}', '!/src/testing/**'],
  { query: '?raw', import: 'default', eager: true },
);

/** Every value of a union, checked complete by the compiler. */
const valuesOf = <T extends string>(values: Record<T, true>) => Object.keys(values) as T[];

const signInProblemKinds = valuesOf<SignInProblem['kind']>({
  cancelled: true,
  refused: true,
  unreachable: true,
  failed: true,
});
const apiErrorKinds = valuesOf<ApiErrorKind>({
  unauthorized: true,
  mfaRequired: true,
  noRole: true,
  noRelationship: true,
  conditionalAccess: true,
  notFound: true,
  throttled: true,
  server: true,
  badRequest: true,
  network: true,
  timeout: true,
  invalid: true,
  foreignLink: true,
  aborted: true,
});
const batchStatuses = valuesOf<KnownBatchStatus>({
  queued: true,
  processing: true,
  finished: true,
  finished_with_errors: true,
});
const sortColumns = valuesOf<SortColumn>({
  name: true,
  status: true,
  created: true,
  devices: true,
  createdBy: true,
});

/**
 * Keys built at run time, e.g. t(`status.${presentation.status}`), by the template as written in
 * the source (namespace first), with the keys its values give. A new template must be listed
 * here, so no key escapes the check.
 */
const templateKeys: Record<string, readonly string[]> = {
  'common:auth.${problem.kind}Title': signInProblemKinds.map((kind) => `auth.${kind}Title`),
  'common:auth.${problem.kind}Body': signInProblemKinds.map((kind) => `auth.${kind}Body`),
  'common:errors.api.${kind}Title': apiErrorKinds.map((kind) => `errors.api.${kind}Title`),
  'common:errors.api.${kind}Body': apiErrorKinds.map((kind) => `errors.api.${kind}Body`),
  'common:frame.languageNames.${locale}': supportedLocales.map(
    (locale) => `frame.languageNames.${locale}`,
  ),
  'common:status.${presentation.status}': batchStatuses.map((status) => `status.${status}`),
  'deviceBatches:table.${column}': sortColumns.map((column) => `table.${column}`),
  'customers:relationship.${relationship}': knownRelationshipsToPartner.map(
    (relationship) => `relationship.${relationship}`,
  ),
};

interface KeyUse {
  readonly file: string;
  readonly namespace: string;
  /** The key as written: a plain key, or a template with `${…}`. */
  readonly key: string;
}

const bindingPattern = /const\s*\{([^}]*)\}\s*=\s*useTranslation\(\s*(?:'(\w+)'|"(\w+)")?\s*\)/g;

/**
 * Every `t('…')` of a module, with the namespace of the `useTranslation` that gave that `t` (the
 * nearest one above the call, so two components in one file each keep their own).
 */
function keyUses(file: string, source: string): KeyUse[] {
  const bindings = [...source.matchAll(bindingPattern)].flatMap((match) => {
    const namespace = match[2] ?? match[3] ?? 'common';
    return (match[1] ?? '')
      .split(',')
      .map((part) => part.trim().split(/\s*:\s*/))
      .filter(([property]) => property === 't')
      .map(([, alias]) => ({ name: alias ?? 't', namespace, at: match.index }));
  });
  return [...new Set(bindings.map((binding) => binding.name))].flatMap((name) =>
    [...source.matchAll(new RegExp(`\\b${name}\\(\\s*(['"\`])((?:(?!\\1).)+)\\1`, 'g'))].map(
      (call) => {
        const binding = bindings
          .filter((candidate) => candidate.name === name && candidate.at < call.index)
          .at(-1);
        return {
          file,
          namespace: binding?.namespace ?? '(no useTranslation above)',
          key: call[2] ?? '',
        };
      },
    ),
  );
}

const uses = Object.entries(sources).flatMap(([file, source]) => keyUses(file, source));

function hasMessage(namespace: string, key: string): boolean {
  const [ns, path] = key.includes(':') ? key.split(':') : [namespace, key];
  const catalogue: unknown = cataloguesEn[ns as Namespace];
  const parts = (path ?? '').split('.');
  const last = parts.pop() ?? '';
  const parent = parts.reduce<unknown>(
    (node, part) =>
      typeof node === 'object' && node !== null
        ? (node as Record<string, unknown>)[part]
        : undefined,
    catalogue,
  );
  if (typeof parent !== 'object' || parent === null) return false;
  const messages = parent as Record<string, unknown>;
  // A plural key is written without its suffix: `devices` finds `devices_one` and `devices_other`.
  return [last, `${last}_one`, `${last}_other`].some((name) => typeof messages[name] === 'string');
}

describe('message keys used in the code', () => {
  it('are found in the sources', () => {
    expect(Object.keys(sources).length).toBeGreaterThan(50);
    expect(uses.length).toBeGreaterThan(150);
  });

  it('all exist in the English catalogue, in the namespace their t() reads', () => {
    const missing = uses
      .filter((use) => !use.key.includes('${'))
      .filter((use) => !hasMessage(use.namespace, use.key))
      .map((use) => `${use.file}: ${use.namespace}:${use.key}`);
    expect(missing).toEqual([]);
  });

  it('built at run time are each listed with their values, and those exist too', () => {
    const templates = uses.filter((use) => use.key.includes('${'));
    const unlisted = templates
      .map((use) => `${use.namespace}:${use.key}`)
      .filter((template) => !(template in templateKeys));
    expect(unlisted).toEqual([]);
    const missing = templates.flatMap((use) =>
      (templateKeys[`${use.namespace}:${use.key}`] ?? [])
        .filter((key) => !hasMessage(use.namespace, key))
        .map((key) => `${use.file}: ${use.namespace}:${key}`),
    );
    expect(missing).toEqual([]);
    for (const [template, keys] of Object.entries(templateKeys)) {
      expect(keys.length, template).toBeGreaterThan(0);
    }
  });

  it('would report a key the catalogue lacks', () => {
    const [use] = keyUses(
      'example.tsx',
      "const { t } = useTranslation('devices');\nreturn t('table.noSuchColumn');",
    );
    expect(use).toEqual({ file: 'example.tsx', namespace: 'devices', key: 'table.noSuchColumn' });
    expect(hasMessage('devices', 'table.noSuchColumn')).toBe(false);
    expect(hasMessage('devices', 'table.noProfile')).toBe(true);
    expect(hasMessage('devices', 'page.devices')).toBe(true);
  });
});
