import { matchAll, type Rule, type RuleReport } from './rule.js';

// Personal matters that do not belong in a first note, about the sender or the recipient.
const TOPICS: readonly [string, RegExp][] = [
  [
    'health',
    /\b(?:my|i(?:[’']ve| have) (?:had|got)|i(?:[’']m| am) (?:on|in|having)) (?:diagnosis|cancer|illness|surgery|therapy|therapist|medication|meds|depression|anxiety|health (?:issues?|problems?|scare)|chemo(?:therapy)?|rehab|pregnancy|miscarriage|disability|condition|mental health|breakdown|burnout)\b|\bi (?:was|got|have been|am|[’']ve been) (?:just |recently )?(?:diagnosed|hospitali[sz]ed|in (?:the )?hospital|pregnant|sick|ill|depressed|in rehab)\b|\bi(?:[’']m| am) (?:pregnant|depressed|sick|ill)\b/gi,
  ],
  [
    'relationships',
    /\bmy (?:divorce|ex(?:-?(?:wife|husband|partner|girlfriend|boyfriend))?|break-?up|separation|custody battle|dating life|love life|affair)\b|\bi(?:[’']m| am| got| just got| recently got) (?:divorced|separated|dumped|single again)\b|\b(?:going|went|been) through (?:a|my) (?:[\w-]+ )?(?:divorce|break-?up|separation)\b/gi,
  ],
  [
    'age',
    /\bi(?:[’']m| am) \d{2} (?:years old|yrs old|y\/o)\b|\bat my age\b|\bmy age\b|\bhow old are you\b|\byour age\b/gi,
  ],
  [
    'money troubles',
    /\b(?:i(?:[’']m| am) |we(?:[’']re| are) )?(?:in (?:so much |a lot of |serious )?debt|bankrupt(?:cy)?|broke\b|behind on (?:my )?(?:rent|bills|mortgage|payments))|\bcan(?:[’']t|not) (?:pay|afford) (?:my )?(?:rent|bills|mortgage)\b|\b(?:being |got |been )?evicted\b|\bdesperate(?:ly)? (?:for|need(?:ing)?) (?:a job|money|work|income)\b|\b(?:badly|desperately) need (?:a |this )?(?:new )?(?:job|money|work|income)\b|\bneed (?:a |this )?(?:new )?(?:job|money|work|income) (?:badly|desperately)\b|\bmy (?:debts?|loans?|mortgage|credit score|salary)\b/gi,
  ],
  [
    'religion and politics',
    /\bmy (?:religion|church|faith|political views|politics)\b|\bwho (?:did|will) you vote for\b|\byour (?:religion|political views|politics)\b/gi,
  ],
  [
    'appearance and private life',
    /\byou (?:look|are|re|[’']re) (?:so )?(?:beautiful|gorgeous|hot|pretty|cute|sexy|handsome|stunning|attractive)\b|\b(?:beautiful|gorgeous|hot|pretty|cute|sexy|handsome|stunning|attractive) (?:profile )?(?:photo|picture|pic|smile)\b|\byour (?:wife|husband|partner|girlfriend|boyfriend|marriage|divorce|kids|children|weight|home address|house|health|pregnancy)\b|\bare you (?:single|married|seeing anyone)\b/gi,
  ],
];

export const oversharing: Rule = {
  id: 'oversharing',
  defaultSeverity: 'warning',
  description: 'Do not overshare personal details about yourself or the recipient.',
  check(ctx) {
    const out: RuleReport[] = [];
    for (const [topic, re] of TOPICS) {
      for (const m of matchAll(re, ctx.text)) {
        out.push({
          message: `“${m.match[0].trim()}” is personal (${topic}): it does not belong in a first note.`,
          suggestion:
            'Keep the first note professional; leave personal matters for when you know each other.',
          start: m.start,
          end: m.end,
        });
      }
    }
    return out;
  },
};
