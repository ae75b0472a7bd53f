import { expect, test } from './fixtures';
import { reloadUnlocked } from './support/unlock';

test.beforeEach(async ({ readyPage: _page, form }) => {
  await form.open();
  await form.fill({ services: [{ search: 'birth', name: /birth certificate/i }], minutes: '10 min', gender: 'Woman', age: '25–34', firstVisit: 'No' });
  await form.saveAndWaitForSaved();
});

test('edit a session of today', async ({ page, form, today }) => {
  await today.open();
  await today.editFirst();
  await page.getByRole('group', { name: 'Duration' }).getByRole('radio', { name: '30 min', exact: true }).check();
  await form.save();
  await expect(page.getByRole('heading', { name: 'Today' })).toBeVisible();
  await expect(today.sessions.first()).toContainText('30 min');
  await reloadUnlocked(page);
  await expect(today.sessions.first()).toContainText('30 min');
});

test('delete a session, undo, delete again', async ({ page, today }) => {
  await today.open();
  await today.deleteFirst();
  await expect(today.sessions).toHaveCount(0);
  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(today.sessions).toHaveCount(1);
  await today.deleteFirst();
  await expect(today.sessions).toHaveCount(0);
  await reloadUnlocked(page);
  await expect(page.getByText('No sessions logged today yet.')).toBeVisible();
});

test('same as last repeats the profile', async ({ page, form }) => {
  await form.open();
  await page.getByRole('button', { name: 'Same as last' }).click();
  await expect(page.getByRole('group', { name: 'Age' }).getByRole('radio', { name: '25–34', exact: true })).toBeChecked();
  await expect(page.getByRole('group', { name: 'Gender' }).getByRole('radio', { name: 'Woman', exact: true })).toBeChecked();
});
