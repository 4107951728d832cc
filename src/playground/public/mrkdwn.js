// Slack mrkdwn → a small tree of nodes → DOM built with createElement/textContent only.
// Nothing in the text ever becomes HTML: the parser yields plain data, the builder
// only sets textContent and a vetted href.

const ENTITIES = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/** Slack escapes &, < and > in text; show them as the characters they stand for. */
export function decodeEntities(text) {
  return text.replace(/&(amp|lt|gt|quot|#39);/g, (m) => ENTITIES[m] ?? m);
}

const EMOJI = {
  white_check_mark: '✅',
  heavy_check_mark: '✔️',
  check: '✔️',
  x: '❌',
  warning: '⚠️',
  bulb: '💡',
  information_source: 'ℹ️',
  bell: '🔔',
  wave: '👋',
  tada: '🎉',
  memo: '📝',
  pencil: '✏️',
  pencil2: '✏️',
  email: '📧',
  envelope: '✉️',
  handshake: '🤝',
  calendar: '📅',
  date: '📅',
  hourglass: '⌛',
  hourglass_flowing_sand: '⏳',
  clock: '🕐',
  alarm_clock: '⏰',
  zzz: '💤',
  mag: '🔍',
  sparkles: '✨',
  star: '⭐',
  thumbsup: '👍',
  '+1': '👍',
  thumbsdown: '👎',
  smile: '😄',
  slightly_smiling_face: '🙂',
  raised_hands: '🙌',
  pray: '🙏',
  link: '🔗',
  books: '📚',
  book: '📖',
  speech_balloon: '💬',
  bar_chart: '📊',
  chart_with_upwards_trend: '📈',
  red_circle: '🔴',
  large_green_circle: '🟢',
  large_yellow_circle: '🟡',
  large_orange_circle: '🟠',
  no_entry: '⛔',
  no_entry_sign: '🚫',
  wastebasket: '🗑️',
  arrows_counterclockwise: '🔄',
  repeat: '🔁',
  leftwards_arrow_with_hook: '↩️',
  rocket: '🚀',
  mailbox: '📫',
  inbox_tray: '📥',
  outbox_tray: '📤',
  busts_in_silhouette: '👥',
  bust_in_silhouette: '👤',
  gift: '🎁',
  eyes: '👀',
  heart: '❤️',
  question: '❓',
  exclamation: '❗',
  heavy_minus_sign: '➖',
  heavy_plus_sign: '➕',
  stopwatch: '⏱️',
  lock: '🔒',
  gear: '⚙️',
  house: '🏠',
  pushpin: '📌',
  dart: '🎯',
  trophy: '🏆',
  muscle: '💪',
  thinking_face: '🤔',
  clipboard: '📋',
  scroll: '📜',
  seedling: '🌱',
};

/** `:name:` emoji codes become the emoji where we know it; unknown codes stay as typed. */
export function replaceEmoji(text) {
  return text.replace(/:([a-z0-9_+-]+):/g, (m, name) => EMOJI[name] ?? m);
}

const EMPHASIS = { '*': 'bold', _: 'italic', '~': 'strike' };
const WORD = /[\p{L}\p{N}]/u;

function isOpenerAt(src, i) {
  const before = src[i - 1];
  const after = src[i + 1];
  return (before === undefined || !WORD.test(before)) && after !== undefined && !/\s/.test(after);
}

function isCloserAt(src, j) {
  const before = src[j - 1];
  const after = src[j + 1];
  return before !== undefined && !/\s/.test(before) && (after === undefined || !WORD.test(after));
}

/** A `<…>` reference: link, user, channel or special mention. Returns an inline node. */
function parseReference(inner) {
  const bar = inner.indexOf('|');
  const target = bar === -1 ? inner : inner.slice(0, bar);
  const label = bar === -1 ? undefined : inner.slice(bar + 1);
  if (target.startsWith('@')) {
    return { type: 'user', id: target.slice(1), label: label ? decodeEntities(label) : undefined };
  }
  if (target.startsWith('#')) {
    return {
      type: 'channel',
      id: target.slice(1),
      label: label ? decodeEntities(label) : undefined,
    };
  }
  if (target.startsWith('!date^')) {
    const [, seconds, format, link] = target.split('^');
    return {
      type: 'date',
      seconds: Number(seconds),
      format: decodeEntities(format ?? ''),
      fallback: label ? decodeEntities(label) : '',
      ...(link ? { link: decodeEntities(link) } : {}),
    };
  }
  if (target.startsWith('!')) {
    const name = target.slice(1).split('^')[0];
    const text = label ? decodeEntities(label) : `@${name}`;
    return { type: 'special', text };
  }
  const url = decodeEntities(target);
  return { type: 'link', url, label: label ? decodeEntities(label) : url };
}

/** Inline mrkdwn → nodes. Emphasis can nest; code and references cannot. */
export function parseInline(src) {
  const out = [];
  let buf = '';
  const flush = () => {
    if (buf) out.push({ type: 'text', text: replaceEmoji(decodeEntities(buf)) });
    buf = '';
  };
  let i = 0;
  while (i < src.length) {
    const ch = src[i];
    if (ch === '`') {
      const end = src.indexOf('`', i + 1);
      if (end > i + 1) {
        flush();
        out.push({ type: 'code', text: decodeEntities(src.slice(i + 1, end)) });
        i = end + 1;
        continue;
      }
    }
    if (ch === '<') {
      const end = src.indexOf('>', i + 1);
      const inner = end > i + 1 ? src.slice(i + 1, end) : '';
      if (inner && !inner.includes('<')) {
        flush();
        out.push(parseReference(inner));
        i = end + 1;
        continue;
      }
    }
    const kind = EMPHASIS[ch];
    if (kind && isOpenerAt(src, i)) {
      let j = src.indexOf(ch, i + 2);
      while (j !== -1 && !isCloserAt(src, j)) j = src.indexOf(ch, j + 1);
      if (j !== -1) {
        flush();
        out.push({ type: kind, children: parseInline(src.slice(i + 1, j)) });
        i = j + 1;
        continue;
      }
    }
    buf += ch;
    i += 1;
  }
  flush();
  return out;
}

/**
 * Block-level mrkdwn: ``` fences become preformatted blocks; every other line is a line
 * node, marked as a quote (`>`) or a list item (`•`, `-`, `1.`) where it starts like one.
 */
export function parseMrkdwn(text) {
  const nodes = [];
  const parts = String(text ?? '').split('```');
  parts.forEach((part, index) => {
    if (index % 2 === 1 && index < parts.length - 1) {
      nodes.push({ type: 'pre', text: decodeEntities(part.replace(/^\n/, '').replace(/\n$/, '')) });
      return;
    }
    const chunk = index % 2 === 1 ? `\`\`\`${part}` : part;
    if (!chunk) return;
    const lines = chunk.split('\n');
    if (index > 0 && lines[0] === '') lines.shift();
    if (index < parts.length - 1 && lines[lines.length - 1] === '') lines.pop();
    for (const line of lines) {
      const quote = /^>\s?/.exec(line);
      if (quote) {
        nodes.push({ type: 'quote', children: parseInline(line.slice(quote[0].length)) });
        continue;
      }
      const bullet = /^(\s*)([•◦▪-]|\d{1,3}[.)])\s+/.exec(line);
      if (bullet) {
        const marker = bullet[2] === '-' ? '•' : bullet[2];
        nodes.push({
          type: 'item',
          marker,
          indent: Math.min(4, Math.floor((bullet[1] ?? '').length / 2)),
          children: parseInline(line.slice(bullet[0].length)),
        });
        continue;
      }
      nodes.push(line ? { type: 'line', children: parseInline(line) } : { type: 'blank' });
    }
  });
  return nodes;
}

const DATE_TOKENS = {
  date_num: { year: 'numeric', month: '2-digit', day: '2-digit' },
  date: { year: 'numeric', month: 'long', day: 'numeric' },
  date_short: { year: 'numeric', month: 'short', day: 'numeric' },
  date_long: { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' },
  date_pretty: { year: 'numeric', month: 'long', day: 'numeric' },
  date_short_pretty: { year: 'numeric', month: 'short', day: 'numeric' },
  date_long_pretty: { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' },
  time: { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
  time_secs: { hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' },
};

/**
 * A `<!date^seconds^format|fallback>` token in the reader's time zone, as Slack shows it;
 * the fallback when the format has a token we do not know.
 */
export function formatSlackDate(seconds, format, fallback, timeZone) {
  if (!Number.isFinite(seconds)) return fallback;
  const date = new Date(seconds * 1000);
  let unknown = false;
  const text = format.replace(/\{([a-z_]+)\}/g, (_m, token) => {
    const options = DATE_TOKENS[token];
    if (!options) {
      unknown = true;
      return '';
    }
    if (token === 'date_num') {
      const parts = {};
      for (const p of new Intl.DateTimeFormat('en-US', { ...options, timeZone }).formatToParts(
        date,
      )) {
        parts[p.type] = p.value;
      }
      return `${parts.year}-${parts.month}-${parts.day}`;
    }
    return new Intl.DateTimeFormat('en-US', { ...options, timeZone }).format(date);
  });
  return unknown ? fallback || text : text;
}

/** Only these schemes become clickable; anything else is shown as text. */
export function safeHref(url) {
  return /^(https?:|mailto:)/i.test(url) ? url : undefined;
}

function buildInline(doc, nodes, parent, ctx) {
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        parent.append(doc.createTextNode(node.text));
        break;
      case 'bold':
      case 'italic':
      case 'strike': {
        const tag = { bold: 'strong', italic: 'em', strike: 's' }[node.type];
        const el = doc.createElement(tag);
        buildInline(doc, node.children, el, ctx);
        parent.append(el);
        break;
      }
      case 'code': {
        const el = doc.createElement('code');
        el.textContent = node.text;
        parent.append(el);
        break;
      }
      case 'link': {
        const href = safeHref(node.url);
        const el = doc.createElement(href ? 'a' : 'span');
        if (href) {
          el.setAttribute('href', href);
          el.setAttribute('target', '_blank');
          el.setAttribute('rel', 'noopener noreferrer');
        }
        el.className = 'mk-link';
        el.textContent = node.label;
        parent.append(el);
        break;
      }
      case 'user': {
        const el = doc.createElement('span');
        el.className = 'mk-mention';
        el.textContent = `@${node.label ?? ctx?.userName?.(node.id) ?? node.id}`;
        parent.append(el);
        break;
      }
      case 'channel': {
        const el = doc.createElement('span');
        el.className = 'mk-mention';
        el.textContent = `#${node.label ?? node.id}`;
        parent.append(el);
        break;
      }
      case 'date': {
        const el = doc.createElement('time');
        el.className = 'mk-date';
        el.textContent = formatSlackDate(node.seconds, node.format, node.fallback, ctx?.timeZone);
        parent.append(el);
        break;
      }
      case 'special': {
        const el = doc.createElement('span');
        el.className = 'mk-mention';
        el.textContent = node.text;
        parent.append(el);
        break;
      }
      default:
        break;
    }
  }
}

/**
 * mrkdwn text → a DocumentFragment. `ctx.userName(id)` names mentioned users; `ctx.timeZone`
 * is the reader's, for dates.
 */
export function renderMrkdwn(doc, text, ctx) {
  const frag = doc.createDocumentFragment();
  for (const node of parseMrkdwn(text)) {
    if (node.type === 'pre') {
      const pre = doc.createElement('pre');
      pre.className = 'mk-pre';
      pre.textContent = node.text;
      frag.append(pre);
      continue;
    }
    const div = doc.createElement('div');
    if (node.type === 'blank') {
      div.className = 'mk-blank';
    } else if (node.type === 'quote') {
      div.className = 'mk-quote';
      buildInline(doc, node.children, div, ctx);
    } else if (node.type === 'item') {
      div.className = `mk-item mk-indent-${node.indent}`;
      const marker = doc.createElement('span');
      marker.className = 'mk-marker';
      marker.textContent = node.marker;
      div.append(marker);
      const body = doc.createElement('span');
      buildInline(doc, node.children, body, ctx);
      div.append(body);
    } else {
      div.className = 'mk-line';
      buildInline(doc, node.children, div, ctx);
    }
    frag.append(div);
  }
  return frag;
}
