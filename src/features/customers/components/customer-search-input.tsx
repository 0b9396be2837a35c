import { CloseButton, Kbd, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { customerSearchAttribute } from '../arrow-navigation';
import classes from './customer-search-input.module.css';

interface CustomerSearchInputProps {
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly onClear: () => void;
  /** Search now rather than after the pause in typing. */
  readonly onSubmit: () => void;
  /** Shows the `/` shortcut in the field while it is empty. */
  readonly showShortcut?: boolean;
  readonly ref?: Ref<HTMLInputElement>;
}

/** The search field: company name or domain, with a clear button. */
export function CustomerSearchInput({
  value,
  onChange,
  onClear,
  onSubmit,
  showShortcut = false,
  ref,
}: CustomerSearchInputProps) {
  const { t } = useTranslation('customers');
  const rightSection =
    value !== '' ? (
      <CloseButton aria-label={t('search.clear')} onClick={onClear} />
    ) : showShortcut ? (
      <Kbd size="xs" title={t('search.shortcut')}>
        /
      </Kbd>
    ) : null;
  return (
    <TextInput
      ref={ref}
      type="search"
      classNames={{ root: classes.root, input: classes.input, description: classes.description }}
      label={t('search.label')}
      description={t('search.description')}
      placeholder={t('search.placeholder')}
      leftSection={<IconSearch size={16} aria-hidden />}
      rightSection={rightSection}
      value={value}
      onChange={(event) => {
        onChange(event.currentTarget.value);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Enter') onSubmit();
      }}
      autoComplete="off"
      spellCheck={false}
      data-autofocus
      {...{ [customerSearchAttribute]: '' }}
    />
  );
}
