// The draft modal's answers, validated (zod) into a DraftInput or field errors keyed by block id,
// and the compact form they travel in inside button values and private_metadata.
import { z } from 'zod';
import {
  CHAR_LIMITS,
  type CharLimit,
  RELATIONSHIP_IDS,
  type RelationshipId,
} from '../coach/types.js';
import { inertJson } from './encoding.js';
import { DRAFT_INPUT } from './ids.js';
import { TEXT } from './messages.js';
import { LIMITS } from './views/blocks.js';

export const FIELD_MAX = {
  name: 80,
  greetAs: 80,
  context: 500,
  topic: 150,
  purpose: 300,
  mutual: 80,
  sender: 80,
} as const;

/** What the user asked for: enough to draft again (another version) or re-review. */
export interface DraftRequest {
  name: string;
  /** How the greeting names them; the drafter guesses when absent. */
  greetAs?: string;
  relationship: RelationshipId;
  context: string;
  topic?: string;
  purpose: string;
  mutual?: string;
  sender?: string;
  limit: CharLimit;
}

const E = TEXT.fieldErrors;

// Control characters other than newlines and tabs never belong in a note.
// biome-ignore lint/suspicious/noControlCharactersInRegex: that is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

function clean(value: string): string {
  return value.replace(CONTROL, '').replace(/\r\n?/g, '\n').trim();
}

/** `[First Name]`, `{{name}}`, `<name>`, `Name`, `John Doe`, `xxx`… */
export function isPlaceholderName(name: string): boolean {
  return (
    /[[\]{}<>]|%s|\$\{|__/.test(name) ||
    /^(?:(?:first|last|full|their|recipient'?s?|contact'?s?)\s*)?name$/i.test(name) ||
    /^(?:recipient|contact|person|someone|somebody|x+|tbd|todo|n\/?a|test|insert.*|john doe|jane doe)$/i.test(
      name,
    )
  );
}

const text = (max: number) =>
  z
    .string()
    .transform(clean)
    .pipe(z.string().max(max, E.tooLong(max)));
const optionalText = (max: number) =>
  text(max).transform((value) => (value === '' ? undefined : value));

const formSchema = z.object({
  name: text(FIELD_MAX.name)
    .pipe(z.string().min(1, E.nameEmpty))
    .refine((name) => !isPlaceholderName(name), E.namePlaceholder),
  greetAs: optionalText(FIELD_MAX.greetAs).refine(
    (name) => name === undefined || !isPlaceholderName(name),
    E.namePlaceholder,
  ),
  relationship: z.enum(RELATIONSHIP_IDS, { error: E.relationship }),
  context: text(FIELD_MAX.context).pipe(z.string().min(1, E.contextEmpty)),
  topic: optionalText(FIELD_MAX.topic),
  purpose: text(FIELD_MAX.purpose).pipe(z.string().min(1, E.purposeEmpty)),
  mutual: optionalText(FIELD_MAX.mutual),
  sender: optionalText(FIELD_MAX.sender),
  limit: z
    .string({ error: E.limit })
    .transform(Number)
    .pipe(
      z.union(
        CHAR_LIMITS.map((limit) => z.literal(limit)) as [z.ZodLiteral<300>, z.ZodLiteral<200>],
        { error: E.limit },
      ),
    ),
});

type StateValues = Record<
  string,
  Record<string, { value?: string | null; selected_option?: { value?: string } | null }>
>;

/** The raw answers in a view's state, by block id (= action id). */
export function answers(values: StateValues): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const id of Object.values(DRAFT_INPUT)) {
    const element = values[id]?.[id];
    out[id] = element?.selected_option?.value ?? element?.value ?? undefined;
  }
  return out;
}

export type FormResult =
  | { ok: true; request: DraftRequest }
  | { ok: false; errors: Record<string, string> };

