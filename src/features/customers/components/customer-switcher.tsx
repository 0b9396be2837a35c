import { Button, Center, Kbd, Loader, Modal } from '@mantine/core';
import { useDisclosure, useHotkeys, useOs } from '@mantine/hooks';
import { IconSwitchHorizontal } from '@tabler/icons-react';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';

// The picker (search, results, recents) is its own chunk, kept out of every page's first load; it
// starts loading as soon as the pointer or focus reaches the button.
const loadPicker = () => import('./customer-picker');
const CustomerPicker = lazy(async () => ({ default: (await loadPicker()).CustomerPicker }));

/** The header's "Switch customer" button and dialog, also opened with Ctrl+K (⌘K on a Mac). */
export function CustomerSwitcher() {
  const { t } = useTranslation('customers');
  const [opened, disclosure] = useDisclosure(false);
  // Opens once the picker is loaded, so the dialog's focus lands in the search box as usual.
  const open = () => void loadPicker().then(disclosure.open, disclosure.open);
  const { close } = disclosure;
  const [search, setSearch] = useState('');
  const shortcut = useOs() === 'macos' ? t('switcher.shortcutMac') : t('switcher.shortcutOther');
  // Also from inside a text field: the shortcut is the way to switch without the mouse.
  useHotkeys([['mod+K', open]], []);
  const closeAndReset = () => {
    close();
    setSearch('');
  };

  return (
    <>
      <Button
        variant="default"
        leftSection={<IconSwitchHorizontal size={16} aria-hidden />}
        rightSection={
          <Kbd size="xs" visibleFrom="sm" aria-hidden>
            {shortcut}
          </Kbd>
        }
        aria-keyshortcuts="Control+K Meta+K"
        onMouseEnter={() => void loadPicker()}
        onFocus={() => void loadPicker()}
        onClick={open}
      >
        {t('switcher.open')}
      </Button>
      <Modal.Root opened={opened} onClose={closeAndReset} size="lg">
        <Modal.Overlay />
        <Modal.Content>
          {/* A dialog's header is not the page's banner landmark. */}
          <Modal.Header role="none">
            <Modal.Title>{t('switcher.title')}</Modal.Title>
            <Modal.CloseButton aria-label={t('switcher.close')} />
          </Modal.Header>
          <Modal.Body>
            <Suspense
              fallback={
                <Center py="lg">
                  <Loader size="sm" aria-label={t('switcher.loading')} />
                </Center>
              }
            >
              <CustomerPicker
                search={search}
                onSearchChange={setSearch}
                onOpen={closeAndReset}
                browseAll={false}
              />
            </Suspense>
          </Modal.Body>
        </Modal.Content>
      </Modal.Root>
    </>
  );
}
