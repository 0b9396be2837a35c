import { Button } from '@mantine/core';
import { IconLogin } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ReSignInGuard } from '@/lib/auth/re-sign-in-guard';
import { useSignIn } from '@/lib/auth/use-sign-in';
import { SignInUnreachable } from './sign-in-unreachable';
import { SignInWithAnotherAccountButton } from './sign-in-with-another-account-button';

interface SignInRefusedActionsProps {
  readonly guard: ReSignInGuard;
}

/**
 * The user's own ways out of a sign-in Partner Center refuses: sign in again (perhaps now meeting
 * what the organisation asks, such as MFA) or with another account. Each is one redirect per
 * click; the guard is told first, so a refusal after it comes back to the panel, not to a loop.
 */
export function SignInRefusedActions({ guard }: SignInRefusedActionsProps) {
  const { t } = useTranslation();
  const { signIn, unreachable } = useSignIn();
  return (
    <>
      <Button
        size="xs"
        variant="default"
        leftSection={<IconLogin size={14} />}
        onClick={() => {
          guard.noteSignInChosen();
          void signIn({ selectAccount: false });
        }}
      >
        {t('auth.signInAgain')}
      </Button>
      <SignInWithAnotherAccountButton
        onChosen={() => {
          guard.noteSignInChosen();
        }}
      />
      {unreachable && <SignInUnreachable />}
    </>
  );
}
