import { expect, type Page } from '@playwright/test';
import { SessionFormPage } from '../pages/SessionFormPage';

/** The header's sync badge (a link to /sync): "All synced", "3 waiting to sync", ... */
export const syncBadge = (page: Page) => page.locator('a.sync-badge');

/** `count` quick, valid sessions through the form (the Save button's own path), each proven by the badge. */
export async function logSessions(page: Page, count: number): Promise<void> {
  const form = new SessionFormPage(page);
  await form.open();
  const chosen = page.getByRole('list', { name: 'Chosen e-services' }).getByRole('listitem');
  for (let i = 0; i < count; i++) {
    // The form clears itself after a save; filling before it has would lose the input.
    await expect(chosen).toHaveCount(0);
    await form.fill({
      services: [{ search: 'birth', name: /birth certificate/i }],
      minutes: '10 min',
      gender: i % 2 === 0 ? 'Woman' : 'Man',
      age: '65 and over',
      firstVisit: 'Yes',
    });
    await expect(chosen).toHaveCount(1);
    // Not saveAndWaitForSaved(): the 4 s timer of the previous save's "Saved" toast is never cleared, so
    // it can hide the next toast before it is seen. The committed outbox row is the proof instead.
    await form.save();
    await expect(syncBadge(page)).toHaveText(`${i + 1} waiting to sync`, { timeout: 10_000 });
  }
}
