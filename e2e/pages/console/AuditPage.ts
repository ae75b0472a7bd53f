import type { Locator, Page } from '@playwright/test';

export class AuditPage {
  constructor(readonly page: Page) {}

  get table(): Locator {
    return this.page.getByRole('table', { name: 'Audit log' });
  }

  /** Rows whose Action column reads `action` (e.g. "Signed in"). */
  rows(action: string): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('cell', { name: action, exact: true }) });
  }

  async filterByAction(action: string): Promise<void> {
    await this.page.getByLabel('Action').selectOption({ label: action });
    await this.page.getByRole('button', { name: 'Show', exact: true }).click();
  }
}
