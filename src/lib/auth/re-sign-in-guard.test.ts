import { createReSignInGuard, reSignInWindowMs } from './re-sign-in-guard';

/** A tab's sessionStorage, which outlives the page across the redirect to sign in and back. */
function createTabStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => {
      items.set(key, value);
    },
    removeItem: (key: string) => {
      items.delete(key);
    },
  };
}

/** One tab: each `load()` is the dashboard starting afresh in it, as after a redirect. */
function createTab() {
  const storage = createTabStorage();
  let time = Date.UTC(2025, 2, 4, 9, 0, 0);
  return {
    storage,
    load: () => createReSignInGuard(storage, () => time),
    advance: (ms: number) => {
      time += ms;
    },
  };
}

const minute = 60_000;

describe('createReSignInGuard', () => {
  it('sends a first 401 through sign-in again', () => {
    const guard = createTab().load();
    expect(guard.decideUnauthorized()).toBe('sign-in-again');
    expect(guard.isLeaving()).toBe(true);
  });

  it('shows the panel for a 401 after coming back from that sign-in, instead of leaving again', () => {
    const tab = createTab();
    tab.load().decideUnauthorized();
    tab.advance(20_000); // the round trip through the identity provider

    const afterReturn = tab.load();
    expect(afterReturn.decideUnauthorized()).toBe('show-panel');
    expect(afterReturn.isLeaving()).toBe(false);
    expect(afterReturn.decideUnauthorized()).toBe('show-panel');
  });

  it('leaves once when several requests are refused at the same time', () => {
    const guard = createTab().load();
    const decisions = [1, 2, 3].map(() => guard.decideUnauthorized());
    expect(decisions).toEqual(['sign-in-again', 'already-leaving', 'already-leaving']);
  });

  it('lets an answer after the window clear the re-sign-in, so a later expiry signs in again', () => {
    const tab = createTab();
    tab.load().decideUnauthorized();
    const afterReturn = tab.load();
    tab.advance(reSignInWindowMs);
    afterReturn.noteAnswered();

    expect(afterReturn.decideUnauthorized()).toBe('sign-in-again');
  });

  it('keeps showing the panel while one request is refused and another answers, within the window', () => {
    const tab = createTab();
    tab.load().decideUnauthorized();
    const afterReturn = tab.load();
    afterReturn.noteAnswered();

    expect(afterReturn.decideUnauthorized()).toBe('show-panel');
  });

  it('signs in again after the window once Partner Center has answered since the re-sign-in', () => {
    const tab = createTab();
    tab.load().decideUnauthorized();
    const afterReturn = tab.load();
    afterReturn.noteAnswered();
    tab.advance(reSignInWindowMs + 10 * minute);

    expect(afterReturn.decideUnauthorized()).toBe('sign-in-again');
  });

  it('keeps showing the panel, however long after, while nothing has been answered since', () => {
    const tab = createTab();
    tab.load().decideUnauthorized();
    tab.advance(reSignInWindowMs + 60 * minute);

    expect(tab.load().decideUnauthorized()).toBe('show-panel');
  });

  it('after a sign-in the user chose, shows the panel again rather than leaving on its own', () => {
    const tab = createTab();
    tab.load().decideUnauthorized();
    const onPanel = tab.load();
    onPanel.noteAnswered();
    tab.advance(reSignInWindowMs + minute);
    onPanel.noteSignInChosen();

    expect(tab.load().decideUnauthorized()).toBe('show-panel');
  });

  it('stays on the page when the redirect does not start, and tells whoever shows it', () => {
    const guard = createTab().load();
    const listener = vi.fn();
    guard.subscribe(listener);
    guard.decideUnauthorized();
    guard.noteRedirectFailed();

    expect(listener).toHaveBeenCalledTimes(2);
    expect(guard.isLeaving()).toBe(false);
    expect(guard.decideUnauthorized()).toBe('show-panel');
  });

  it('never leaves when it cannot remember leaving', () => {
    const full = {
      ...createTabStorage(),
      setItem: () => {
        throw new DOMException('quota exceeded', 'QuotaExceededError');
      },
    };
    expect(createReSignInGuard(full).decideUnauthorized()).toBe('show-panel');
  });

  it('treats an unreadable marker as none', () => {
    const tab = createTab();
    tab.storage.setItem('ztb:re-sign-in', '{"startedAt":"yesterday"}');
    expect(tab.load().decideUnauthorized()).toBe('sign-in-again');
  });
});
