import type { Page } from '@playwright/test';
import { expect } from './test';

/** An English catalogue and its Dutch twin (the same keys). */
export type CataloguePair = readonly [english: unknown, dutch: unknown];

/** Every message of a catalogue, by its key path, paired with the other language's. */
function leaves(english: unknown, dutch: unknown): [string, string][] {
  return typeof english === 'string'
    ? [[english, String(dutch)]]
    : Object.entries(english as Record<string, unknown>).flatMap(([key, child]) =>
        leaves(child, (dutch as Record<string, unknown>)[key]),
      );
}

/**
 * Fails when a line of the page's visible text is an English message that the Dutch catalogue
 * words differently (placeholders match anything), or a bare catalogue key such as
 * `table.label` or `devices:table.label`: what a Dutch page must never show.
 */
export function dutchPageCheck(pairs: readonly CataloguePair[]) {
  const englishOnly = pairs
    .flatMap(([english, dutch]) => leaves(english, dutch))
    .filter(([english, dutch]) => english !== dutch)
    .map(([english]) => {
      const pattern = english
        .split(/\{\{[^}]+\}\}/)
        .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('.+');
      return new RegExp(`^${pattern}$`);
    });
  const catalogueKey = new RegExp(
    `^(\\w+:)?(${pairs
      .flatMap(([english]) => Object.keys(english as Record<string, unknown>))
      .join('|')})\\.[\\w.]+$`,
  );
  return async function expectNoEnglishOrKeys(page: Page): Promise<void> {
    const lines = (await page.locator('body').innerText())
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    const english = lines.filter((line) => englishOnly.some((message) => message.test(line)));
    expect(english, 'English messages on a Dutch page').toEqual([]);
    const keys = lines.filter((line) => catalogueKey.test(line));
    expect(keys, 'catalogue keys instead of messages').toEqual([]);
  };
}
