// The playground page: a Slack-like window driven by the server's state stream (SSE).
// Every click here becomes a request to the playground server, which signs it and sends it
// to the real app's POST /slack/events, as Slack would.
import { collectState, el, renderBlocks, textObject } from './blocks.js';
import { renderMrkdwn } from './mrkdwn.js';

const ui = {
  state: null,
  current: 'channel',
  unread: new Set(),
  seen: new Map(),
  modalKey: '',
  modalInputs: [],
  homeKey: '',
  homeInputs: [],
  connected: false,
};

const $ = (id) => document.getElementById(id);

// ── talking to the server ────────────────────────────────────────────────────────────────

async function post(path, body) {
  let res;
  try {
    res = await fetch(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body ?? {}),
    });
  } catch {
    setBanner(true);
    return { ok: false, error: 'unreachable' };
  }
  let data = {};
  try {
    data = await res.json();
  } catch {
    data = { ok: false, error: `HTTP ${res.status}` };
  }
  if (data.error === 'app_unreachable') setBanner(true);
  else if (!data.ok && data.message) toast(data.message);
  return data;
}

function setBanner(down) {
  const banner = $('banner');
  banner.hidden = !down;
}

let toastTimer;
function toast(text) {
  const t = $('toast');
  t.textContent = text;
  t.hidden = false;
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => {
    t.hidden = true;
  }, 5000);
}

function connect() {
  const source = new EventSource('/api/events');
  source.addEventListener('state', (e) => {
    ui.connected = true;
    const state = JSON.parse(e.data);
    setBanner(!state.appUp);
    render(state);
  });
  source.addEventListener('notice', (e) => toast(JSON.parse(e.data).text));
  source.onerror = () => {
    ui.connected = false;
    setBanner(true);
  };
}

// ── confirm dialogs (Block Kit `confirm` objects) ───────────────────────────────────────

function confirmDialog(confirm) {
  return new Promise((resolve) => {
    const overlay = el('div', 'overlay confirm-overlay');
    const box = el('div', 'dialog confirm');
    box.setAttribute('role', 'alertdialog');
    box.setAttribute('aria-modal', 'true');
    box.append(el('h2', 'dialog-title', confirm.title?.text ?? 'Are you sure?'));
    box.append(textObject(confirm.text, ctxBase(), 'dialog-body'));
    const row = el('div', 'dialog-actions');
    const deny = el('button', 'btn', confirm.deny?.text ?? 'Cancel');
    const ok = el(
      'button',
      `btn ${confirm.style === 'danger' ? 'btn-danger' : 'btn-primary'}`,
      confirm.confirm?.text ?? 'Yes',
    );
    deny.type = 'button';
    ok.type = 'button';
    row.append(deny, ok);
    box.append(row);
    overlay.append(box);
    document.body.append(overlay);
    ok.focus();
    const done = (answer) => {
      overlay.remove();
      resolve(answer);
    };
    deny.addEventListener('click', () => done(false));
    ok.addEventListener('click', () => done(true));
    box.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') done(false);
    });
  });
}

function ctxBase() {
  return {
    confirm: confirmDialog,
    userName: (id) => ui.state?.users?.[id] ?? id,
    timeZone: ui.state?.clock?.tz,
  };
}

/** A view's (Home or modal) context: its inputs, what was typed before, actions sent with its state. */
function viewCtx(source, inputs, saved) {
  return {
    ...ctxBase(),
    inputs,
    saved,
    onAction: (action) => post('/api/action', { source, action, state: collectState(inputs) }),
  };
}

// ── rendering ────────────────────────────────────────────────────────────────────────────

function render(state) {
  const first = !ui.state;
  ui.state = state;
  $('clock-now').textContent = state.clock.display;
  $('clock-tz').textContent = state.clock.tz;
  const dateInput = $('clock-date');
  if (document.activeElement !== dateInput && dateInput.dataset.shown !== state.clock.date) {
    dateInput.value = state.clock.date;
    dateInput.dataset.shown = state.clock.date;
  }
  for (const channel of state.channels) {
    const list = state.messages[channel.id] ?? [];
    const seen = ui.seen.get(channel.id) ?? 0;
    if (list.length > seen && channel.id !== currentChannelId() && !first)
      ui.unread.add(channel.id);
    ui.seen.set(channel.id, list.length);
  }
  renderSidebar();
  renderPane();
  renderModal();
}

