// The BRICS Partner Bot widget for partner sites, added with one tag:
//   <script src="https://<bot-host>/widget.js" data-lang="ru" data-title="…" data-color="#b01c2e" defer></script>
// A floating button opens the bot's chat page in a frame. Everything lives in
// a shadow root, so the host page's styles do not reach it and its own do not leak.
(function () {
  'use strict';

  // Filled in by the server (src/web/webChat.ts) with each language's button and panel words from locales/.
  var STRINGS = /*@widget-strings*/ null;
  var FOCUS_MESSAGE = 'brics-partner-bot:focus';
  var CLOSE_MESSAGE = 'brics-partner-bot:close';

  var script = document.currentScript;
  if (!script || window.__bricsPartnerBotWidget) return;
  window.__bricsPartnerBotWidget = true;

  var botOrigin = new URL(script.src, location.href).origin;
  var asked = (script.getAttribute('data-lang') || '').trim().toLowerCase().split(/[-_]/)[0];
  // An unknown language is left to the page, which follows the visitor's browser. Own keys only:
  // data-lang="constructor" would otherwise find Object.prototype's.
  var lang = Object.prototype.hasOwnProperty.call(STRINGS, asked) ? asked : '';
  var strings = STRINGS[lang] || STRINGS.en;
  var title = (script.getAttribute('data-title') || '').trim() || strings.title;
  var wantedColor = (script.getAttribute('data-color') || '').trim();
  // Colour syntax only: #hex, a name, or a colour function of numbers. CSS.supports alone is not enough:
  // it accepts var(--x, url(…)), which would make the host page load whatever the attribute names.
  var COLOR_SYNTAX = /^(?:#[0-9a-f]{3,8}|[a-z]+|(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch)\([0-9a-z.,%\s\/+-]*\))$/i;
  var color = wantedColor && COLOR_SYNTAX.test(wantedColor) && window.CSS && CSS.supports('color', wantedColor) ? wantedColor : '#0b5cab';
  // The chat page takes only a #hex accent; other CSS colours colour the button alone.
  var accent = /^#(?:[0-9a-f]{3}|[0-9a-f]{6}|[0-9a-f]{8})$/i.test(color) ? color : '';

  var host = document.createElement('div');
  host.setAttribute('data-brics-partner-bot', '');
  var root = host.attachShadow({ mode: 'open' });

  var style = document.createElement('style');
  style.textContent = [
    ':host { all: initial; }',
    '.launcher { position: fixed; bottom: 20px; right: 20px; z-index: 2147483000; display: flex; align-items: center; gap: 8px;',
    '  max-width: calc(100vw - 40px); padding: 12px 18px; border: 0; border-radius: 999px; background: var(--accent); color: #fff;',
    '  font: 600 15px/1.2 system-ui, "Segoe UI", "Noto Sans", sans-serif; box-shadow: 0 4px 14px rgba(0,0,0,.25); cursor: pointer; }',
    '.launcher:focus-visible { outline: 3px solid #ffd166; outline-offset: 3px; }',
    '.launcher svg { flex: none; width: 22px; height: 22px; fill: currentColor; }',
    '.launcher span { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }',
    '.panel { position: fixed; bottom: 88px; right: 20px; z-index: 2147483000; display: flex; flex-direction: column;',
    '  width: 400px; height: min(640px, calc(100vh - 120px)); max-width: calc(100vw - 40px); background: #fff;',
    '  border-radius: 12px; overflow: hidden; box-shadow: 0 8px 30px rgba(0,0,0,.3); }',
    '.panel[hidden] { display: none; }',
    '.bar { display: flex; align-items: center; gap: 8px; padding: 10px 12px; background: var(--accent); color: #fff;',
    '  font: 600 16px/1.3 system-ui, "Segoe UI", "Noto Sans", sans-serif; }',
    '.bar h2 { flex: 1; margin: 0; font: inherit; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }',
    '.close { width: 32px; height: 32px; padding: 0; border: 0; border-radius: 6px; background: transparent; color: inherit;',
    '  font: 400 22px/1 system-ui, sans-serif; cursor: pointer; }',
    '.close:hover { background: rgba(255,255,255,.15); }',
    '.close:focus-visible { outline: 3px solid #ffd166; outline-offset: 1px; }',
    'iframe { flex: 1; width: 100%; border: 0; }',
    '@media (max-width: 480px) {',
    '  .panel { inset: 0; width: 100%; height: 100%; max-width: none; border-radius: 0; }',
    '  .launcher { bottom: 12px; right: 12px; }',
    // The panel fills the screen: the button would lie over its send button. The bar's × closes it.
    '  .launcher[aria-expanded="true"] { display: none; }',
    '}',
  ].join('\n');
  root.appendChild(style);
  host.style.setProperty('--accent', color);

  var launcher = document.createElement('button');
  launcher.type = 'button';
  launcher.className = 'launcher';
  launcher.setAttribute('aria-label', strings.open);
  launcher.setAttribute('aria-expanded', 'false');
  launcher.setAttribute('aria-controls', 'panel');
  launcher.innerHTML = '<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H9l-5 4v-4H4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2z"/></svg>';
  var label = document.createElement('span');
  label.textContent = title;
  launcher.appendChild(label);

  var panel = document.createElement('div');
  panel.className = 'panel';
  panel.id = 'panel';
  panel.hidden = true;
  panel.setAttribute('role', 'dialog');
  panel.setAttribute('aria-labelledby', 'title');
  if (lang) panel.setAttribute('lang', lang);

  var bar = document.createElement('div');
  bar.className = 'bar';
  var heading = document.createElement('h2');
  heading.id = 'title';
  heading.textContent = title;
  var close = document.createElement('button');
  close.type = 'button';
  close.className = 'close';
  close.setAttribute('aria-label', strings.close);
  close.textContent = '\u00d7';
  bar.appendChild(heading);
  bar.appendChild(close);
  panel.appendChild(bar);

  root.appendChild(panel);
  root.appendChild(launcher);

  var frame = null;
  var frameLoaded = false;

  function focusChat() {
    if (!frame) return;
    frame.focus();
    frame.contentWindow.postMessage({ type: FOCUS_MESSAGE }, botOrigin);
  }

  function open() {
    if (!frame) {
      // The chat loads on first open: a page with the button costs its visitors nothing until then.
      frame = document.createElement('iframe');
      var src = new URL('/', botOrigin);
      src.searchParams.set('embed', '1');
      if (lang) src.searchParams.set('lang', lang);
      if (accent) src.searchParams.set('accent', accent);
      frame.src = src.href;
      frame.title = title;
      frame.addEventListener('load', function () {
        frameLoaded = true;
        if (!panel.hidden) focusChat();
      });
      panel.appendChild(frame);
    }
    panel.hidden = false;
    launcher.setAttribute('aria-expanded', 'true');
    if (frameLoaded) focusChat();
    else close.focus();
  }

  function shut() {
    if (panel.hidden) return;
    panel.hidden = true;
    launcher.setAttribute('aria-expanded', 'false');
    launcher.focus();
  }

  launcher.addEventListener('click', function () {
    if (panel.hidden) open();
    else shut();
  });
  close.addEventListener('click', shut);
  root.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') shut();
  });
  window.addEventListener('message', function (event) {
    if (event.origin === botOrigin && frame && event.source === frame.contentWindow && event.data && event.data.type === CLOSE_MESSAGE) shut();
  });

  function attach() {
    document.body.appendChild(host);
  }
  if (document.body) attach();
  else document.addEventListener('DOMContentLoaded', attach);
})();
