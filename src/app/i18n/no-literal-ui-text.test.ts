import { ESLint } from 'eslint';

/** The repository root, where eslint.config.js lives (jsdom resolves relative URLs elsewhere). */
const cwd = decodeURIComponent(new URL(import.meta.url).pathname).replace(
  /src\/app\/i18n\/[^/]+$/,
  '',
);

/** What the project's no-literal-text selectors (eslint.config.js, `no-restricted-syntax`) say. */
const literalTextMessage = 'UI text comes from the message catalogues: use t().';

/**
 * The project's own ESLint configuration, with only `no-restricted-syntax` (where the literal-text
 * selectors live) and without type information, which that rule does not need: seconds, not a
 * minute. Tests and test helpers are exempt from the rule, so they are not read at all.
 */
const eslint = new ESLint({
  cwd,
  overrideConfig: {
    languageOptions: { parserOptions: { projectService: false, project: null } },
  },
  ruleFilter: ({ ruleId }) => ruleId === 'no-restricted-syntax',
  ignorePatterns: ['src/**/*.test.tsx', 'src/testing/**'],
});

const literalTextIn = (results: ESLint.LintResult[]) =>
  results.flatMap((result) =>
    result.messages
      .filter((message) => message.message === literalTextMessage || message.fatal)
      .map(
        (message) =>
          `${result.filePath.slice(cwd.length)}:${String(message.line)} ${message.message}`,
      ),
  );

describe('UI text', () => {
  it('never bypasses the message catalogues in a component', async () => {
    const results = await eslint.lintFiles(['src/**/*.tsx']);
    expect(results.length).toBeGreaterThan(50);
    expect(literalTextIn(results)).toEqual([]);
  }, 30_000);

  it('is caught when a component writes it as JSX text or as a label', async () => {
    const fixture = [
      "import { Button, TextInput } from '@mantine/core';",
      'export function Example() {',
      '  return (',
      '    <>',
      '      <Button>Save changes</Button>',
      '      <TextInput label="Name" placeholder="Your name" aria-label="Name" />',
      '      <span>{count} – 42</span>',
      '    </>',
      '  );',
      '}',
    ].join('\n');
    const [result] = await eslint.lintText(fixture, { filePath: 'src/app/routes/example.tsx' });
    expect(literalTextIn(result ? [result] : []).map((line) => line.split(' ')[0])).toEqual([
      'src/app/routes/example.tsx:5',
      'src/app/routes/example.tsx:6',
      'src/app/routes/example.tsx:6',
      'src/app/routes/example.tsx:6',
    ]);
  });
});
