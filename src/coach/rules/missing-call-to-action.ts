import type { Rule } from './rule.js';

// A clear, polite ask to connect.
const ASK =
  /\b(?:i[’']?d|i would|would|i[’']?m|i am|i)(?: really)? (?:love|like|be (?:glad|happy|delighted|keen|grateful|honou?red|pleased|thrilled|excited)|welcome the chance|appreciate it if we could|appreciate the chance) to (?:connect|reconnect|add you|stay in touch|keep in touch|be connected|join your network|link up)\b|\blet[’']?s (?:connect|reconnect|stay in touch|keep in touch|catch up|link up|stay connected)\b|\bplease (?:add me|accept|connect|consider connecting|feel free to (?:connect|accept|add))\b|\bappreciate (?:you accepting|your accepting|the connection)\b|\b(?:appreciate|love|like|be (?:glad|happy|delighted|grateful)) (?:it )?if (?:we|you) (?:could |would |can )?(?:re)?(?:connect(?:ed)?|accept(?:ed)?|stay(?:ed)? (?:in touch|connected)|kept in touch|keep in touch)\b|\b(?:hope|hoping|happy|glad|keen|eager|love|delighted|excited) to (?:connect|reconnect|stay in touch|keep in touch|stay connected)\b|\b(?:hope|hoping) (?:that )?we(?: can| could| will|[’']ll| might) (?:connect|reconnect|stay in touch|keep in touch|stay connected)\b|\b(?:glad|happy|delighted|love|like|honou?red|pleased|thrilled) to (?:have|welcome) you (?:in|to|as part of) my network\b|\b(?:we should|we could|could we|can we|may i|shall we) (?:connect|reconnect|stay in touch|keep in touch|stay connected|link up)\b|\byou[’']?d (?:like|want|care) to connect\b|\bfeel free to (?:connect|accept|add me)\b|\b(?:i[’']?d|would) (?:value|welcome|appreciate|love|enjoy) (?:connecting|the chance to connect|a connection|being connected|staying in touch|keeping in touch|reconnecting)\b|\b(?:open to|up for|keen on) (?:connecting|reconnecting)\b|\blook(?:ing)? forward to (?:connecting|staying in touch|keeping in touch|being connected|reconnecting|hearing|chatting|catching up)\b|\bconnecting (?:on linkedin|here) (?:would|could|will|might)\b|\b(?:it )?would be (?:great|nice|good|wonderful|beneficial|a pleasure|valuable|lovely|fantastic)(?: for us)? to (?:connect|reconnect|stay in touch|keep in touch|stay in contact|keep in contact)\b|\b(?:stay|keep) in contact\b|\baccept my (?:invitation|invite|request)\b|\b(?:mind|okay|ok) if I (?:connect|add you)\b|\bwould (?:you )?like to connect\b|\bwant to connect\b/i;

export const missingCallToAction: Rule = {
  id: 'missing-call-to-action',
  defaultSeverity: 'warning',
  description: 'End with a simple, polite call to action.',
  check(ctx) {
    if (ASK.test(ctx.text)) return [];
    const reconnecting =
      ctx.relationship === 'former-colleague' || ctx.relationship === 'close-contact';
    return [
      {
        message: 'There is no clear, polite ask to connect.',
        suggestion: reconnecting
          ? 'End with “Let’s reconnect on LinkedIn.”'
          : 'End with “I’d love to connect on LinkedIn.” or “I’d appreciate you accepting my invitation!”',
      },
    ];
  },
};
