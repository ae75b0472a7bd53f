import { describe, expect, it } from 'vitest';
import { readLocaleResources } from '../../../test/localeFiles';
import { LANGUAGES } from '../../i18n/languages';

// A row's button shows a short word ("Edit") and has a longer accessible name ("Edit Arta"): the
// name must contain the visible word (WCAG 2.5.3), so speech users can say what they see.
const PAIRS: [label: string, visible: string][] = [
  ['centres.editLabel', 'actions.edit'],
  ['people.editLabel', 'actions.edit'],
  ['people.disableLabel', 'people.disable'],
  ['people.enableLabel', 'people.enable'],
  ['people.resetPinLabel', 'people.resetPin'],
  ['devices.revokeLabel', 'devices.revoke'],
  ['catalogue.editLabel', 'actions.edit'],
  ['catalogue.retireLabel', 'catalogue.retire'],
  ['catalogue.reactivateLabel', 'catalogue.reactivate'],
];

const lookup = (tree: unknown, key: string) => key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], tree) as string;

describe('console row actions', () => {
  it.each(LANGUAGES)('%s: every accessible name contains the visible text', (lng) => {
    const admin = readLocaleResources(lng).admin;
    for (const [label, visible] of PAIRS) expect(lookup(admin, label), `${lng} ${label}`).toContain(lookup(admin, visible));
  });
});
