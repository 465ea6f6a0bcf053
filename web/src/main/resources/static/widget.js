/*
 * MarketPilot support widget. Embed with one tag:
 *   <script src="https://your-marketpilot-host/static/widget.js" defer></script>
 * Optional attributes: data-title="Help", data-greeting="Hi! Ask me about delivery, returns or products."
 * It talks to the public chat API of the server it was loaded from (CORS: MARKETPILOT_SUPPORT_CORS_ORIGINS),
 * streams answers (server-sent events over fetch), shows their sources, and shows agents' replies after a hand-off.
 * Everything is rendered as text, never as HTML.
 */
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || window.marketPilotWidget) { return; }
  var base = new URL(script.src, window.location.href).origin + '/api/v1/chat';
  var title = script.getAttribute('data-title') || 'Customer support';
  var greeting = script.getAttribute('data-greeting') ||
      'Hi! Ask me about delivery, returns, payment or our products. 您好，也可以用中文提问。';
  var storageKey = 'marketpilot-chat:' + base;
  var state = { id: null, lastSeq: 0, seen: {}, busy: false, poller: null };

  var css = '' +
    '#mp-chat-button{position:fixed;right:20px;bottom:20px;z-index:2147483000;border:0;border-radius:24px;padding:12px 18px;' +
    'background:#2f6fed;color:#fff;font:600 15px system-ui,sans-serif;box-shadow:0 4px 14px rgba(0,0,0,.2);cursor:pointer}' +
    '#mp-chat-panel{position:fixed;right:20px;bottom:76px;z-index:2147483000;width:360px;max-width:calc(100vw - 40px);height:480px;' +
    'display:none;flex-direction:column;background:#fff;border:1px solid #d0d5dd;border-radius:12px;box-shadow:0 8px 30px rgba(0,0,0,.2);' +
    'font:14px/1.4 system-ui,sans-serif;color:#101828}' +
    '#mp-chat-panel.open{display:flex}' +
    '#mp-chat-panel header{padding:10px 14px;background:#2f6fed;color:#fff;border-radius:12px 12px 0 0;font-weight:600;display:flex;justify-content:space-between}' +
    '#mp-chat-panel header button{background:none;border:0;color:#fff;font-size:18px;cursor:pointer}' +
    '#mp-chat-messages{flex:1;overflow-y:auto;padding:10px;display:flex;flex-direction:column;gap:8px}' +
    '.mp-msg{padding:8px 10px;border-radius:10px;max-width:85%;white-space:pre-wrap;word-wrap:break-word}' +
    '.mp-msg.customer{align-self:flex-end;background:#2f6fed;color:#fff}' +
    '.mp-msg.assistant{align-self:flex-start;background:#f2f4f7}' +
    '.mp-msg.agent{align-self:flex-start;background:#e7f8ee;border:1px solid #a6e4bf}' +
    '.mp-msg .mp-who{display:block;font-size:11px;color:#475467;margin-bottom:2px}' +
    '.mp-msg .mp-cites{display:block;font-size:11px;color:#475467;margin-top:4px}' +
    '.mp-note{align-self:center;font-size:12px;color:#475467}' +
    '#mp-chat-panel form{display:flex;gap:6px;padding:8px;border-top:1px solid #eaecf0}' +
    '#mp-chat-input{flex:1;padding:8px;border:1px solid #d0d5dd;border-radius:8px;font:inherit}' +
    '#mp-chat-panel form button{border:0;border-radius:8px;background:#2f6fed;color:#fff;padding:0 12px;cursor:pointer}' +
    '#mp-chat-human{margin:0 8px 8px;border:1px solid #d0d5dd;background:#fff;border-radius:8px;padding:6px;cursor:pointer;font:inherit}';

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text !== undefined) { e.textContent = text; }
    return e;
  }

  var style = el('style', {}, css);
  var button = el('button', { id: 'mp-chat-button', type: 'button' }, '💬 ' + title);
  var panel = el('div', { id: 'mp-chat-panel', role: 'dialog', 'aria-label': title });
  var header = el('header', {}, title);
  var closeBtn = el('button', { type: 'button', 'aria-label': 'Close' }, '×');
  header.appendChild(closeBtn);
  var list = el('div', { id: 'mp-chat-messages', 'aria-live': 'polite' });
  var form = el('form', {});
  var input = el('input', { id: 'mp-chat-input', type: 'text', maxlength: '2000', placeholder: 'Type your question…', autocomplete: 'off' });
  var send = el('button', { id: 'mp-chat-send', type: 'submit' }, 'Send');
  var human = el('button', { id: 'mp-chat-human', type: 'button' }, 'Talk to a person');
  form.appendChild(input);
  form.appendChild(send);
  panel.appendChild(header);
  panel.appendChild(list);
  panel.appendChild(form);
  panel.appendChild(human);

  function note(text) {
    list.appendChild(el('div', { 'class': 'mp-note' }, text));
    list.scrollTop = list.scrollHeight;
  }

  function bubble(speaker, text) {
    var b = el('div', { 'class': 'mp-msg ' + speaker });
    if (speaker === 'agent') { b.appendChild(el('span', { 'class': 'mp-who' }, 'Support agent')); }
    var body = el('span', { 'class': 'mp-text' }, text);
    b.appendChild(body);
    list.appendChild(b);
    list.scrollTop = list.scrollHeight;
    return b;
  }

  function finish(b, turn) {
    b.querySelector('.mp-text').textContent = turn.text;
    b.setAttribute('data-seq', turn.seq);
    b.setAttribute('data-citations', (turn.citations || []).join(' '));
    // extractive answers name their source in the text already; model-written ones cite [n] and get the list here
    if (turn.citations && turn.citations.length && turn.text.indexOf(turn.citations[0]) < 0) {
      b.appendChild(el('span', { 'class': 'mp-cites' }, 'Sources: ' + turn.citations.join(', ')));
    }
    state.seen[turn.seq] = true;
    state.lastSeq = Math.max(state.lastSeq, turn.seq);
    list.scrollTop = list.scrollHeight;
  }

  function request(method, path, body, accept) {
    return fetch(base + path, {
      method: method,
      headers: { 'Content-Type': 'application/json', 'Accept': accept || 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body)
    });
  }

  function session() {
    if (state.id) { return Promise.resolve(state.id); }
    var saved = window.sessionStorage.getItem(storageKey);
    if (saved) { state.id = saved; return Promise.resolve(saved); }
    return request('POST', '/sessions', {}).then(function (r) {
      if (!r.ok) { throw new Error('The chat is not available right now (' + r.status + ')'); }
      return r.json();
    }).then(function (s) {
      state.id = s.id;
      window.sessionStorage.setItem(storageKey, s.id);
      return s.id;
    });
  }

  function readEvents(response, onEvent) {
    var reader = response.body.getReader();
    var decoder = new TextDecoder();
    var buffer = '';
    function pump() {
      return reader.read().then(function (chunk) {
        if (chunk.done) { return; }
        buffer += decoder.decode(chunk.value, { stream: true });
        var cut;
        while ((cut = buffer.indexOf('\n\n')) >= 0) {
          var block = buffer.slice(0, cut);
          buffer = buffer.slice(cut + 2);
          var name = 'message';
          var data = '';
          block.split('\n').forEach(function (line) {
            if (line.indexOf('event: ') === 0) { name = line.slice(7); }
            if (line.indexOf('data: ') === 0) { data += line.slice(6); }
          });
          onEvent(name, data ? JSON.parse(data) : null);
        }
        return pump();
      });
    }
    return pump();
  }

  function ask(text) {
    state.busy = true;
    var mine = bubble('customer', text);
    var answer = null;
    return session().then(function (id) {
      return request('POST', '/sessions/' + id + '/messages', { text: text }, 'text/event-stream');
    }).then(function (r) {
      if (r.status === 404) {
        window.sessionStorage.removeItem(storageKey);
        state.id = null;
        throw new Error('That conversation has ended; please ask again.');
      }
      if (!r.ok) {
        return r.json().then(function (e) { throw new Error(e.error || ('Error ' + r.status)); });
      }
      return readEvents(r, function (name, data) {
        if (name === 'question') {
          mine.setAttribute('data-seq', data.seq);
          state.seen[data.seq] = true;
          state.lastSeq = Math.max(state.lastSeq, data.seq);
        } else if (name === 'token') {
          if (!answer) { answer = bubble('assistant', ''); }
          var t = answer.querySelector('.mp-text');
          t.textContent += data.text;
        } else if (name === 'done') {
          if (data.answer) {
            if (!answer) { answer = bubble('assistant', ''); }
            finish(answer, data.answer);
          } else {
            note('An agent will answer here shortly.');
          }
        }
      });
    }).catch(function (e) { note(e.message); })
      .then(function () { state.busy = false; });
  }

  function poll() {
    if (!state.id || state.busy) { return; }
    request('GET', '/sessions/' + state.id + '/messages?after=' + state.lastSeq).then(function (r) {
      return r.ok ? r.json() : null;
    }).then(function (t) {
      if (!t || state.busy) { return; }
      t.messages.forEach(function (m) {
        if (state.seen[m.seq]) { return; }
        finish(bubble(m.speaker, m.text), m);
      });
    }).catch(function () { /* offline for a moment: the next poll retries */ });
  }

  function restore() {
    if (!window.sessionStorage.getItem(storageKey)) { return; }
    state.id = window.sessionStorage.getItem(storageKey);
    poll();
  }

  button.addEventListener('click', function () {
    panel.classList.toggle('open');
    if (panel.classList.contains('open')) {
      input.focus();
      if (!state.poller) { state.poller = window.setInterval(poll, 2000); }
    }
  });
  closeBtn.addEventListener('click', function () { panel.classList.remove('open'); });
  form.addEventListener('submit', function (e) {
    e.preventDefault();
    var text = input.value.trim();
    if (!text || state.busy) { return; }
    input.value = '';
    ask(text);
  });
  human.addEventListener('click', function () {
    session().then(function (id) { return request('POST', '/sessions/' + id + '/handoff', {}); })
      .then(function (r) { if (r.ok) { poll(); } else { note('Could not reach an agent right now.'); } })
      .catch(function (e) { note(e.message); });
  });

  function mount() {
    document.head.appendChild(style);
    document.body.appendChild(button);
    document.body.appendChild(panel);
    list.appendChild(el('div', { 'class': 'mp-msg assistant' }, greeting));
    restore();
  }
  if (document.body) { mount(); } else { document.addEventListener('DOMContentLoaded', mount); }
  window.marketPilotWidget = { ask: ask, open: function () { if (!panel.classList.contains('open')) { button.click(); } } };
})();
