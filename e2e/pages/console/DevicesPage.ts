import type { Locator, Page } from '@playwright/test';

export class DevicesPage {
  constructor(readonly page: Page) {}

  async chooseCentre(name: string): Promise<void> {
    await this.page.getByLabel('Centre', { exact: true }).selectOption({ label: name });
    await this.page.getByRole('heading', { name: `Tablets of ${name}` }).waitFor();
  }

  /** The centre id the URL now names (?centre=…). */
  centreIdInUrl(): string {
    return new URL(this.page.url()).searchParams.get('centre') ?? '';
  }

  async makeEnrolmentCode(label: string): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Enrol a tablet' }).click();
    await this.page.getByLabel('Tablet', { exact: true }).fill(label);
    await this.page.getByRole('button', { name: 'Create an enrolment code' }).click();
    const panel = this.page.getByRole('region', { name: `Enrolment code for "${label}"` });
    await panel.waitFor();
    return panel;
  }
}
