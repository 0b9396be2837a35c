import { Button } from '@mantine/core';
import { IconUserCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSignIn } from '@/lib/auth/use-sign-in';
import { SignInUnreachable } from './sign-in-unreachable';

interface SignInWithAnotherAccountButtonProps {
  /** Called just before leaving for the identity provider's account picker. */
  readonly onChosen?: () => void;
}

/**
 * Leaves for the identity provider's account picker, returning to this page signed in as
 * whichever account is picked; says so here when the provider cannot be reached.
 */
export function SignInWithAnotherAccountButton({ onChosen }: SignInWithAnotherAccountButtonProps) {
  const { t } = useTranslation();
  const { signIn, unreachable } = useSignIn();
  return (
    <>
      <Button
        size="xs"
        variant="default"
        leftSection={<IconUserCircle size={14} />}
        onClick={() => {
          onChosen?.();
          void signIn({ selectAccount: true });
        }}
      >
        {t('auth.signInWithAnotherAccount')}
      </Button>
      {unreachable && <SignInUnreachable />}
    </>
  );
}