export function readDraftForm(values: StateValues): FormResult {
  const raw = answers(values);
  const parsed = formSchema.safeParse({
    ...raw,
    // Absent text inputs arrive as null: treat them as empty.
    name: raw.name ?? '',
    greetAs: raw.greet_as ?? '',
    context: raw.context ?? '',
    topic: raw.topic ?? '',
    purpose: raw.purpose ?? '',
    mutual: raw.mutual ?? '',
    sender: raw.sender ?? '',
  });
  if (!parsed.success) {
    const errors: Record<string, string> = {};
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0] ?? DRAFT_INPUT.name);
      const field = key === 'greetAs' ? DRAFT_INPUT.greetAs : key;
      errors[field] ??= issue.message;
    }
    return { ok: false, errors };
  }
  const request: DraftRequest = stripUndefined(parsed.data);
  // Another version redraws from the button's value, which Slack caps at 2,000 characters.
  if (encodeAnotherVersion({ request, index: 0 }).length > LIMITS.buttonValue) {
    return { ok: false, errors: { [DRAFT_INPUT.context]: E.tooMuchOverall } };
  }
  return { ok: true, request };
}

function stripUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

// ------------------------------------------------------------------ button values and metadata

const requestSchema = z.object({
  name: z.string().min(1).max(FIELD_MAX.name),
  greetAs: z.string().max(FIELD_MAX.greetAs).optional(),
  relationship: z.enum(RELATIONSHIP_IDS),
  context: z.string().max(FIELD_MAX.context),
  topic: z.string().max(FIELD_MAX.topic).optional(),
  purpose: z.string().max(FIELD_MAX.purpose),
  mutual: z.string().max(FIELD_MAX.mutual).optional(),
  sender: z.string().max(FIELD_MAX.sender).optional(),
  limit: z.union([z.literal(300), z.literal(200)]),
});

const anotherSchema = z.object({
  v: z.literal(1),
  i: z.number().int().min(0).max(50),
  r: requestSchema,
});

/** `another_version`: the request and which variant the message shows now. */
export function encodeAnotherVersion(state: { request: DraftRequest; index: number }): string {
  return inertJson({ v: 1, i: state.index, r: state.request });
}

export function decodeAnotherVersion(
  value: string | undefined,
): { request: DraftRequest; index: number } | undefined {
  const parsed = anotherSchema.safeParse(safeJson(value));
  return parsed.success
    ? { request: stripUndefined(parsed.data.r), index: parsed.data.i }
    : undefined;
}

/** What the edit modal needs besides the text: how to review it. */
export interface ReviewTarget {
  name?: string;
  relationship: RelationshipId;
  limit: number;
}

const targetSchema = z.object({
  n: z.string().max(FIELD_MAX.name).optional(),
  r: z.enum(RELATIONSHIP_IDS),
  l: z.number().int().min(1).max(3000),
});
const editSchema = targetSchema.extend({ t: z.string().min(1).max(1500) });

/** `edit_draft`: the note as drafted and how to review it (fits a button's 2,000 characters). */
export function encodeEdit(target: ReviewTarget, note: string): string {
  return inertJson({ n: target.name, r: target.relationship, l: target.limit, t: note });
}

export function decodeEdit(
  value: string | undefined,
): { target: ReviewTarget; note: string } | undefined {
  const parsed = editSchema.safeParse(safeJson(value));
  if (!parsed.success) return undefined;
  const { n, r, l, t } = parsed.data;
  return { target: stripUndefined({ name: n, relationship: r, limit: l }), note: t };
}

/** The edit modal's private_metadata. */
export function encodeTarget(target: ReviewTarget): string {
  return inertJson({ n: target.name, r: target.relationship, l: target.limit });
}

export function decodeTarget(value: string | undefined): ReviewTarget | undefined {
  const parsed = targetSchema.safeParse(safeJson(value));
  if (!parsed.success) return undefined;
  const { n, r, l } = parsed.data;
  return stripUndefined({ name: n, relationship: r, limit: l });
}

function safeJson(value: string | undefined): unknown {
  if (!value) return undefined;
  try {
    return JSON.parse(value);
  } catch {
    return undefined;
  }
}
