import { Button, Text } from '@mantine/core';
import { IconLogin, IconUserCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useAuthSession } from '@/lib/auth/auth-session';
import type { ReSignInGuard } from '@/lib/auth/re-sign-in-guard';
import { useSignIn } from '@/lib/auth/use-sign-in';

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
  const { authority } = useAuthSession();
  const { signIn, unreachable } = useSignIn();
  const signInAs = (selectAccount: boolean) => {
    guard.noteSignInChosen();
    void signIn({ selectAccount });
  };
  return (
    <>
      <Button
        size="xs"
        variant="default"
        leftSection={<IconLogin size={14} />}
        onClick={() => {
          signInAs(false);
        }}
      >
        {t('auth.signInAgain')}
      </Button>
      <Button
        size="xs"
        variant="default"
        leftSection={<IconUserCircle size={14} />}
        onClick={() => {
          signInAs(true);
        }}
      >
        {t('auth.signInWithAnotherAccount')}
      </Button>
      {unreachable && (
        <Text size="sm" role="status">
          {t('auth.unreachableBody', { authority })}
        </Text>
      )}
    </>
  );
}
