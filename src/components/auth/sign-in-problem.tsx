import { Container } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorPanel } from '@/components/errors/error-panel';
import type { SignInProblem as Problem } from '@/lib/auth/sign-in-problem';

interface SignInProblemProps {
  readonly problem: Problem;
  readonly authority: string;
  readonly onRetry: () => void;
}

/** A sign-in that did not complete: what happened and a way to try again, never a redirect loop. */
export function SignInProblem({ problem, authority, onRetry }: SignInProblemProps) {
  const { t } = useTranslation();
  return (
    <Container size="sm" py="xl">
      <ErrorPanel
        title={t(`auth.${problem.kind}Title`)}
        description={t(`auth.${problem.kind}Body`, { authority })}
        details={problem.code ? [{ label: t('errors.codeLabel'), value: problem.code }] : []}
        onRetry={onRetry}
        retryLabel={t('auth.signInAgain')}
      />
    </Container>
  );
}
