/**
 * What is wrong with a name for a new batch, if anything. Partner Center documents no rules for
 * batch names; its PowerShell module matches names without regard to case when it decides whether
 * to create a batch or add to one, and the API refuses a name the customer already has (409). So
 * the name must be new among the customer's batches, compared case-insensitively.
 */
export type BatchNameProblem = 'empty' | 'too-long' | 'control-characters' | 'taken';

/**
 * The dashboard's own limit: the API documents none, and a longer name would not fit the batch
 * list, the breadcrumbs or the file name of an export.
 */
export const maxBatchNameLength = 200;

export function checkNewBatchName(
  name: string,
  existingNames: readonly string[],
): BatchNameProblem | undefined {
  const trimmed = name.trim();
  if (trimmed === '') return 'empty';
  // Counted in characters as people see them (an emoji or an accented letter is one).
  const segments = new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(trimmed);
  if (Array.from(segments).length > maxBatchNameLength) return 'too-long';
  if (/\p{Cc}/u.test(trimmed)) return 'control-characters';
  // Upper case, as .NET's ordinal ignore-case comparison does: "ı" and "i" both become "I".
  const upper = trimmed.toUpperCase();
  if (existingNames.some((existing) => existing.trim().toUpperCase() === upper)) return 'taken';
  return undefined;
}
