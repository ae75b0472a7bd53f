import type { Locator, Page } from '@playwright/test';

export const SECTIONS = ['Centres', 'People', 'Devices', 'Catalogue', 'Audit log'] as const;
export type Section = (typeof SECTIONS)[number];

/** The console's menu, as a signed-in coordinator or admin sees it. */
export class ConsoleNav {
  constructor(readonly page: Page) {}

  get menu(): Locator {
    return this.page.getByRole('navigation', { name: 'Console menu' });
  }

  link(section: Section): Locator {
    return this.menu.getByRole('link', { name: section, exact: true });
  }

  async go(section: Section, heading: string): Promise<void> {
    await this.link(section).click();
    await this.page.getByRole('heading', { name: heading, level: 1 }).waitFor();
  }

  async signOut(): Promise<void> {
    await this.page.getByRole('banner').getByRole('button', { name: 'Sign out' }).click();
  }

  get saved(): Locator {
    return this.page.getByRole('status').getByText('Saved', { exact: true });
  }
}
