// npm start: launch Chromium with the built extension on the bundled demo pages.
// With a display: a real window to try it in. Without one: headless, screenshots to demo-output/.
import path from 'node:path';
import { mkdirSync } from 'node:fs';
import { launch, ROOT, until } from '../test/e2e/harness';
import { DEMO_PAGES } from '../test/e2e/demo-pages';

const headed = Boolean(process.env.DISPLAY);
const out = path.join(ROOT, 'demo-output');
mkdirSync(out, { recursive: true });

const h = await launch({ headless: !headed });
for (const p of DEMO_PAGES) h.serve(p.url, { file: p.file });

const page = await h.context.newPage();
await page.goto(DEMO_PAGES[0]!.url);
const tabId = await h.tabIdOf(page);
const badge = await until(
  () => h.badge(tabId),
  (b) => b === '!',
  5000,
).catch(() => '(none)');
console.log(`demo page: ${DEMO_PAGES[0]!.url}\nbadge: ${badge}`);

if (headed) {
  for (const p of DEMO_PAGES.slice(1)) await (await h.context.newPage()).goto(p.url);
  await page.bringToFront();
  console.log('Chromium is open with the demo pages. Click the Wallet Witness icon. Ctrl-C to quit.');
  await new Promise(() => {});
} else {
  await h.shot(page, '1-demo-page', out);
  const popup = await h.openPopup(tabId);
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.getByRole('button', { name: 'Capture evidence' }).waitFor();
  await h.shot(popup, '2-popup-failed-payment', out);
  // The README's screenshot: what a person sees first in the 400 × 600 popup.
  mkdirSync(path.join(ROOT, 'docs'), { recursive: true });
  await popup.screenshot({ path: path.join(ROOT, 'docs/popup-failed.png') });
  // On a failed payment the capture starts a complaint (File under: a new complaint).
  await popup.getByRole('button', { name: 'Capture evidence' }).click();
  await popup
    .getByText(/Saved at/)
    .waitFor({ timeout: 15_000 })
    .catch(() => undefined);
  await h.shot(popup, '3-popup-after-capture', out);
  const opened = h.context.waitForEvent('page');
  await popup.getByRole('button', { name: 'Open the complaint' }).click();
  const dash = await opened;
  await dash.setViewportSize({ width: 1200, height: 900 });
  await dash.getByRole('heading', { name: 'Timeline' }).waitFor();
  // A first contact files the complaint: its answer-due date follows from the region's rules.
  await dash.getByLabel('Channel').selectOption('chat');
  await dash.getByLabel('Ticket or reference number').fill('PP-C-0042-7781');
  await dash.getByRole('button', { name: 'Log this contact' }).click();
  await dash.getByText('Answer due by').waitFor({ timeout: 10_000 });
  await h.shot(dash, '4-dashboard-case', out);
  console.log(`screenshots written to ${path.relative(process.cwd(), out)}/`);
  console.log(`extension network requests: ${h.extensionRequests.length}`);
  await h.close();
}
