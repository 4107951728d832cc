// A focused Block Kit renderer for the surfaces ConnectNote uses: messages, modals and the
// App Home. Every string from a view goes through textContent or renderMrkdwn; no innerHTML.
import { decodeEntities, renderMrkdwn, replaceEmoji } from './mrkdwn.js';

/** @param {string} tag @param {string} [className] @param {string} [text] */
export function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function plainText(obj) {
  if (!obj) return '';
  const text = decodeEntities(String(obj.text ?? ''));
  return obj.emoji === false ? text : replaceEmoji(text);
}

/** A text object (plain_text or mrkdwn) → a node. */
export function textObject(obj, ctx, className) {
  const box = el('div', `bk-text ${className ?? ''}`.trim());
  if (!obj) return box;
  if (obj.type === 'mrkdwn') box.append(renderMrkdwn(document, String(obj.text ?? ''), ctx));
  else box.textContent = plainText(obj);
  return box;
}

/** Where an element's value lives in view state: block_id + action_id, as Slack keys it. */
export function blockIdOf(block, index) {
  return block.block_id ?? `_b${index}`;
}
function actionIdOf(element, index) {
  return element.action_id ?? `_a${index}`;
}

function optionByValue(element, value) {
  const options = [
    ...(element.options ?? []),
    ...(element.option_groups ?? []).flatMap((g) => g.options ?? []),
  ];
  return options.find((o) => o.value === value);
}

/**
 * Elements that hold a value register a getter in ctx.inputs so a submission or an action in a
 * modal can report `state.values` the way Slack does.
 */
function register(ctx, blockId, actionId, type, read) {
  if (!ctx.inputs) return;
  ctx.inputs.push({ blockId, actionId, type, read });
}

function fire(ctx, element, blockId, extra) {
  ctx.onAction?.({
    action_id: element.action_id,
    block_id: blockId,
    type: element.type,
    ...extra,
  });
}

function button(element, blockId, ctx) {
  const b = el('button', `bk-button ${element.style ? `bk-${element.style}` : ''}`.trim());
  b.type = 'button';
  b.textContent = plainText(element.text);
  if (element.accessibility_label) b.setAttribute('aria-label', element.accessibility_label);
  b.dataset.actionId = element.action_id ?? '';
  b.addEventListener('click', async () => {
    if (element.confirm && !(await ctx.confirm(element.confirm))) return;
    fire(ctx, element, blockId, {
      value: element.value,
      text: element.text,
      ...(element.style ? { style: element.style } : {}),
    });
  });
  return b;
}

function staticSelect(element, blockId, actionId, ctx, dispatch, saved) {
  const select = el('select', 'bk-select');
  select.dataset.actionId = actionId;
  const placeholder = el('option', undefined, plainText(element.placeholder) || 'Select an item');
  placeholder.value = '';
  placeholder.disabled = true;
  select.append(placeholder);
  const addOptions = (parent, options) => {
    for (const o of options ?? []) {
      const opt = el('option', undefined, plainText(o.text));
      opt.value = o.value;
      parent.append(opt);
    }
  };
  addOptions(select, element.options);
  for (const group of element.option_groups ?? []) {
    const og = el('optgroup');
    og.label = plainText(group.label);
    addOptions(og, group.options);
    select.append(og);
  }
  const initial = saved?.selected_option?.value ?? element.initial_option?.value;
  select.value = initial && optionByValue(element, initial) ? initial : '';
  const read = () => {
    const option = select.value ? optionByValue(element, select.value) : undefined;
    return { type: 'static_select', selected_option: option ?? null };
  };
  register(ctx, blockId, actionId, 'static_select', read);
  if (dispatch) {
    select.addEventListener('change', () => {
      const option = optionByValue(element, select.value);
      fire(ctx, { ...element, action_id: actionId }, blockId, { selected_option: option });
    });
  }
  return select;
}

