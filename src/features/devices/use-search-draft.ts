import { useDebouncedCallback } from '@mantine/hooks';
import { useState } from 'react';

/** How long typing may pause before the list is searched (10,000 devices are not searched per key). */
const searchDelayMs = 200;

/**
 * The search box's text. What is typed shows at once; `commit` (writing the URL, which filters the
 * list) follows when typing pauses. The box owns its text, so a URL update never moves the caret
 * or drops a key; `clear` empties it and drops a search still waiting.
 */
export function useSearchDraft(initial: string, commit: (search: string) => void) {
  const [text, setText] = useState(initial);
  const commitLater = useDebouncedCallback(commit, searchDelayMs);
  return {
    text,
    change: (value: string) => {
      setText(value);
      commitLater(value);
    },
    clear: () => {
      commitLater.cancel();
      setText('');
    },
  };
}
