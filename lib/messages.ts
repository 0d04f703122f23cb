import * as z from 'zod/mini';
import { browser, type Browser } from 'wxt/browser';
import { MAX_EVIDENCE_TITLE, MAX_EVIDENCE_URL } from './evidence/record-limits';
import { factsSchema } from './facts/schema';

/**
 * The one message protocol between content script, background, popup and dashboard.
 * Each message names its payload schema and who may send it; `listen()` validates both before a
 * handler runs, so a malformed payload or a foreign sender never reaches application code.
 * zod/mini keeps the content script small (the bench holds it under 25 kB).
 */
const reason = z.enum(['insufficient-funds', 'verification-required', 'network-or-system', 'declined-by-recipient-or-bank', 'unknown']);
const shortText = (max: number) => z.string().check(z.maxLength(max));

/** The PageDetection contract (DESIGN.md) as a schema: the fuzz tests hold detectPage's output to it. */
export const detectionSchema = z.object({
  kind: z.enum(['failed-transaction', 'support-page', 'none']),
  siteId: z.nullable(shortText(64)),
  transaction: z.optional(
    z.object({
      id: z.optional(shortText(512)),
      amount: z.optional(shortText(64)),
      currency: z.optional(shortText(16)),
      reason,
      message: z.optional(shortText(2000)),
    }),
  ),
  signals: z.array(shortText(500)).check(z.maxLength(50)),
});

const dimension = z.number().check(z.nonnegative());

/** What the capture probe (lib/capture/probe.ts) answers from inside the captured page. */
export const pageProbeSchema = z.object({
  url: shortText(MAX_EVIDENCE_URL),
  title: shortText(MAX_EVIDENCE_TITLE),
  html: z.string(),
  detection: detectionSchema,
  viewport: z.object({ width: dimension, height: dimension, devicePixelRatio: dimension }),
  scrollHeight: dimension,
  scrollY: z.number(),
  /** What page.html left out (lib/evidence/snapshot-facts.ts): counts only. */
  snapshot: z.optional(
    z.object({
      blanked: z.record(z.string().check(z.maxLength(32)), z.number()),
      fonts: z.object({ kept: z.number(), dropped: z.number() }),
    }),
  ),
  /** Structured facts read from the page (lib/facts), re-judged by the background. */
  facts: z.optional(factsSchema),
});
export type PageProbe = z.infer<typeof pageProbeSchema>;

const count = (max: number) => z.number().check(z.int(), z.nonnegative(), z.maximum(max));
const readFailed = <T extends z.ZodMiniType>(t: T) => z.optional(z.nullable(t));
const flag = z.boolean();

/** What the content script reads of a page (lib/detection/reading.ts), for the judge. */
export const readingSchema = z.object({
  title: shortText(200),
  // text.ts reads at most 25,000 segments, plus 100 late ones on a truncated page.
  count: count(25_100),
  texts: z.array(z.tuple([count(25_100), z.array(shortText(1000)).check(z.maxLength(25_100))])).check(z.maxLength(25_100)),
  candidates: z
    .array(
      z.object({
        seg: count(25_100),
        trigger: flag,
        place: readFailed(
          z.object({
            hidden: flag,
            excluded: z.nullable(shortText(64)),
            alert: flag,
            dialog: flag,
            heading: flag,
            status: flag,
            errorClass: flag,
            titleClass: flag,
            article: flag,
            chat: flag,
            row: flag,
          }),
        ),
        message: readFailed(shortText(300)),
        field: readFailed(flag),
        list: z.optional(z.number().check(z.int(), z.minimum(-1), z.maximum(320))),
        listed: readFailed(flag),
      }),
    )
    .check(z.maxLength(320)),
  // Kept texts in table cells (cells.ts): [segment, table, row (-1: any), column heading].
  cells: z
    .array(z.tuple([count(25_100), count(2_000), z.number().check(z.int(), z.minimum(-1), z.maximum(10_000)), shortText(40)]))
    .check(z.maxLength(2_000)),
  support: z.nullable(
    z.object({
      headings: z
        .array(z.object({ level: z.union([z.literal(1), z.literal(2)]), text: shortText(80), shown: readFailed(flag) }))
        .check(z.maxLength(45)),
      messageBox: flag,
      article: flag,
    }),
  ),
});

/** What the protection checks read of a page (lib/protect/page-read.ts). */
export const protectReadingSchema = z.object({
  title: shortText(200),
  headings: z.array(shortText(300)).check(z.maxLength(41)),
  text: shortText(12_500),
  contacts: z.object({ phone: count(2000), messenger: count(2000), email: count(2000) }),
  fields: count(1_000_000),
  article: flag,
});

const tabId = z.number().check(z.int(), z.nonnegative());
const fillStep = z.object({ ref: z.number().check(z.int()), type: shortText(32), value: shortText(100_000) });

/** Who may send a message: a content script in a tab, or one of our own extension pages. */
type Origin = 'tab' | 'extension-page';