function currentChannelId() {
  return ui.state?.channels.find((c) => c.key === ui.current)?.id;
}

function renderSidebar() {
  const nav = $('nav');
  nav.replaceChildren();
  const items = [
    ...ui.state.channels.map((c) => ({ key: c.key, label: c.label, id: c.id, icon: c.icon })),
    { key: 'home', label: 'App Home', icon: '⌂' },
  ];
  for (const item of items) {
    const b = el('button', 'nav-item');
    b.type = 'button';
    b.dataset.key = item.key;
    if (item.key === ui.current) b.classList.add('active');
    if (item.id && ui.unread.has(item.id)) b.classList.add('unread');
    b.append(el('span', 'nav-icon', item.icon), el('span', 'nav-label', item.label));
    if (item.id && ui.unread.has(item.id)) b.append(el('span', 'badge', '•'));
    b.addEventListener('click', () => select(item.key));
    nav.append(b);
  }
}

function select(key) {
  ui.current = key;
  const id = currentChannelId();
  if (id) ui.unread.delete(id);
  if (key === 'home') {
    ui.homeKey = '';
    post('/api/home-opened');
  }
  renderSidebar();
  renderPane();
}

function renderPane() {
  const isHome = ui.current === 'home';
  $('composer').hidden = isHome;
  if (isHome) {
    $('pane-title').textContent = `${ui.state.bot.name} · Home`;
    $('pane-sub').textContent = 'The app’s App Home tab (views.publish)';
    renderHome();
    return;
  }
  ui.homeKey = '';
  const channel = ui.state.channels.find((c) => c.key === ui.current);
  $('pane-title').textContent = channel.key === 'channel' ? `# ${channel.label}` : channel.label;
  $('pane-sub').textContent = channel.subtitle;
  $('composer-input').placeholder = channel.placeholder;
  renderMessages(channel);
}

function renderMessages(channel) {
  const list = $('messages');
  const wasAtBottom = list.scrollHeight - list.scrollTop - list.clientHeight < 40;
  if (list.dataset.channel !== channel.id) {
    list.replaceChildren();
    list.dataset.channel = channel.id;
  }
  const messages = ui.state.messages[channel.id] ?? [];
  const existing = new Map([...list.children].map((n) => [n.dataset.key, n]));
  const keep = new Set();
  let previous = null;
  for (const m of messages) {
    const key = `${m.ts}`;
    keep.add(key);
    let node = existing.get(key);
    if (!node || node.dataset.rev !== String(m.rev)) {
      const fresh = messageNode(channel, m);
      if (node) node.replaceWith(fresh);
      node = fresh;
    }
    if (previous ? previous.nextSibling !== node : list.firstChild !== node) {
      if (previous) previous.after(node);
      else list.prepend(node);
    }
    previous = node;
  }
  for (const [key, node] of existing) if (!keep.has(key)) node.remove();
  if (messages.length === 0 && !list.querySelector('.empty')) {
    list.append(el('div', 'empty', channel.empty));
  } else if (messages.length > 0) {
    list.querySelector('.empty')?.remove();
  }
  if (wasAtBottom || list.dataset.scrolled !== String(messages.length)) {
    list.scrollTop = list.scrollHeight;
    list.dataset.scrolled = String(messages.length);
  }
}

