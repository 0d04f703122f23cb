/** [English, Simplified Chinese, optional translator note] per key. */
export declare const STRINGS: Record<string, [string, string, string?]>;
