import { Group, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import print from '@/components/layout/print.module.css';
import type { FilterChoices } from '../filter-devices';
import type { DevicesViewParams, ProfileFilter } from '../devices-view-params';
import { SearchBox } from './search-box';

interface DevicesFiltersProps {
  readonly params: DevicesViewParams;
  readonly choices: FilterChoices;
  readonly onChange: (change: Partial<DevicesViewParams>) => void;
  /** The search box's text, ahead of the URL while the user types. */
  readonly searchText: string;
  readonly onSearchTextChange: (text: string) => void;
}

/** A value chosen in the URL stays selectable even before a device with it has loaded. */
const withChosen = (values: readonly string[], chosen: string | null): string[] =>
  chosen === null || values.includes(chosen) ? [...values] : [chosen, ...values];

const noProfileValue = 'none';
const profileValue = (name: string) => `named:${name}`;

function toProfileFilter(value: string | null): ProfileFilter | null {
  if (value === null) return null;
  if (value === noProfileValue) return { kind: 'none' };
  return { kind: 'named', name: value.slice(profileValue('').length) };
}

/** The search box, and filters by model, manufacturer or profile. Screen only. */
export function DevicesFilters({
  params,
  choices,
  onChange,
  searchText,
  onSearchTextChange,
}: DevicesFiltersProps) {
  const { t } = useTranslation('devices');
  const chosenProfile = params.profile?.kind === 'named' ? params.profile.name : null;
  const profileOptions = [
    ...(choices.someWithoutProfile || params.profile?.kind === 'none'
      ? [{ value: noProfileValue, label: t('table.noProfile') }]
      : []),
    ...withChosen(choices.profiles, chosenProfile).map((name) => ({
      value: profileValue(name),
      label: name,
    })),
  ];
  const selectProps = { placeholder: t('filters.any'), clearable: true, searchable: true };
  return (
    <Group align="flex-end" gap="sm" className={print.screenOnly}>
      <SearchBox value={searchText} onChange={onSearchTextChange} />
      <Select
        {...selectProps}
        label={t('filters.model')}
        data={withChosen(choices.models, params.model)}
        value={params.model}
        onChange={(model) => {
          onChange({ model });
        }}
      />
      <Select
        {...selectProps}
        label={t('filters.manufacturer')}
        data={withChosen(choices.manufacturers, params.manufacturer)}
        value={params.manufacturer}
        onChange={(manufacturer) => {
          onChange({ manufacturer });
        }}
      />
      <Select
        {...selectProps}
        label={t('filters.profile')}
        data={profileOptions}
        value={
          params.profile === null
            ? null
            : params.profile.kind === 'none'
              ? noProfileValue
              : profileValue(params.profile.name)
        }
        onChange={(value) => {
          onChange({ profile: toProfileFilter(value) });
        }}
      />
    </Group>
  );
}
