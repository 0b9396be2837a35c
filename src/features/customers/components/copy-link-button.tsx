import { Button, CopyButton } from '@mantine/core';
import { IconCheck, IconLink } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';

/** Copies the address of the page as it is now (customer, batch, filters), to share or keep. */
export function CopyLinkButton() {
  const { t } = useTranslation('customers');
  const { pathname, search, hash } = useLocation();
  const href = new URL(`${pathname}${search}${hash}`, window.location.origin).href;
  return (
    <CopyButton value={href} timeout={2000}>
      {({ copied, copy }) => (
        <Button
          variant="default"
          size="xs"
          color={copied ? 'teal' : undefined}
          leftSection={
            copied ? <IconCheck size={14} aria-hidden /> : <IconLink size={14} aria-hidden />
          }
          onClick={copy}
        >
          {copied ? t('header.linkCopied') : t('header.copyLink')}
        </Button>
      )}
    </CopyButton>
  );
}