function textInput(element, blockId, actionId, ctx, saved) {
  const input = element.multiline
    ? el('textarea', 'bk-field bk-multiline')
    : el('input', 'bk-field');
  if (!element.multiline) input.type = 'text';
  input.dataset.actionId = actionId;
  if (element.placeholder) input.placeholder = plainText(element.placeholder);
  if (element.max_length) input.maxLength = element.max_length;
  input.value = saved?.value ?? element.initial_value ?? '';
  register(ctx, blockId, actionId, 'plain_text_input', () => ({
    type: 'plain_text_input',
    value: input.value === '' ? null : input.value,
  }));
  return input;
}

function choiceGroup(element, blockId, actionId, ctx, dispatch, saved) {
  const multiple = element.type === 'checkboxes';
  const box = el('div', 'bk-choices');
  const name = `${blockId}.${actionId}.${Math.random().toString(36).slice(2)}`;
  const initial = new Set(
    (saved
      ? multiple
        ? (saved.selected_options ?? [])
        : [saved.selected_option].filter(Boolean)
      : multiple
        ? (element.initial_options ?? [])
        : [element.initial_option].filter(Boolean)
    ).map((o) => o.value),
  );
  const inputs = [];
  for (const option of element.options ?? []) {
    const label = el('label', 'bk-choice');
    const input = el('input');
    input.type = multiple ? 'checkbox' : 'radio';
    input.name = name;
    input.value = option.value;
    input.checked = initial.has(option.value);
    inputs.push(input);
    label.append(input, textObject(option.text, ctx));
    if (option.description) label.append(textObject(option.description, ctx, 'bk-muted'));
    box.append(label);
  }
  const read = () => {
    const chosen = inputs
      .filter((i) => i.checked)
      .map((i) => (element.options ?? []).find((o) => o.value === i.value));
    return multiple
      ? { type: 'checkboxes', selected_options: chosen }
      : { type: 'radio_buttons', selected_option: chosen[0] ?? null };
  };
  register(ctx, blockId, actionId, element.type, read);
  if (dispatch) {
    box.addEventListener('change', () =>
      fire(ctx, { ...element, action_id: actionId }, blockId, read()),
    );
  }
  return box;
}

/**
 * A multi_static_select as a drop-down list of checkboxes. Like Slack, it reports the choice once
 * the menu closes, not on every tick.
 */
function multiSelect(element, blockId, actionId, ctx, dispatch, saved) {
  const box = el('details', 'bk-multi');
  const summary = el('summary', 'bk-select bk-multi-summary');
  const list = el('div', 'bk-multi-list');
  const all = [
    ...(element.options ?? []),
    ...(element.option_groups ?? []).flatMap((g) => g.options ?? []),
  ];
  const chosen = new Set(
    (saved ? (saved.selected_options ?? []) : (element.initial_options ?? [])).map((o) => o.value),
  );
  const inputs = all.map((option) => {
    const label = el('label', 'bk-choice');
    const input = el('input');
    input.type = 'checkbox';
    input.value = option.value;
    input.checked = chosen.has(option.value);
    label.append(input, el('span', undefined, plainText(option.text)));
    list.append(label);
    return input;
  });
  const selected = () => all.filter((_option, i) => inputs[i]?.checked);
  const showSummary = () => {
    const names = selected().map((o) => plainText(o.text));
    summary.textContent = names.length
      ? names.join(', ')
      : plainText(element.placeholder) || 'Select items';
    summary.classList.toggle('bk-placeholder', names.length === 0);
  };
  showSummary();
  let changed = false;
  list.addEventListener('change', () => {
    changed = true;
    showSummary();
  });
  box.append(summary, list);
  register(ctx, blockId, actionId, 'multi_static_select', () => ({
    type: 'multi_static_select',
    selected_options: selected(),
  }));
  box.addEventListener('toggle', () => {
    if (box.open || !changed || !dispatch) return;
    changed = false;
    fire(ctx, { ...element, action_id: actionId }, blockId, { selected_options: selected() });
  });
  return box;
}

