import { Box, CloseButton, Group, Paper, Text } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import classes from './profiles.module.css';

/** The last change made on the page, in words; `focus` when the control that made it is gone. */
export interface ProfileChangeMessage {
  readonly text: string;
  readonly focus: boolean;
  /** Tells two equal messages apart, so the second is announced and focused too. */
  readonly id: number;
}

interface ProfileChangeStatusProps {
  readonly message: ProfileChangeMessage | undefined;
  readonly onDismiss: () => void;
}

/**
 * "The profile “Kiosk” was created." in a polite live region that is always there, so screen
 * readers announce each change. After a delete, whose button went with the profile, focus moves
 * here instead of falling back to the top of the page.
 */
export function ProfileChangeStatus({ message, onDismiss }: ProfileChangeStatusProps) {
  const { t } = useTranslation('profiles');
  const textRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (!message?.focus) return;
    // After the dialog has handed focus back (Mantine does so once it has closed).
    const timer = window.setTimeout(() => textRef.current?.focus(), 50);
    return () => {
      window.clearTimeout(timer);
    };
  }, [message]);
  return (
    <Box role="status">
      {message && (
        <Paper withBorder p="sm" className={classes.done}>
          <Group gap="sm" wrap="nowrap" align="flex-start">
            <IconCheck size={20} aria-hidden className={classes.doneIcon} />
            <Text ref={textRef} tabIndex={-1} size="sm" flex={1} className={classes.wrap}>
              {message.text}
            </Text>
            <CloseButton size="sm" aria-label={t('done.dismiss')} onClick={onDismiss} />
          </Group>
        </Paper>
      )}
    </Box>
  );
}