const PROTOCOL = {
  /** content → background: what the page reader saw on this tab now; the background judges it. */
  'page-reading': { from: 'tab', schema: z.object({ url: shortText(8192), reading: z.nullable(readingSchema) }) },
  /** popup → background: the tab's detection state. */
  'tab-state': { from: 'extension-page', schema: z.object({ tabId }) },
  /** popup/dashboard → background: capture a tab as evidence. */
  capture: {
    from: 'extension-page',
    schema: z.object({
      tabId,
      /** The tab's window as the sender last saw it: the screenshot starts at once, checked after. */
      windowId: z.optional(z.number().check(z.int())),
      caseId: z.nullable(shortText(64)),
      newCase: z.boolean(),
      fullPage: z.boolean(),
      /** Also save page.mhtml (Chrome: needs the optional pageCapture permission). */
      mhtml: z.boolean(),
      /** Also scroll the page's largest scrolling pane (a chat, a list) and stitch it: pane.png, pane.txt. */
      pane: z.optional(z.boolean()),
      /** Also store screenshot-captioned.png: the screenshot with a strip naming the address and time. */
      caption: z.optional(z.boolean()),
      note: shortText(10_000),
    }),
  },
  /** popup → background: stop the screen-by-screen capture running on this tab; nothing is saved. */
  'capture-cancel': { from: 'extension-page', schema: z.object({ tabId }) },
  /** extension page → background: this page committed a change to cases (lib/db/case-writes.ts): re-arm reminders. */
  'cases-changed': { from: 'extension-page', schema: z.object({}) },
  /** background/popup → content: list the page's form fields for prefilling. */
  'prefill-collect': { from: 'extension-page', schema: z.object({}) },
  /** popup → content: apply a fill plan made for `expectedUrl`. */
  'prefill-apply': {
    from: 'extension-page',
    schema: z.object({ expectedUrl: shortText(8192), steps: z.array(fillStep).check(z.maxLength(500)) }),
  },
  /** popup → content: undo the last fill. */
  'prefill-undo': { from: 'extension-page', schema: z.object({}) },
  /** popup → background: run the protection checks on the tab (address, then its text). */
  'protect-check': { from: 'extension-page', schema: z.object({ tabId }) },
  /** popup → background: trust (or stop trusting) the site of `url`. */
  'protect-trust': { from: 'extension-page', schema: z.object({ url: shortText(8192), trusted: flag }) },
  /** guard → background: judge this page (its address at document_start, then its text). */
  'guard-check': { from: 'tab', schema: z.object({ url: shortText(8192), reading: z.nullable(protectReadingSchema) }) },
  /** guard → background: "I trust this site" on the banner. */
  'guard-trust': { from: 'tab', schema: z.object({}) },
  /** guard → background: "Leave this site" on a page with no history to go back to. */
  'guard-leave': { from: 'tab', schema: z.object({}) },
} as const satisfies Record<string, { from: Origin; schema: z.ZodMiniType }>;

export type MessageType = keyof typeof PROTOCOL;
export type Payload<T extends MessageType> = z.infer<(typeof PROTOCOL)[T]['schema']>;
export type Message = { [T in MessageType]: { type: T; payload: Payload<T> } }[MessageType];
export type Reply<R = unknown> = { ok: true; value: R } | { ok: false; error: string };
export type Handlers = { [T in MessageType]?: (payload: Payload<T>, sender: Browser.runtime.MessageSender) => unknown };

const envelope = z.object({ type: shortText(64), payload: z.unknown() });

/** Why a message is refused, or null when it may be handled. Pure: exported for tests. */
export function checkMessage(
  raw: unknown,
  sender: Browser.runtime.MessageSender,
  ownId: string,
  ownOrigin: string,
): { refused: string } | { message: Message } {
  if (sender.id !== ownId) return { refused: 'foreign sender' };
  const env = envelope.safeParse(raw);
  if (!env.success || !Object.hasOwn(PROTOCOL, env.data.type)) return { refused: 'unknown message' };
  const type = env.data.type as MessageType;
  const spec = PROTOCOL[type];
  const fromTab = sender.tab?.id !== undefined && !(sender.url ?? '').startsWith(ownOrigin);
  if (spec.from === 'tab' && !fromTab) return { refused: `${type} must come from a tab` };
  if (spec.from === 'extension-page' && !(sender.url ?? '').startsWith(ownOrigin)) {
    return { refused: `${type} must come from an extension page` };
  }
  const payload = spec.schema.safeParse(env.data.payload);
  if (!payload.success) return { refused: `malformed ${type}` };
  return { message: { type, payload: payload.data } as Message };
}

/** The answer of `handlers` to one raw message: undefined when none of them handles its type. */
function answer(handlers: Handlers, raw: unknown, sender: Browser.runtime.MessageSender): Promise<Reply> | undefined {
  const type = (raw as { type?: unknown } | null)?.type;
  if (typeof type !== 'string' || !Object.hasOwn(handlers, type)) return undefined;
  const checked = checkMessage(raw, sender, browser.runtime.id, browser.runtime.getURL('/'));
  if ('refused' in checked) return Promise.resolve<Reply>({ ok: false, error: checked.refused });
  const handler = handlers[checked.message.type] as (p: unknown, s: typeof sender) => unknown;
  return Promise.resolve()
    .then(() => handler(checked.message.payload, sender))
    .then(
      (value): Reply => ({ ok: true, value }),
      (err: unknown): Reply => ({ ok: false, error: err instanceof Error ? err.message : String(err) }),
    );
}

/**
 * Register handlers. Messages for which this context has no handler are left to other
 * listeners (return undefined); refused ones get `{ ok: false }` and touch nothing.
 */
export function listen(handlers: Handlers): () => void {
  const listener = (raw: unknown, sender: Browser.runtime.MessageSender) => answer(handlers, raw, sender);
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

export { send, sendToTab } from './message-send';
