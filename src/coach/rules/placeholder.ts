import { matchAll, type Rule, type RuleReport } from './rule.js';

// Template slots left unfilled: [First Name], {{company}}, {name}, <name>, ${name},
// %FIRST_NAME%, FIRST_NAME, "insert name here". Slack's own <@U123> and <https://…>
// markup does not match (it starts with @, # or ! or contains ":" or "|").
const SLOTS =
  /\[[^\]\n]{1,40}\]|\{\{[^{}\n]{0,40}\}\}|\{[\p{L}_][\p{L}\p{N}_ .-]{0,30}\}|<[\p{L}_][\p{L}\p{N}_ .-]{0,30}>|\$\{[^}\n]{0,40}\}|%[A-Z_]{2,30}%|\b(?:FIRST|LAST|FULL|COMPANY|RECIPIENT)_?NAME\b|\b(?:insert|your|their|add) (?:first |last |full |company |recipient[’']?s )?(?:name|company|title|role) here\b|\bX{3,}\b|\b(?:NAME|FIRSTNAME|COMPANY)\b|_{3,}/gu;

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
