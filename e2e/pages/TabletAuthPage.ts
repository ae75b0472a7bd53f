import type { Locator, Page } from '@playwright/test';

/** The tablet's enrolment, sign-in, PIN and lock screens (in English). */
export class TabletAuthPage {
  constructor(readonly page: Page) {}

  /** The QR code's link: /enrol#CODE fills the code in. */
  async openEnrolLink(code: string): Promise<void> {
    await this.page.goto(`/enrol#${code}`);
  }

  async chooseLanguage(lng: string): Promise<void> {
    await this.page.locator('select:has(option[value="en"])').first().selectOption(lng);
  }

  get codeField(): Locator {
    return this.page.getByLabel('Enrolment code');
  }

  async enrol(): Promise<void> {
    await this.page.getByRole('button', { name: 'Enrol tablet' }).click();
  }

  async signIn(login: string, password: string): Promise<void> {
    const form = this.page.getByRole('form', { name: 'Sign in' });
    await form.getByLabel('Login').fill(login);
    await form.getByLabel('Password').fill(password);
    await form.getByRole('button', { name: 'Sign in' }).click();
  }

  async setPin(pin: string, repeat = pin): Promise<void> {
    await this.page.getByLabel('New PIN').fill(pin);
    await this.page.getByLabel('The same PIN again').fill(repeat);
    await this.page.getByRole('button', { name: 'Save PIN' }).click();
  }

  /** The lock screen's list: one tap on a person. */
  async choosePerson(name: string): Promise<void> {
    await this.page.getByRole('list', { name: 'People who have signed in on this tablet' }).getByRole('button', { name }).click();
  }

  async enterPin(pin: string): Promise<void> {
    await this.page.getByLabel('Your PIN').fill(pin);
    await this.page.getByRole('button', { name: 'Unlock' }).click();
  }

  async lock(): Promise<void> {
    await this.page.getByRole('button', { name: 'Lock or switch volunteer' }).click();
  }

  get lockHeading(): Locator {
    return this.page.getByRole('heading', { name: 'Ura is locked' });
  }

  get todayHeading(): Locator {
    return this.page.getByRole('heading', { name: 'Today' });
  }

  get alert(): Locator {
    return this.page.getByRole('alert');
  }
}
