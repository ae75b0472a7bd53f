import type { Page } from '@playwright/test';

/**
 * Collects what a volunteer would experience as "the app broke": uncaught errors, and scripts or
 * styles that failed to load (a chunk of an old build gone from the server after a deploy).
 */
export function watchPageProblems(page: Page): { errors: string[]; failedLoads: string[] } {
  const errors: string[] = [];
  const failedLoads: string[] = [];
  const isCode = (url: string, type: string) => type === 'script' || type === 'stylesheet' || /\.(m?js|css)(\?|$)/.test(url);
  page.on('pageerror', (error) => errors.push(`${error.name}: ${error.message}`));
  page.on('console', (message) => {
    const text = message.text();
    if (message.type() === 'error' && /dynamically imported module|preload|Loading chunk|Importing a module script failed/i.test(text)) {
      failedLoads.push(`console: ${text}`);
    }
  });
  page.on('requestfailed', (request) => {
    if (isCode(request.url(), request.resourceType())) failedLoads.push(`${request.url()}: ${request.failure()?.errorText ?? 'failed'}`);
  });
  page.on('response', (response) => {
    const request = response.request();
    if (response.status() >= 400 && isCode(response.url(), request.resourceType())) failedLoads.push(`${response.url()}: HTTP ${response.status()}`);
  });
  return { errors, failedLoads };
}
