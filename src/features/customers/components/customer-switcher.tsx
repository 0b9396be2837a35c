import { Button, Kbd, Modal } from '@mantine/core';
import { useDisclosure, useHotkeys, useOs } from '@mantine/hooks';
import { IconSwitchHorizontal } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CustomerPicker } from './customer-picker';

/** The header's "Switch customer" button and dialog, also opened with Ctrl+K (⌘K on a Mac). */
export function CustomerSwitcher() {
  const { t } = useTranslation('customers');
  const [opened, { open, close }] = useDisclosure(false);
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
            <CustomerPicker
              search={search}
              onSearchChange={setSearch}
              onOpen={closeAndReset}
              browseAll={false}
            />
          </Modal.Body>
        </Modal.Content>
      </Modal.Root>
    </>
  );
}
