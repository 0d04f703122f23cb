// Plain data passed between collect → plan → insert (DESIGN.md "Prefill is collect → plan → insert").
import type { FieldType } from './classify';

interface FieldOption {
  value: string;
  text: string;
  disabled: boolean;
}

/** A form control as planning sees it: plain data, no DOM. */
export interface FieldInfo {
  /** Position in the collection; stable for one collect → plan → insert round. */
  ref: number;
  kind: 'input' | 'select' | 'textarea' | 'editable';
  /** The input's type attribute (`text`, `date`, `radio`...); '' for non-inputs. */
  inputType: string;
  type: FieldType | 'sensitive' | null;
  /** For split name boxes: which part of the name the box wants. */
  namePart?: 'given' | 'family';
  /** Normalised label (lower case) or placeholder or name: for the UI and radio choices. */
  label: string;
  /** Radio group name. */
  group?: string;
  /** The radio's / checkbox's own value. */
  value: string;
  readOnly: boolean;
  disabled: boolean;
  /** Already holds a user value (text typed, option chosen, radio checked). */
  filled: boolean;
  /** From the maxlength attribute; absent when unlimited. */
  maxLength?: number;
  options?: FieldOption[];
}

/** A collected field with its live element, which stays in the content script. */
export interface CollectedField extends FieldInfo {
  element: Element;
}

export interface FillStep {
  ref: number;
  type: FieldType;
  value: string;
}

export type SkipReason =
  | 'sensitive'
  | 'unknown'
  | 'read-only'
  | 'disabled'
  | 'filled'
  | 'no-data'
  | 'no-matching-option'
  | 'too-long'
  | 'duplicate';

export interface FillPlan {
  steps: FillStep[];
  skipped: { ref: number; reason: SkipReason }[];
}

/** The user's data for one complaint, ready to be typed into a form (from caseToFillData). */
export interface FillData {
  name?: string;
  email?: string;
  phone?: string;
  accountId?: string;
  transactionId?: string;
  amount?: string;
  currency?: string;
  /** The transaction date as YYYY-MM-DD (for type=date) ... */
  dateIso?: string;
  /** ... as YYYY-MM-DDTHH:mm (for type=datetime-local) ... */
  dateTimeLocal?: string;
  /** ... and as text in the user's language, for plain text boxes. */
  dateText?: string;
  subject?: string;
  /** The subject without references, for short subject boxes. */
  subjectShort?: string;
  description?: string;
  /** Words to look for in a category list, best first. */
  categoryKeywords: string[];
  locale: 'en' | 'zh';
}
