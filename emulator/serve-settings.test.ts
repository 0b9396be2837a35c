import { describe, expect, it } from 'vitest';
import { shellAssignments, shellQuote } from './serve-settings';

describe('shellQuote', () => {
  it('keeps JSON, quotes, dollars and backticks from the shell', () => {
    expect(shellQuote(`{"a":"it's $HOME \`x\`"}`)).toBe(`'{"a":"it'\\''s $HOME \`x\`"}'`);
  });
});

describe('shellAssignments', () => {
  it('writes one export per variable, in order', () => {
    expect(shellAssignments({ A: 'one', B: 'two words' })).toBe(
      "export A='one'\nexport B='two words'",
    );
  });
});
