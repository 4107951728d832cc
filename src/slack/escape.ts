// Text that goes to Slack and text that comes from it.

/**
 * Escape text a user typed before it is echoed in mrkdwn or a message `text`: Slack only
 * interprets `&`, `<` and `>`, so `<!channel>`, `<@U…>` and `<http://evil|label>` become inert.
 */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>' };

/**
 * Slack message markup → the plain text a person sees: mentions, channels, links, emoji codes
 * and formatting are turned into words, entities decoded. Used before reviewing a message.
 */
export function slackToPlainText(markup: string): string {
  const text = markup
    // <@U123|name> <@U123> → @name / @U123; <#C1|general> → #general; <!here> → @here
    .replace(/<@([A-Z0-9]+)(?:\|([^>]*))?>/g, (_m, id: string, label?: string) => `@${label || id}`)
    .replace(/<#([A-Z0-9]+)(?:\|([^>]*))?>/g, (_m, id: string, label?: string) => `#${label || id}`)
    .replace(/<!subteam\^[A-Z0-9]+(?:\|([^>]*))?>/g, (_m, label?: string) => label || '@team')
    .replace(/<!date\^[^|>]*\|([^>]*)>/g, (_m, fallback: string) => fallback)
    .replace(
      /<!([a-z]+)(?:\|([^>]*))?>/g,
      (_m, name: string, label?: string) => label || `@${name}`,
    )
    // <https://x|label> → label; <https://x> → https://x; <mailto:a@b|a@b> → a@b
    .replace(
      /<((?:https?|mailto|tel):[^|>]*)(?:\|([^>]*))?>/g,
      (_m, url: string, label?: string) => label || url.replace(/^mailto:|^tel:/, ''),
    )
    // ```code blocks``` and `code`
    .replace(/```\n?([\s\S]*?)\n?```/g, '$1')
    .replace(/`([^`\n]+)`/g, '$1')
    // *bold*, _italic_, ~strike~ (only where Slack would format them: at word boundaries)
    .replace(/(^|[^\w*])\*(?!\s)([^*\n]+?)\*(?=$|[^\w*])/g, '$1$2')
    .replace(/(^|[^\w_])_(?!\s)([^_\n]+?)_(?=$|[^\w_])/g, '$1$2')
    .replace(/(^|[^\w~])~(?!\s)([^~\n]+?)~(?=$|[^\w~])/g, '$1$2')
    // :emoji: and :skin-tone-2: codes disappear, with the space before them
    .replace(/ ?:(?:[a-z][a-z0-9_+'-]*|\+1|-1)(?:::skin-tone-\d)?:/gi, '')
    // block quotes
    .replace(/^&gt;\s?/gm, '')
    .replace(/&(amp|lt|gt);/g, (entity) => ENTITIES[entity] ?? entity);
  return text.trim();
}
