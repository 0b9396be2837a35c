import { Stack } from '@mantine/core';
import { useDebouncedCallback, useHotkeys } from '@mantine/hooks';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { handleArrowNavigation } from '../arrow-navigation';
import { CustomerResults } from './customer-results';
import { CustomerSearchInput } from './customer-search-input';
import { RememberedCustomers } from './remembered-customers';

/** How long typing must pause before the search is sent. */
export const searchDebounceMs = 300;

interface CustomerPickerProps {
  /** The search being shown (trimmed); the field starts with it. */
  readonly search: string;
  /** Called with the trimmed text once typing pauses, or at once on Enter or clear. */
  readonly onSearchChange: (search: string) => void;
  /** Called when a customer is opened. */
  readonly onOpen?: () => void;
  /** Lists every customer before a search (the customers page); else only recents and favourites. */
  readonly browseAll: boolean;
  /** `/` and Ctrl/⌘+K focus the search field. */
  readonly focusShortcuts?: boolean;
}

/**
 * Search, favourites, recents and results in one keyboard-operable block: ↓ from the field
 * moves through the customers, Enter opens one.
 */
export function CustomerPicker({
  search,
  onSearchChange,
  onOpen,
  browseAll,
  focusShortcuts = false,
}: CustomerPickerProps) {
  const { t } = useTranslation('customers');
  const [text, setText] = useState(search);
  const inputRef = useRef<HTMLInputElement>(null);
  const commit = useDebouncedCallback((value: string) => {
    onSearchChange(value.trim());
  }, searchDebounceMs);
  const focusSearch = () => inputRef.current?.focus();
  useHotkeys(
    focusShortcuts
      ? [
          ['/', focusSearch],
          ['mod+K', focusSearch],
        ]
      : [],
  );
  const clear = () => {
    commit.cancel();
    setText('');
    onSearchChange('');
    focusSearch();
  };

  return (
    <Stack gap="lg" onKeyDown={handleArrowNavigation}>
      <CustomerSearchInput
        ref={inputRef}
        value={text}
        onChange={(value) => {
          setText(value);
          commit(value);
        }}
        onClear={clear}
        onSubmit={() => {
          commit.flush();
        }}
        showShortcut={focusShortcuts}
      />
      {search === '' && (
        <RememberedCustomers
          hint={browseAll ? t('memory.emptyHint') : t('memory.switcherHint')}
          onOpen={onOpen}
          onRowRemoved={focusSearch}
        />
      )}
      {(search !== '' || browseAll) && (
        <CustomerResults search={search} onOpen={onOpen} onClearSearch={clear} />
      )}
    </Stack>
  );
}