function overflow(element, blockId, ctx) {
  const select = el('select', 'bk-select bk-overflow');
  select.setAttribute('aria-label', 'More actions');
  const head = el('option', undefined, '⋯');
  head.value = '';
  select.append(head);
  for (const o of element.options ?? []) {
    const opt = el('option', undefined, plainText(o.text));
    opt.value = o.value;
    select.append(opt);
  }
  select.addEventListener('change', async () => {
    const option = (element.options ?? []).find((o) => o.value === select.value);
    select.value = '';
    if (!option) return;
    if (element.confirm && !(await ctx.confirm(element.confirm))) return;
    fire(ctx, element, blockId, { selected_option: option });
  });
  return select;
}

/**
 * An interactive element. `dispatch`: whether a change sends block_actions at once. `keep`:
 * whether what the person entered survives an update of the view, as Slack keeps it for input
 * blocks whose block_id and action_id stay the same.
 */
function element(elem, blockId, index, ctx, dispatch, keep = false) {
  const actionId = actionIdOf(elem, index);
  const saved = keep ? ctx.saved?.[blockId]?.[actionId] : undefined;
  switch (elem.type) {
    case 'button':
      return button(elem, blockId, ctx);
    case 'static_select':
      return staticSelect(elem, blockId, actionId, ctx, dispatch, saved);
    case 'plain_text_input':
      return textInput(elem, blockId, actionId, ctx, saved);
    case 'checkboxes':
    case 'radio_buttons':
      return choiceGroup(elem, blockId, actionId, ctx, dispatch, saved);
    case 'multi_static_select':
      return multiSelect(elem, blockId, actionId, ctx, dispatch, saved);
    case 'overflow':
      return overflow(elem, blockId, ctx);
    case 'image':
      return el('span', 'bk-image', `[image: ${elem.alt_text ?? ''}]`);
    default:
      return el('span', 'bk-unsupported', `[${elem.type} is not shown in the playground]`);
  }
}

function richTextElements(elements, parent, ctx) {
  for (const e of elements ?? []) {
    let node;
    if (e.type === 'text') {
      node = document.createTextNode(e.text ?? '');
      const style = e.style ?? {};
      for (const [flag, tag] of [
        ['code', 'code'],
        ['strike', 's'],
        ['italic', 'em'],
        ['bold', 'strong'],
      ]) {
        if (style[flag]) {
          const wrap = el(tag);
          wrap.append(node);
          node = wrap;
        }
      }
    } else if (e.type === 'link') {
      const href = /^(https?:|mailto:)/i.test(e.url ?? '') ? e.url : undefined;
      node = el(href ? 'a' : 'span', 'mk-link', e.text ?? e.url ?? '');
      if (href) {
        node.setAttribute('href', href);
        node.setAttribute('target', '_blank');
        node.setAttribute('rel', 'noopener noreferrer');
      }
    } else if (e.type === 'user') {
      node = el('span', 'mk-mention', `@${ctx.userName?.(e.user_id) ?? e.user_id}`);
    } else if (e.type === 'channel') {
      node = el('span', 'mk-mention', `#${e.channel_id}`);
    } else if (e.type === 'emoji') {
      node = document.createTextNode(e.unicode ? '' : replaceEmoji(`:${e.name}:`));
      if (e.unicode) {
        node.textContent = String.fromCodePoint(
          ...e.unicode.split('-').map((h) => Number.parseInt(h, 16)),
        );
      }
    } else {
      node = document.createTextNode('');
    }
    parent.append(node);
  }
}

