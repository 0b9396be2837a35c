import { TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

interface SearchBoxProps {
  readonly value: string;
  readonly onChange: (value: string) => void;
}

/** Search by serial number, product key or model. */
export function SearchBox({ value, onChange }: SearchBoxProps) {
  const { t } = useTranslation('devices');
  return (
    <TextInput
      type="search"
      label={t('filters.search')}
      placeholder={t('filters.searchPlaceholder')}
      leftSection={<IconSearch size={16} aria-hidden />}
      value={value}
      onChange={(event) => {
        onChange(event.currentTarget.value);
      }}
      flex="1 1 16rem"
      miw="16rem"
    />
  );
}
