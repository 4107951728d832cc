import { matchAll, type Rule, type RuleReport } from './rule.js';

// Template slots left unfilled: [First Name], {{company}}, {name}, <name>, ${name},
// %FIRST_NAME%, FIRST_NAME, "insert name here". Slack's own <@U123> and <https://…>
// markup does not match (it starts with @, # or ! or contains ":" or "|").
const SLOT_SHAPES = [
  String.raw`\[[^\]\n]{1,40}\]`, // [First Name]
  String.raw`\{\{[^{}\n]{0,40}\}\}`, // {{company}}
  String.raw`\{[\p{L}_][\p{L}\p{N}_ .-]{0,30}\}`, // {name}
  String.raw`<[\p{L}_][\p{L}\p{N}_ .-]{0,30}>`, // <name>
  String.raw`\$\{[^}\n]{0,40}\}`, // ${name}
  '%[A-Z_]{2,30}%', // %FIRST_NAME%
  String.raw`\b(?:FIRST|LAST|FULL|COMPANY|RECIPIENT)_?NAME\b`,
  String.raw`\b(?:insert|your|their|add) (?:first |last |full |company |recipient[’']?s )?(?:name|company|title|role) here\b`,
  String.raw`\bX{3,}\b`,
  String.raw`\b(?:NAME|FIRSTNAME|COMPANY)\b`,
  '_{3,}',
];
const SLOTS = new RegExp(SLOT_SHAPES.join('|'), 'gu');

export const placeholder: Rule = {
  id: 'placeholder',
  defaultSeverity: 'error',
  description: 'Fill every template slot before sending.',
  check(ctx) {
    const out: RuleReport[] = [];
    for (const m of matchAll(SLOTS, ctx.text)) {
      // "[sic]"-style brackets around a single lower-case word are rare in a note, but
      // "[1]" footnotes are not slots.
      if (/^\[\d+\]$/.test(m.match[0])) continue;
      out.push({
        message: `“${m.match[0]}” is an unfilled template slot.`,
        suggestion:
          ctx.name && /name/i.test(m.match[0]) ? ctx.name : 'Replace it with the real detail.',
        start: m.start,
        end: m.end,
      });
    }
    return out;
  },
};
