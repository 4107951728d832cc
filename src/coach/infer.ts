// Infers the relationship from the wording of a note when the user did not say.
import type { RelationshipId } from './types.js';

// Checked in order: the first relationship whose cue appears wins. Introductions and
// shared work are the most specific cues; "hope you've been well" alone suggests friends.
const CUES: readonly [RelationshipId, RegExp][] = [
  [
    'introduced',
    /\bintroduc(?:ed (?:us|me|you)|ed to you|tion (?:to|from|by))\b|\b(?:suggested|recommended) (?:that )?I (?:reach out|connect|contact|get in touch|message)|\bmutual (?:connection|friend|contact|colleague)\b|\breferred me\b|\bpassed (?:along|on) your (?:name|details)\b|\b(?:gave|shared) me your name\b|\bsaid I should (?:reach out|connect|contact)/i,
  ],
  [
    'former-colleague',
    /\bworked (?:together|with you|alongside|side by side)\b|\b(?:memories of|enjoyed|loved|miss(?:ed)?|remember(?:ing)?|years of|time|days) working (?:together|with you|alongside)\b|\bwhen we were working\b|\bshared (?:a desk|an office|a team|a pod)\b|\bwe (?:both )?worked\b|\bformer (?:colleague|co-?worker|teammate|team ?mate|manager|boss)\b|\bold (?:colleague|co-?worker|teammate)\b|\bour (?:time|days|years) (?:together )?at\b(?! (?:the same )?(?:college|university|uni|school|grad school|business school|law school|med school)\b)|\bwhen we were (?:both )?at\b|\bwe were colleagues\b|\bon the same team\b|\boverlapped (?:at|on|in)\b|\b(?:on|in) the same (?:[\w-]+ )?(?:team|cohort|project|squad|department|program(?:me)?)\b/i,
  ],
  [
    'after-meeting',
    /\b(?:great|nice|good|lovely|wonderful|a pleasure|pleasure|fun) (?:meeting|to meet|talking|to talk|speaking|to speak|chatting|to chat|catching up) (?:with )?you\b[^.!?\n]{0,60}?\b(?:today|yesterday|this (?:morning|afternoon|evening)|earlier|just now|on (?:our|the) call)\b|\b(?:thanks|thank you) for (?:meeting|taking the time|(?:the|our|your|today[’']s|yesterday[’']s) (?:[\p{L}-]+ ){0,2}(?:call|meeting|chat|conversation|discussion|talk|exchange|time|coffee|session))\b|\bour (?:meeting|call|chat|conversation|coffee) (?:today|yesterday|this (?:morning|afternoon)|earlier)\b|\b(?:today|yesterday)[’']?s? (?:meeting|call|chat|coffee)\b/iu,
  ],
  [
    'met-briefly',
    /\b(?:at|during|from|after|in) (?:the |a |an |last \p{L}+[’']s |yesterday[’']s |this \p{L}+[’']s |your |our |this |that )?(?:[\p{L}\p{N}&'’.:-]+ ){0,4}(?:conference|summit|meetup|meet-up|expo|trade ?show|convention|workshop|webinar|hackathon|networking (?:event|evening|night|session|lunch|breakfast|mixer|reception|dinner)|panel|(?:career|job|trade|industry) fair|event|gala|mixer|booth|keynote|con|bootcamp|happy hour|messe|fair|dinner|party|offsite|retreat)\b|\b(?:we )?met (?:you )?(?:at|during|briefly)\b/iu,
  ],
  // Conferences named "…Con" or "…Conf" (KubeCon, PyCon, JSConf); then meeting someone
  // "at" a place without saying when (with a when, it is after-meeting, above).
  [
    'met-briefly',
    /\b(?:at|during|from|after) (?:the |this year[’']s |last year[’']s )?(?:[\p{L}\p{N}&'’.:-]+ ){0,3}\p{L}+Conf?\b/u,
  ],
  [
    'met-briefly',
    /\b(?:great|nice|good|lovely|wonderful|a pleasure|pleasure|fun) (?:meeting|to meet) you (?:at|during)\b/i,
  ],
  [
    'close-contact',
    /\bhope you(?:'|’)?ve been (?:well|good)\b|\bhope you have been (?:well|good)\b|\bcatch up\b|\blong time no (?:see|talk)\b|\bhow have you been\b|\bit(?:(?:'|’)?s| has) been (?:a while|too long|ages|forever)\b|\bour (?:(?:time|days|years) (?:together )?at (?:college|university|uni|school|grad school)|(?:college|university|uni|school|student) days)\b|\bsince (?:college|university|uni|grad school)\b|\bwe were (?:class|room|flat|house)mates\b|\bmiss (?:our|you)\b|\bgood old days\b/i,
  ],
  [
    'cold',
    /\bcame across your\b|\b(?:found|saw|noticed|read|enjoyed|loved) your (?:profile|post|article|work|talk|book|podcast|research|paper|newsletter)\b|\bhaven(?:'|’)?t met\b|\bwe have not met\b|\bfollowing your (?:work|posts|writing)\b/i,
  ],
];

export function inferRelationship(text: string): RelationshipId {
  for (const [id, re] of CUES) {
    if (re.test(text)) return id;
  }
  return 'cold';
}
