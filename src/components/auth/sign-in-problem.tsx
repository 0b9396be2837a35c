import { Container } from '@mantine/core';
import { ErrorPanel } from '@/components/errors/error-panel';
import type { SignInProblem as Problem } from '@/lib/auth/describe-sign-in-error';

interface SignInProblemProps {
  readonly problem: Problem;
  readonly onRetry: () => void;
}

/** A sign-in that did not complete: what happened and a way to try again, never a redirect loop. */
export function SignInProblem({ problem, onRetry }: SignInProblemProps) {
  return (
    <Container size="sm" py="xl">
      <ErrorPanel
        title={problem.title}
        description={problem.description}
        details={problem.code ? [{ label: 'Code', value: problem.code }] : []}
        onRetry={onRetry}
        retryLabel="Sign in again"
      />
    </Container>
  );
}