function messageNode(channel, m) {
  const node = el(
    'article',
    `msg ${m.ephemeral ? 'ephemeral' : ''} ${m.bot ? 'from-bot' : 'from-user'}`,
  );
  node.dataset.key = `${m.ts}`;
  node.dataset.rev = String(m.rev);
  node.dataset.ts = m.ts;
  const avatar = el(
    'div',
    `avatar ${m.bot ? 'avatar-bot' : ''}`,
    m.bot ? 'CN' : initials(m.author),
  );
  avatar.setAttribute('aria-hidden', 'true');
  const body = el('div', 'msg-body');
  const head = el('div', 'msg-head');
  head.append(el('span', 'msg-author', m.author));
  if (m.bot) head.append(el('span', 'tag', 'APP'));
  head.append(el('time', 'msg-time', m.time));
  if (m.edited) head.append(el('span', 'msg-edited', '(edited)'));
  body.append(head);
  if (m.ephemeral) body.append(el('div', 'ephemeral-note', 'Only visible to you'));
  const ctx = {
    ...ctxBase(),
    onAction: (action) =>
      post('/api/action', {
        source: { kind: 'message', channel: channel.id, ts: m.ts, ephemeral: Boolean(m.ephemeral) },
        action,
      }),
  };
  if (m.blocks?.length) body.append(renderBlocks(m.blocks, ctx));
  else {
    const text = el('div', 'bk-text');
    text.append(renderMrkdwn(document, m.text ?? '', ctx));
    body.append(text);
  }
  node.append(avatar, body);
  if (!m.ephemeral) {
    const more = el('button', 'msg-more', '⋯');
    more.type = 'button';
    more.title = 'More actions';
    more.setAttribute('aria-label', 'More actions');
    more.addEventListener('click', (e) => {
      e.stopPropagation();
      openMenu(channel, m, more.getBoundingClientRect());
    });
    node.append(more);
    node.addEventListener('contextmenu', (e) => {
      e.preventDefault();
      openMenu(channel, m, { left: e.clientX, bottom: e.clientY, right: e.clientX });
    });
  }
  return node;
}

function initials(name) {
  return (
    String(name ?? '?')
      .split(/\s+/)
      .map((w) => w[0] ?? '')
      .join('')
      .slice(0, 2)
      .toUpperCase() || '?'
  );
}

function openMenu(channel, m, rect) {
  closeMenu();
  const menu = el('div', 'menu');
  menu.id = 'menu';
  menu.setAttribute('role', 'menu');
  menu.append(el('div', 'menu-title', 'Message shortcuts'));
  for (const s of ui.state.shortcuts) {
    const item = el('button', 'menu-item');
    item.type = 'button';
    item.setAttribute('role', 'menuitem');
    item.append(el('span', undefined, s.name), el('span', 'menu-app', ui.state.bot.name));
    item.addEventListener('click', () => {
      closeMenu();
      post('/api/shortcut', { channel: channel.id, ts: m.ts, callbackId: s.callbackId });
    });
    menu.append(item);
  }
  document.body.append(menu);
  const width = menu.offsetWidth;
  const left = Math.max(
    8,
    Math.min(window.innerWidth - width - 8, (rect.right ?? rect.left) - width),
  );
  const top = Math.min(window.innerHeight - menu.offsetHeight - 8, rect.bottom + 4);
  menu.style.left = `${left}px`;
  menu.style.top = `${Math.max(8, top)}px`;
  setTimeout(() => document.addEventListener('click', closeMenu, { once: true }), 0);
}

function closeMenu() {
  $('menu')?.remove();
}

function renderHome() {
  const list = $('messages');
  const home = ui.state.home;
  const key = home ? `${home.id}:${home.hash}` : 'none';
  if (list.dataset.channel === 'home' && ui.homeKey === key) return;
  const saved =
    list.dataset.channel === 'home' && home?.id === ui.homeKey.split(':')[0]
      ? collectState(ui.homeInputs).values
      : undefined;
  ui.homeKey = key;
  list.dataset.channel = 'home';
  list.replaceChildren();
  if (!home) {
    list.append(
      el('div', 'empty', 'Opening the Home tab… (the app publishes it on app_home_opened)'),
    );
    return;
  }
  const inputs = [];
  ui.homeInputs = inputs;
  const ctx = viewCtx({ kind: 'home', viewId: home.id }, inputs, saved);
  const page = el('div', 'home');
  page.append(renderBlocks(home.view.blocks, ctx));
  list.append(page);
  list.scrollTop = 0;
}

