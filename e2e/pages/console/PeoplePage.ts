import type { Locator, Page } from '@playwright/test';

export type Invitation = { link: string; code: string };

export class PeoplePage {
  constructor(readonly page: Page) {}

  get table(): Locator {
    return this.page.getByRole('table', { name: 'People' });
  }

  row(name: string): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name, exact: true }) });
  }

  /** Invites someone and reads the link and code the console shows once. */
  async invite({ name, role, centres }: { name: string; role?: string; centres: string[] }): Promise<Invitation> {
    await this.page.getByRole('button', { name: 'Invite someone' }).click();
    const form = this.page.getByRole('form', { name: 'Invite someone' });
    await form.getByLabel('Name', { exact: true }).fill(name);
    if (role) await form.getByRole('group', { name: 'Role' }).getByRole('radio', { name: role, exact: true }).check();
    for (const centre of centres) await form.getByRole('group', { name: /^Centres/ }).getByRole('checkbox', { name: centre, exact: true }).click();
    await form.getByRole('button', { name: 'Create the invitation' }).click();
    const panel = this.invitationPanel(name);
    await panel.waitFor();
    return { link: await panel.getByLabel('Invitation link').inputValue(), code: await panel.getByLabel('Invitation code').inputValue() };
  }

  invitationPanel(name: string): Locator {
    return this.page.getByRole('region', { name: `Invitation for ${name}` });
  }

  async edit(name: string, change: { role?: string; toggleCentres?: string[] }): Promise<void> {
    await this.row(name).getByRole('button', { name: `Edit ${name}` }).click();
    const form = this.page.getByRole('form', { name: `Edit ${name}` });
    if (change.role) await form.getByRole('group', { name: 'Role' }).getByRole('radio', { name: change.role, exact: true }).check();
    for (const centre of change.toggleCentres ?? []) await form.getByRole('group', { name: /^Centres/ }).getByRole('checkbox', { name: centre, exact: true }).click();
    await form.getByRole('button', { name: 'Save' }).click();
    await form.waitFor({ state: 'detached' });
  }
}
