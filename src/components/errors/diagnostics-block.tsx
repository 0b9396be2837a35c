import { Button, Collapse, Group, Stack, Text, Textarea } from '@mantine/core';
import { useClipboard, useDisclosure } from '@mantine/hooks';
import { IconCheck, IconChevronDown, IconChevronUp, IconCopy } from '@tabler/icons-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * "Copy diagnostics" with visible feedback, and the text itself behind a toggle, in a read-only
 * field a user can select by hand where the browser refuses the clipboard (e.g. over plain http);
 * it opens by itself when copying fails. `useClipboard` is what Mantine's `CopyButton` runs on; it
 * is used directly because it also reports a failed copy.
 */
export function DiagnosticsBlock({ text }: { readonly text: string }) {
  const { t } = useTranslation();
  const clipboard = useClipboard({ timeout: 3_000 });
  const [opened, { open, close }] = useDisclosure(false);
  const blockId = useId();
  const failed = clipboard.error !== null;
  const shown = opened || failed;
  const toggle = () => {
    if (shown) {
      // Closing also clears a failed copy, which would otherwise hold the text open.
      clipboard.reset();
      close();
    } else {
      open();
    }
  };

  return (
    <Stack gap="xs">
      <Group gap="xs">
        <Button
          size="xs"
          variant="default"
          leftSection={
            clipboard.copied ? (
              <IconCheck size={14} aria-hidden />
            ) : (
              <IconCopy size={14} aria-hidden />
            )
          }
          onClick={() => clipboard.copy(text)}
        >
          {clipboard.copied ? t('diagnostics.copied') : t('diagnostics.copy')}
        </Button>
        <Button
          size="xs"
          variant="default"
          aria-expanded={shown}
          aria-controls={blockId}
          rightSection={
            shown ? (
              <IconChevronUp size={14} aria-hidden />
            ) : (
              <IconChevronDown size={14} aria-hidden />
            )
          }
          onClick={toggle}
        >
          {shown ? t('diagnostics.hide') : t('diagnostics.show')}
        </Button>
      </Group>
      <Text size="xs" role="status">
        {failed
          ? t('diagnostics.copyFailed')
          : clipboard.copied
            ? t('diagnostics.copiedStatus')
            : ''}
      </Text>
      <Collapse expanded={shown} id={blockId}>
        <Textarea
          readOnly
          label={t('diagnostics.label')}
          description={t('diagnostics.help')}
          value={text}
          rows={text.split('\n').length + 1}
          size="xs"
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
        />
      </Collapse>
    </Stack>
  );
}
