import { expect, test } from './fixtures';
import { seriousViolations } from './support/axe';
import { navigateInApp } from './support/unlock';

test('setup screen has no serious accessibility problem', async ({ page, setup }) => {
  await setup.open();
  await page.locator('h1').waitFor();
  expect(await seriousViolations(page)).toEqual([]);
});

test('every screen of a set-up tablet has no serious accessibility problem', async ({ readyPage: page, form }) => {
  await form.open();
  await form.save(); // the form with its validation messages shown
  expect(await seriousViolations(page), 'new session with errors').toEqual([]);
  await form.fill({ services: [{ search: 'birth', name: /birth certificate/i, outcome: 'Not completed', blocker: 'Missing documents' }], minutes: '5 min', gender: 'Man', age: '18–24', firstVisit: 'Yes' });
  expect(await seriousViolations(page), 'new session filled').toEqual([]);
  await form.saveAndWaitForSaved();
  for (const path of ['/', '/settings']) {
    await navigateInApp(page, path);
    await page.locator('h1').waitFor();
    expect(await seriousViolations(page), path).toEqual([]);
  }
  await navigateInApp(page, '/');
  await page.getByRole('button', { name: /^Edit the session/ }).first().click();
  await page.getByRole('heading', { name: 'Edit session' }).waitFor();
  expect(await seriousViolations(page), 'edit').toEqual([]);
});

test('touch targets are at least 44 px', async ({ readyPage: page, form }) => {
  await form.open();
  const small = await page.evaluate(() =>
    [...document.querySelectorAll('button, a, select, input, textarea, .choice span')]
      .filter((el) => !(el instanceof HTMLInputElement && (el.type === 'radio' || el.type === 'checkbox')))
      .filter((el) => !el.closest('.visually-hidden'))
      .map((el) => ({ el: el.outerHTML.slice(0, 80), h: el.getBoundingClientRect().height }))
      .filter((x) => x.h > 0 && x.h < 44),
  );
  expect(small).toEqual([]);
});
