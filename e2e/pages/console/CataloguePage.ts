import type { Locator, Page } from '@playwright/test';

export type NewService = { code: string; names: readonly string[]; provider: string; category: string };

export const LANGUAGE_LABELS = ['Shqip', 'Македонски', 'Srpski (latinica)', 'Српски (ћирилица)', 'Crnogorski', 'English'] as const;

export class CataloguePage {
  constructor(readonly page: Page) {}

  get table(): Locator {
    return this.page.getByRole('table', { name: 'E-service catalogue' });
  }

  row(name: string): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name, exact: true }) });
  }

  async chooseCountry(label: string): Promise<void> {
    await this.page.getByLabel('Country').selectOption({ label });
  }

  /** The six names in the order of LANGUAGE_LABELS. */
  async fillNames(form: Locator, names: readonly string[]): Promise<void> {
    for (const [i, label] of LANGUAGE_LABELS.entries()) await form.getByLabel(label, { exact: true }).fill(names[i] ?? '');
  }

  /** Fills and sends the new e-service form; answers the form, still open when the server refused. */
  async submitNew({ code, names, provider, category }: NewService): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Add an e-service' }).click();
    const form = this.page.getByRole('form', { name: /^New e-service/ });
    await form.getByLabel('Code').fill(code);
    await this.fillNames(form, names);
    await form.getByLabel('Provider').fill(provider);
    await form.getByLabel('Category').selectOption({ label: category });
    await form.getByRole('button', { name: 'Save' }).click();
    return form;
  }

  async add(service: NewService): Promise<void> {
    await (await this.submitNew(service)).waitFor({ state: 'detached' });
  }

  editForm(code: string): Locator {
    return this.page.getByRole('form', { name: `Edit ${code}` });
  }
}
