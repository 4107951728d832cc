import { matchAll, type Rule, type RuleReport } from './rule.js';

// Details that are an ask whenever a note mentions "your …" of them.
const SENSITIVE = String.raw`(?:e-?mail (?:address|id)|(?:phone|cell|mobile|telephone|cell ?phone|whats ?app|work|direct|personal|home) (?:phone )?(?:number|no\.)|(?:home|mailing|postal|street|physical|residential) address|contact (?:details|info(?:rmation)?|number)|personal (?:details|info(?:rmation)?|data)|date of birth|birth ?date|social security(?: number)?|ssn|passport(?: number| details)?|bank (?:details|account(?: (?:number|details))?|info(?:rmation)?)|account (?:number|details)|credit card(?: (?:number|details))?|password|login details|pay ?slip)\b`;
// Details that are only an ask after a verb of asking ("thanks for your email" is fine).
const AMBIGUOUS = String.raw`(?:e-?mail|phone|number|cell|mobile|address|whats ?app|salary)\b(?! (?:newsletter|campaign|list|marketing|course|series|app|case|screen|call))`;
const ASK = `(?:(?:send|share|give|provide|drop|text|dm|pass|forward|tell|leave)(?: me| us)?|(?:can|could|may|might) (?:i|we) (?:get|have|grab|ask for)|(?:what(?:[’']s| is)|whats)|i(?:[’']d| would) (?:like|love|appreciate)|i need|i want|please)`;
const QUALIFIER = `(?:best |private |personal |work |direct |home |current |cell |mobile )?`;

const ASK_FOR = new RegExp(
  String.raw`\b(?:${ASK} )?(?:your|ur) ${QUALIFIER}${SENSITIVE}|\b${ASK} (?:your|ur) ${QUALIFIER}${AMBIGUOUS}`,
  'gi',
);

const CONFIDENTIAL =
  /\b(?:share|send|give|tell|provide|forward|leak|pass)(?: me| us)? (?:(?:some|any|the|your company[’']s|your) )?(?:confidential|internal|proprietary|non-public|insider|private|sensitive) (?:info(?:rmation)?|details|documents?|data|numbers|figures|plans|files|reports?)\b/gi;

export const contactInfo: Rule = {
  id: 'contact-info',
  defaultSeverity: 'error',
  description: 'Never ask for an email address, phone number or other confidential details.',
  check(ctx) {
    const out: RuleReport[] = [];
    for (const re of [ASK_FOR, CONFIDENTIAL]) {
      for (const m of matchAll(re, ctx.text)) {
        out.push({
          message: `“${m.match[0]}” asks for personal or confidential details, which puts people off a first note.`,
          suggestion:
            'Leave it out: once you are connected they can share contact details if they want to, and LinkedIn messages work meanwhile.',
          start: m.start,
          end: m.end,
        });
      }
    }
    return out;
  },
};
