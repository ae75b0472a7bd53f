import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

type Violation = { id: string; impact: string | null; nodes: { target: string[] }[] };

/** Runs axe-core in the page (evaluate is not subject to the CSP) and keeps serious and critical findings. */
export async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document) => Promise<{ violations: Violation[] }> } }).axe;
    return (await axe.run(document)).violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Controls smaller than 44 px in either direction (checkboxes and radios are covered by their labels). */
export async function smallTouchTargets(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('button, a, select, input, textarea, .choice span')]
      .filter((el) => !(el instanceof HTMLInputElement && (el.type === 'radio' || el.type === 'checkbox')))
      .filter((el) => !el.closest('.visually-hidden'))
      .map((el) => ({ el: el.outerHTML.slice(0, 80), rect: el.getBoundingClientRect() }))
      .filter(({ rect }) => rect.height > 0 && (rect.height < 44 || rect.width < 44))
      .map(({ el, rect }) => `${el} ${Math.round(rect.width)}×${Math.round(rect.height)}`),
  );
}