function renderModal() {
  const root = $('modal-root');
  const stack = ui.state.views;
  const top = stack[stack.length - 1];
  if (!top) {
    root.replaceChildren();
    ui.modalKey = '';
    ui.modalInputs = [];
    return;
  }
  const key = `${top.id}:${top.hash}:${JSON.stringify(top.errors ?? {})}`;
  if (key === ui.modalKey) return;
  const sameView = ui.modalKey.startsWith(`${top.id}:`);
  const saved = sameView ? collectState(ui.modalInputs).values : undefined;
  ui.modalKey = key;
  const view = top.view;
  const inputs = [];
  ui.modalInputs = inputs;
  const overlay = el('div', 'overlay');
  const dialog = el('form', 'dialog modal');
  dialog.setAttribute('role', 'dialog');
  dialog.setAttribute('aria-modal', 'true');
  dialog.noValidate = true;
  dialog.dataset.viewId = top.id;
  dialog.dataset.hash = top.hash;
  dialog.dataset.callbackId = view.callback_id ?? '';
  const header = el('header', 'modal-head');
  if (stack.length > 1) {
    const back = el('button', 'icon-btn modal-back', '←');
    back.type = 'button';
    back.setAttribute('aria-label', 'Back');
    back.addEventListener('click', () => post('/api/close', { viewId: top.id }));
    header.append(back);
  }
  const title = el('h2', 'dialog-title', view.title?.text ?? '');
  title.id = 'modal-title';
  dialog.setAttribute('aria-labelledby', 'modal-title');
  header.append(title);
  const x = el('button', 'icon-btn modal-x', '✕');
  x.type = 'button';
  x.setAttribute('aria-label', 'Close');
  x.addEventListener('click', () => post('/api/close', { viewId: top.id, all: true }));
  header.append(x);
  const ctx = { ...viewCtx({ kind: 'view', viewId: top.id }, inputs, saved), errors: top.errors };
  const body = el('div', 'modal-body');
  body.append(renderBlocks(view.blocks, ctx));
  const foot = el('footer', 'dialog-actions');
  const close = el('button', 'btn', view.close?.text ?? 'Cancel');
  close.type = 'button';
  close.addEventListener('click', () => post('/api/close', { viewId: top.id }));
  foot.append(close);
  if (view.submit) {
    const submit = el('button', 'btn btn-primary', view.submit.text);
    submit.type = 'submit';
    foot.append(submit);
  }
  dialog.addEventListener('submit', async (e) => {
    e.preventDefault();
    if (!view.submit) return;
    const button = dialog.querySelector('button[type=submit]');
    button.disabled = true;
    await post('/api/submit', { viewId: top.id, state: collectState(inputs) });
    button.disabled = false;
  });
  dialog.append(header, body, foot);
  overlay.append(dialog);
  root.replaceChildren(overlay);
  const firstError = dialog.querySelector('.bk-has-error .bk-field, .bk-has-error .bk-select');
  if (firstError) firstError.focus();
  else if (!sameView) dialog.querySelector('.bk-field, .bk-select')?.focus();
}

// ── composer and clock ───────────────────────────────────────────────────────────────────

function setupComposer() {
  const form = $('composer');
  const input = $('composer-input');
  const send = async () => {
    const text = input.value.trim();
    if (!text) return;
    const channel = currentChannelId();
    input.value = '';
    const result = await post('/api/composer', { channel, text });
    if (!result.ok && result.error !== 'app_unreachable') input.value = text;
  };
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    send();
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && !e.shiftKey) {
      e.preventDefault();
      send();
    }
  });
}

function setupClock() {
  for (const button of document.querySelectorAll('[data-days]')) {
    button.addEventListener('click', () => moveClock({ days: Number(button.dataset.days) }));
  }
  $('clock-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const date = $('clock-date').value;
    if (date) moveClock({ date });
  });
}

async function moveClock(body) {
  const result = await post('/api/clock', body);
  if (result.ok) {
    const s = result.sweep;
    const summary = s
      ? `Reminder sweep: ${s.due} due, ${s.sent} sent${s.failed ? `, ${s.failed} failed` : ''}`
      : 'Clock moved';
    toast(`${result.clock.display} — ${summary}`);
  }
}

// Escape closes the menu, else the top modal (a confirm dialog handles its own keys).
document.addEventListener('keydown', (e) => {
  if (e.key !== 'Escape' || document.querySelector('.confirm-overlay')) return;
  if ($('menu')) {
    closeMenu();
    return;
  }
  const top = ui.state?.views[ui.state.views.length - 1];
  if (top) post('/api/close', { viewId: top.id });
});

setupComposer();
setupClock();
connect();