function richText(block, ctx) {
  const box = el('div', 'bk-rich');
  for (const part of block.elements ?? []) {
    if (part.type === 'rich_text_section') {
      const p = el('div', 'bk-rich-section');
      richTextElements(part.elements, p, ctx);
      box.append(p);
    } else if (part.type === 'rich_text_list') {
      const list = el(part.style === 'ordered' ? 'ol' : 'ul', 'bk-rich-list');
      for (const item of part.elements ?? []) {
        const li = el('li');
        richTextElements(item.elements, li, ctx);
        list.append(li);
      }
      box.append(list);
    } else if (part.type === 'rich_text_quote') {
      const q = el('div', 'mk-quote');
      richTextElements(part.elements, q, ctx);
      box.append(q);
    } else if (part.type === 'rich_text_preformatted') {
      const pre = el('pre', 'mk-pre');
      richTextElements(part.elements, pre, ctx);
      box.append(pre);
    }
  }
  return box;
}

function block(b, index, ctx) {
  const blockId = blockIdOf(b, index);
  const wrap = el('div', `bk-block bk-${b.type}`);
  wrap.dataset.blockId = blockId;
  switch (b.type) {
    case 'section': {
      const body = el('div', 'bk-section-body');
      if (b.text) body.append(textObject(b.text, ctx));
      if (b.fields?.length) {
        const fields = el('div', 'bk-fields');
        for (const f of b.fields) fields.append(textObject(f, ctx));
        body.append(fields);
      }
      wrap.append(body);
      if (b.accessory) {
        const acc = el('div', 'bk-accessory');
        acc.append(element(b.accessory, blockId, 0, ctx, true));
        wrap.append(acc);
      }
      break;
    }
    case 'header':
      wrap.append(el('h3', 'bk-header-text', plainText(b.text)));
      break;
    case 'divider':
      wrap.append(el('hr'));
      break;
    case 'context':
      for (const e of b.elements ?? []) {
        if (e.type === 'image') wrap.append(el('span', 'bk-image', `[${e.alt_text ?? 'image'}]`));
        else wrap.append(textObject(e, ctx));
      }
      break;
    case 'actions':
      (b.elements ?? []).forEach((e, i) => {
        wrap.append(element(e, blockId, i, ctx, true));
      });
      break;
    case 'input': {
      const label = el('label', 'bk-label');
      label.append(document.createTextNode(plainText(b.label)));
      if (b.optional) label.append(el('span', 'bk-optional', ' (optional)'));
      wrap.append(label);
      const control = element(b.element ?? {}, blockId, 0, ctx, Boolean(b.dispatch_action), true);
      const controlId = `in-${blockId}-${Math.random().toString(36).slice(2, 8)}`;
      control.id = controlId;
      label.htmlFor = controlId;
      wrap.append(control);
      const error = ctx.errors?.[blockId];
      if (error) {
        wrap.classList.add('bk-has-error');
        const err = el('div', 'bk-error', decodeEntities(String(error)));
        err.setAttribute('role', 'alert');
        wrap.append(err);
      }
      if (b.hint) wrap.append(textObject(b.hint, ctx, 'bk-hint'));
      break;
    }
    case 'rich_text':
      wrap.append(richText(b, ctx));
      break;
    case 'image':
      wrap.append(el('div', 'bk-image', `[image: ${b.alt_text ?? ''}]`));
      break;
    default:
      wrap.append(el('div', 'bk-unsupported', `[${b.type} block is not shown in the playground]`));
  }
  return wrap;
}

/**
 * Blocks → a container element.
 * ctx: { onAction(action), confirm(confirmObj) → Promise<boolean>, errors, saved, inputs, userName }
 */
export function renderBlocks(blocks, ctx) {
  const box = el('div', 'bk-blocks');
  (blocks ?? []).forEach((b, i) => {
    box.append(block(b, i, ctx));
  });
  return box;
}

/** Collects `state.values` from the registered inputs, keyed as Slack keys them. */
export function collectState(inputs) {
  const values = {};
  for (const input of inputs ?? []) {
    values[input.blockId] ??= {};
    values[input.blockId][input.actionId] = input.read();
  }
  return { values };
}
