import { expect, test } from './fixtures';
import { gotoUnlocked, reloadUnlocked } from './support/unlock';

// The tablet's own report (issue #5): offline, from the sessions this tablet holds, marked as local only.
test('offline, the tablet reports its own centre’s week, marked local only', async ({ readyPage: page, form, today, context }) => {
  test.slow();
  await context.setOffline(true);
  await reloadUnlocked(page);
  await expect(page.getByRole('heading', { name: 'Today' })).toBeVisible();
  for (const gender of ['Woman', 'Man']) {
    await form.open();
    await form.fill({ services: [{ search: 'birth', name: /birth certificate/i }], minutes: '10 min', gender, age: '65 and over', firstVisit: 'Yes' });
    await form.saveAndWaitForSaved();
  }

  await page.getByRole('navigation').getByRole('link', { name: 'Report', exact: true }).click();
  await expect(page.getByRole('heading', { name: "This tablet's report", level: 1 })).toBeVisible();
  await expect(page.getByTestId('local-only')).toContainText("Local only: this tablet's data, may be incomplete");
  await expect(page.getByTestId('local-only')).toContainText('ADISA Shkodër');
  await expect(page.getByTestId('report-total')).toHaveText('2 sessions');

  // E-services by their catalogue name, not their code; a chart beside each table, the table the truth.
  const byService = page.getByRole('table', { name: 'Services by e-service' });
  await expect(byService.getByRole('row', { name: /birth certificate/i })).toContainText('2');
  await expect(byService).not.toContainText('AL-CIVIL-BIRTH-CERT');
  await expect(page.getByRole('img', { name: 'Chart: Sessions by day. The numbers are in the table below.' })).toBeVisible();
  const byGender = page.getByRole('table', { name: 'Sessions by gender and age' });
  await expect(byGender.getByRole('row', { name: /Woman/ })).toContainText('1');

  // As a donor file would show it: small counts hidden and marked, never zero.
  await page.getByLabel(/Hide small counts as in donor files/).check();
  await expect(byGender.getByRole('row', { name: /Woman/ })).toContainText('hidden');
  await expect(page.getByRole('img', { name: /Sessions by gender and age/ }).getByText('hidden').first()).toBeVisible();

  // Still there after a reload with no network.
  await reloadUnlocked(page);
  await expect(page.getByTestId('report-total')).toHaveText('2 sessions');

  // A delete on this tablet shows at once: the day's counts change in the delete's own transaction.
  await today.open();
  await today.deleteFirst();
  await expect(today.sessions).toHaveCount(1);
  await page.getByRole('navigation').getByRole('link', { name: 'Report', exact: true }).click();
  await expect(page.getByTestId('report-total')).toHaveText('1 session');

  // A week that does not exist says so, and shows this week.
  await gotoUnlocked(page, '/reports?week=2026-W99');
  await expect(page.getByRole('alert')).toContainText('“2026-W99” is not a week this tablet can show');
  await expect(page.getByTestId('report-total')).toHaveText('1 session');
});
