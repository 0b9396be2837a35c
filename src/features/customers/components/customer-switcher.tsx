import { ActionIcon, Button, Kbd, Loader, Modal, Tooltip } from '@mantine/core';
import { useDisclosure, useHotkeys, useOs } from '@mantine/hooks';
import { IconSwitchHorizontal } from '@tabler/icons-react';
import { useState } from 'react';
import { noop } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorPanel } from '@/components/errors/error-panel';

// The picker (search, results, recents) is its own chunk, kept out of every page's first load; it
// starts loading as soon as the pointer or focus reaches the button.
const loadPicker = () => import('./customer-picker');
type Picker = Awaited<ReturnType<typeof loadPicker>>['CustomerPicker'];

/**
 * The header's "Switch customer" button and dialog, also opened with Ctrl+K (⌘K on a Mac). In a
 * narrow header (`compact`) the button is an icon, named by its tooltip and label.
 */
export function CustomerSwitcher({ compact = false }: { readonly compact?: boolean }) {
  const { t } = useTranslation('customers');
  const [opened, disclosure] = useDisclosure(false);
  const [picker, setPicker] = useState<{ readonly Picker: Picker } | 'failed' | null>(null);
  const [loading, setLoading] = useState(false);
  // Opens once the picker is loaded and rendered with the dialog, so focus lands in its search box;
  // until then the button shows that it is working.
  const open = () => {
    setLoading(true);
    loadPicker()
      .then(
        ({ CustomerPicker }) => {
          setPicker({ Picker: CustomerPicker });
          disclosure.open();
        },
        (error: unknown) => {
          console.warn('The customer picker could not be loaded', error);
          setPicker('failed');
          disclosure.open();
        },
      )
      .finally(() => {
        setLoading(false);
      });
  };
  const prefetch = () => {
    loadPicker().catch(noop); // opening says so if it still fails
  };
  const { close } = disclosure;
  const [search, setSearch] = useState('');
  const shortcut = useOs() === 'macos' ? t('switcher.shortcutMac') : t('switcher.shortcutOther');
  // Also from inside a text field: the shortcut is the way to switch without the mouse.
  useHotkeys([['mod+K', open]], []);
  const closeAndReset = () => {
    close();
    setSearch('');
  };
  const trigger = {
    'aria-keyshortcuts': 'Control+K Meta+K',
    'aria-busy': loading,
    onMouseEnter: prefetch,
    onFocus: prefetch,
    onClick: open,
  };

  return (
    <>
      {compact ? (
        <Tooltip label={t('switcher.open')}>
          <ActionIcon variant="default" size="lg" aria-label={t('switcher.open')} {...trigger}>
            {loading ? <Loader size="xs" aria-hidden /> : <IconSwitchHorizontal size={18} />}
          </ActionIcon>
        </Tooltip>
      ) : (
        <Button
          variant="default"
          leftSection={<IconSwitchHorizontal size={16} aria-hidden />}
          rightSection={
            // Busy rather than disabled while the picker loads: the button keeps its focus.
            loading ? (
              <Loader size="xs" aria-hidden />
            ) : (
              <Kbd size="xs" visibleFrom="sm" aria-hidden>
                {shortcut}
              </Kbd>
            )
          }
          {...trigger}
        >
          {t('switcher.open')}
        </Button>
      )}
      <Modal.Root opened={opened} onClose={closeAndReset} size="lg">
        <Modal.Overlay />
        <Modal.Content>
          {/* A dialog's header is not the page's banner landmark. */}
          <Modal.Header role="none">
            <Modal.Title>{t('switcher.title')}</Modal.Title>
            <Modal.CloseButton aria-label={t('switcher.close')} />
          </Modal.Header>
          <Modal.Body>
            {picker === 'failed' ? (
              <ErrorPanel
                title={t('switcher.loadFailedTitle')}
                description={t('switcher.loadFailedBody')}
                onRetry={open}
              />
            ) : (
              picker && (
                <picker.Picker
                  search={search}
                  onSearchChange={setSearch}
                  onOpen={closeAndReset}
                  browseAll={false}
                />
              )
            )}
          </Modal.Body>
        </Modal.Content>
      </Modal.Root>
    </>
  );
}
