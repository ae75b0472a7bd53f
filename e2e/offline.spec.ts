import { expect, test } from './fixtures';
import { reloadUnlocked } from './support/unlock';

test('a volunteer logs a session with no network, and it survives reloads', async ({ readyPage: page, form, today, context }) => {
  await context.setOffline(true);
  await reloadUnlocked(page);
  await expect(page.getByRole('heading', { name: 'Today' })).toBeVisible();
  await expect(page.getByText('Offline – everything is kept on this tablet')).toBeVisible();

  await form.open();
  await form.fill({
    services: [{ search: 'birth', name: /birth certificate/i }],
    minutes: '10 min',
    gender: 'Woman',
    age: '65 and over',
    groups: ['Lives in a rural area'],
    firstVisit: 'Yes',
  });
  // A double tap saves once: the second tap falls while the first save runs, or before the form is emptied.
  await page.getByRole('button', { name: 'Save', exact: true }).dblclick();
  await expect(page.getByRole('list', { name: 'Chosen e-services' }).getByRole('listitem')).toHaveCount(0);
  await expect(page.locator('.toast').filter({ hasText: 'Saved' }).or(page.getByRole('alert'))).toBeVisible();
  // A save of the emptied form is refused: no "Saved" may stand beside the refusal.
  await form.save();
  await expect(page.getByRole('alert')).toContainText('Choose at least one e-service.');
  await expect(page.locator('.toast')).toHaveCount(0);

  await reloadUnlocked(page);
  await today.open();
  await expect(today.sessions).toHaveCount(1);
  await expect(today.sessions.first()).toContainText(/birth certificate/i);
  await expect(today.sessions.first()).toContainText('not synced yet');
  await expect(today.count).toHaveText('1');
});

test('unsaved input survives a validation error and a reload', async ({ readyPage: page, form }) => {
  await form.open();
  await form.save();
  await expect(page.getByRole('alert')).toContainText('Choose at least one e-service.');
  await form.fill({ services: [{ search: 'income', name: /income declaration/i, outcome: 'Not completed' }], gender: 'Man', notes: 'came back with papers' });
  await form.save();
  await expect(page.getByRole('alert')).toContainText('Choose what stopped it.');
  await reloadUnlocked(page);
  await expect(page.getByLabel('Notes (optional)')).toHaveValue('came back with papers');
  await expect(page.getByRole('group', { name: 'Gender' }).getByRole('radio', { name: 'Man', exact: true })).toBeChecked();
  await expect(page.getByRole('list', { name: 'Chosen e-services' }).getByRole('listitem')).toHaveCount(1);
});
