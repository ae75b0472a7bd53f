import type { Page } from '@playwright/test';

/**
 * Resolves with the time a status message appeared in the current document, even if the page
 * reloads right after (a toast shown just before an update reload would be gone by the time an
 * ordinary locator assertion looks for it).
 */
export async function whenStatusShown(page: Page, text: string, timeout = 15_000): Promise<{ seen: Promise<number> }> {
  let resolveSeen!: (at: number) => void;
  const seen = new Promise<number>((resolve, reject) => {
    resolveSeen = resolve;
    setTimeout(() => reject(new Error(`no status "${text}" within ${timeout} ms`)), timeout).unref();
  });
  seen.catch(() => {}); // reported when awaited
  const name = `__e2eStatusShown_${Math.random().toString(36).slice(2)}`;
  await page.exposeBinding(name, (_source, at: number) => resolveSeen(at));
  await page.evaluate(
    ({ name, text }) => {
      const report = (globalThis as unknown as Record<string, (at: number) => void>)[name]!;
      const isShown = () => Array.from(document.querySelectorAll('[role="status"]')).some((el) => el.textContent?.includes(text));
      const observer = new MutationObserver(() => {
        if (!isShown()) return;
        observer.disconnect();
        report(Date.now());
      });
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    },
    { name, text },
  );
  return { seen };
}
