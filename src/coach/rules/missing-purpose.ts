import type { Rule } from './rule.js';

// A reason for connecting: to do something, so that, because, in case…
const PURPOSE =
  /\bconnect(?:ing)? and (?:ask|send|support|cheer|grab|meet|introduce|learn|follow|keep|hear|share|swap|compare|continue|exchange|stay|talk|chat|discuss|explore|collaborate|catch up|trade|get to know)|\b(?:catch up|stay in touch|keep in touch|stay connected)\b|\bhear (?:what|how|about)\b|\b(?:might|may|could|would) (?:interest|suit|fit) you\b|\bfollow your work\b|\bto (?:keep|continue) \w+ing\b|\b(?:swap|swapping|exchange|exchanging|share|sharing|trade|trading|compare|comparing) (?:ideas|notes|tips|insights|experiences?|thoughts|stories|perspectives)\b|\bto (?:continue|stay in touch|keep in touch|catch up|share|exchange|learn|discuss|talk|hear|collaborate|swap|explore|keep up|follow|compare|trade|brainstorm|get to know|pick your brain|ask|help|support|work|partner|stay connected|keep the conversation|reconnect and|swap)\b|\bso (?:that )?(?:we|i|you) (?:can|could|might|may)\b|\bbecause\b|\bsince i\b|\bin case\b|\bcould use your\b|\bwould (?:allow|let|help) (?:us|me)\b|\b(?:interested|curious) (?:in|about)\b|\bi[’']?(?:m| am) (?:working on|looking (?:for|to|into)|hiring|building|researching|connecting with|growing|exploring|starting|writing|organi[sz]ing|launching|planning|moving into|transitioning)\b|\b(?:ideas|advice|insights|tips|thoughts|experiences?|notes|best practices) (?:about|on|in|for)\b|\bwould (?:love|like) to (?:learn|hear|know|ask|chat|talk|discuss|exchange|share)\b|\b(?:valuable|great|interesting) conversations?\b|\b(?:same|similar|shared) (?:interests?|field|industry|space|goals?)\b|\bopportunit(?:y|ies)\b|\bproject\b|\bprojects\b|\bcollaborat(?:e|ion|ing)\b|\b(?:grab|get|to have|meet (?:up )?for) (?:a |an |some )?(?:(?:quick|virtual|proper) )?(?:coffee|lunch|drink|beer|bite|tea)\b|\bto (?:meet (?:up|for)|grab|get together|mentor|invite|introduce you|hire|recruit|interview|feature|cheer|keep up|follow along|stay connected|stay in touch|keep in touch)\b|\b(?:your|any) (?:advice|take|thoughts|perspective|input|insights?|feedback) (?:on|about|into)\b|\b(?:learn|hear) (?:more )?(?:about|from)\b|\b(?:don[’']?t|not|never) lose touch\b/i;

export const missingPurpose: Rule = {
  id: 'missing-purpose',
  defaultSeverity: 'warning',
  description: 'Explain why you want to connect.',
  check(ctx) {
    if (PURPOSE.test(ctx.text)) return [];
    const reconnecting =
      ctx.relationship === 'former-colleague' || ctx.relationship === 'close-contact';
    return [
      {
        message: 'The note does not say why you want to connect.',
        suggestion: reconnecting
          ? 'Add a reason, e.g. “…to catch up and stay in touch.”'
          : 'Add a specific reason, e.g. “…to exchange ideas about onboarding in fintech.”',
      },
    ];
  },
};
