// The chat page in the browser: fetches a Direct Line token from the bot's
// server, renders the official Web Chat (window.WebChat, served from the
// botframework-webchat package) in the chosen language, and tells the bot
// that language with a `webchat/join` event so the welcome comes in it.
(function () {
  'use strict';

  var JOIN_EVENT = 'webchat/join';
  var STORAGE_KEY = 'brics-partner-bot.language';
  // The conversation of this tab, so a reload or the next page of a partner's site goes on with it.
  var SESSION_KEY = 'brics-partner-bot.conversation';
  // Messages between the widget (on a partner's page) and this page in its frame.
  var FOCUS_MESSAGE = 'brics-partner-bot:focus';
  var CLOSE_MESSAGE = 'brics-partner-bot:close';

  var config = JSON.parse(document.getElementById('chat-config').textContent);
  var languages = {};
  config.languages.forEach(function (language) {
    languages[language.code] = language;
  });

  var status = document.getElementById('chat-status');
  var waitNotice = document.getElementById('chat-wait');
  var announcer = document.getElementById('chat-announce');
  var picker = document.getElementById('chat-language');
  var container = document.getElementById('webchat');

  var language = languages[config.language];
  // A language picked earlier wins over the browser's, and in the widget over the site's data-lang;
  // on the page itself an address naming a language (a shared link) wins.
  if (config.embedded || !new URLSearchParams(location.search).has('lang')) {
    try {
      var saved = localStorage.getItem(STORAGE_KEY);
      if (saved && languages[saved]) language = languages[saved];
    } catch (ignored) {
      // Storage can be blocked (private mode, third-party frame): the page still works.
    }
  }

  var directLine = null;
  var store = null;
  var session = null;
  // The widget asked for focus before Web Chat was there: give it once it is.
  var focusWanted = false;
  // Arrow keys on a closed list change the language at each step: act once the choice settles.
  var SETTLE_MS = 400;
  var settleTimer = null;

  function showStatus(text) {
    status.textContent = text;
    status.hidden = !text;
  }

  // A pause the bot asked for (its rate-limit notice) or the Direct Line service imposed (429): until it is
  // over, the page says how long is left and keeps what the person sends (a typed message stays in the box)
  // instead of letting it fail or go unanswered.
  var HELD_ACTIONS = ['WEB_CHAT/SUBMIT_SEND_BOX', 'WEB_CHAT/SEND_MESSAGE', 'WEB_CHAT/SEND_MESSAGE_BACK', 'WEB_CHAT/SEND_POST_BACK'];
  // When a refusal says nothing of how long: the limits count per minute.
  var DEFAULT_WAIT_SECONDS = 60;
  var waitUntil = 0;
  var waitTimer = null;

  function secondsToWait() {
    return Math.max(0, Math.ceil((waitUntil - Date.now()) / 1000));
  }

  function waitText(seconds) {
    var forms = language.page.wait;
    var form = forms[new Intl.PluralRules(language.code).select(seconds)] || forms.other || '';
    return form.replace('{{count}}', new Intl.NumberFormat(language.locale).format(seconds));
  }

  /** The countdown under the send box (a timer, not read out at each tick). */
  function showWait() {
    var seconds = secondsToWait();
    if (seconds === 0) {
      clearInterval(waitTimer);
      waitTimer = null;
      waitNotice.hidden = true;
      waitNotice.textContent = '';
      return;
    }
    waitNotice.textContent = waitText(seconds);
    waitNotice.hidden = false;
  }

  /** Says the wait to a screen reader once, now. */
  function announceWait() {
    announcer.textContent = '';
    setTimeout(function () {
      announcer.textContent = waitText(secondsToWait());
    }, 50);
  }

  function holdSendingUntil(time) {
    if (time <= Date.now()) return;
    waitUntil = Math.max(waitUntil, time);
    showWait();
    announceWait();
    if (!waitTimer) waitTimer = setInterval(showWait, 1000);
  }

  /** The bot's rate-limit notice carries its wait; one read back from an old transcript is already over. */
  function waitAskedBy(activity) {
    var seconds = activity && activity.from && activity.from.role !== 'user' && activity.channelData && activity.channelData.retryAfterSeconds;
    if (typeof seconds !== 'number' || !(seconds > 0)) return;
    var sent = Date.parse(activity.timestamp);
    var end = Date.now() + seconds * 1000;
    holdSendingUntil(isNaN(sent) ? end : Math.min(end, sent + seconds * 1000));
  }

  // A post the Direct Line endpoint refuses with 429 never reaches Web Chat as a failure: the Direct Line
  // client reports it as "retry" and Web Chat waits for an echo that does not come, then says "Send failed".
  // So the page watches the answers to its own posts and shows the wait at once, from Retry-After when the
  // browser may read it (always on the bot's own endpoint).
  var sendRequest = XMLHttpRequest.prototype.send;
  XMLHttpRequest.prototype.send = function () {
    this.addEventListener('loadend', function () {
      if (this.status !== 429 || !/\/conversations\/[^/]+\/activities$/.test(this.responseURL)) return;
      var seconds = Number(this.getResponseHeader('Retry-After'));
      holdSendingUntil(Date.now() + (seconds > 0 ? seconds : DEFAULT_WAIT_SECONDS) * 1000);
    });
    return sendRequest.apply(this, arguments);
  };

  function applyPageLanguage() {
    document.documentElement.lang = language.code;
    document.documentElement.dir = language.direction;
    document.getElementById('chat-subtitle').textContent = language.page.subtitle;
    document.getElementById('chat-language-label').textContent = language.page.language;
    picker.value = language.code;
    if (secondsToWait() > 0) showWait();
  }

  function render() {
    window.WebChat.renderWebChat(
      {
        directLine: directLine,
        store: store,
        locale: language.locale,
        // Web Chat turns right-to-left by itself only for ar-*; Persian needs it said.
        dir: language.direction,
        overrideLocalizedStrings: language.webChat,
        styleOptions: {
          accent: config.accent || '#0b5cab',
          primaryFont: "system-ui, 'Segoe UI', 'Noto Sans', 'Noto Sans Ethiopic', 'Noto Sans Arabic', 'Noto Sans Devanagari', 'Noto Sans SC', sans-serif",
          hideUploadButton: true,
          bubbleBorderRadius: 8,
          bubbleFromUserBorderRadius: 8,
          sendBoxHeight: 48,
          suggestedActionLayout: 'flow',
          botAvatarInitials: 'BP',
          userAvatarInitials: '',
        },
      },
      container,
    );
  }

  function join() {
    store.dispatch({ type: 'WEB_CHAT/SEND_EVENT', payload: { name: JOIN_EVENT, value: { language: language.code } } });
    if (session) saveSession(Object.assign(session, { language: language.code }));
  }

  /** The tab's conversation, while its token is still well within its lifetime; else null. */
  function savedSession() {
    try {
      var saved = JSON.parse(sessionStorage.getItem(SESSION_KEY) || 'null');
      return saved && saved.token && saved.conversationId && Date.now() < saved.usableUntil ? saved : null;
    } catch (ignored) {
      return null;
    }
  }

  function saveSession(value) {
    try {
      if (value) sessionStorage.setItem(SESSION_KEY, JSON.stringify(value));
      else sessionStorage.removeItem(SESSION_KEY);
    } catch (ignored) {
      // Without storage each page load starts a new conversation.
    }
  }

  function sendBox() {
    return container.querySelector('[data-id="webchat-sendbox-input"]');
  }

  function focusSendBox() {
    var input = sendBox();
    if (input) input.focus();
    focusWanted = !input;
  }

  function chooseLanguage(code) {
    if (!languages[code] || code === language.code) return;
    language = languages[code];
    try {
      localStorage.setItem(STORAGE_KEY, code);
    } catch (ignored) {
      // See above: without storage the choice lasts for this page only.
    }
    var url = new URL(location.href);
    url.searchParams.set('lang', code);
    history.replaceState(null, '', url);
    applyPageLanguage();
    clearTimeout(settleTimer);
    settleTimer = setTimeout(function () {
      if (!store) return;
      render();
      // After Web Chat has taken the new locale: the bot welcomes in the new language.
      setTimeout(join, 0);
    }, SETTLE_MS);
  }

  async function newSession() {
    var response = await fetch(config.tokenUrl, { method: 'POST', headers: { accept: 'application/json' } });
    if (!response.ok) throw new Error('token endpoint answered ' + response.status);
    var connection = await response.json();
    return {
      token: connection.token,
      conversationId: connection.conversationId,
      domain: new URL(connection.domain, location.href).href.replace(/\/$/, ''),
      webSocket: connection.webSocket,
      // Resumed only in the first half of the token's life: Direct Line refreshes its own copy, not ours.
      usableUntil: Date.now() + (connection.expiresIn * 1000) / 2,
      language: null,
    };
  }

  async function connect() {
    session = savedSession();
    var resumed = session !== null;
    if (!session) session = await newSession();
    saveSession(session);
    directLine = window.WebChat.createDirectLine({
      domain: session.domain,
      token: session.token,
      // With the id, the client reconnects and reads the conversation from its start.
      conversationId: resumed ? session.conversationId : undefined,
      webSocket: session.webSocket,
      // The local endpoint is on the same machine: poll it often, answers show at once.
      pollingInterval: session.webSocket ? undefined : 500,
    });
    store = window.WebChat.createStore({}, function () {
      return function (next) {
        return function (action) {
          if (HELD_ACTIONS.indexOf(action.type) !== -1 && secondsToWait() > 0) {
            // Not sent: the countdown is there, and a screen reader hears it again.
            announceWait();
            return undefined;
          }
          if (action.type === 'DIRECT_LINE/INCOMING_ACTIVITY') waitAskedBy(action.payload && action.payload.activity);
          if (action.type === 'DIRECT_LINE/CONNECT_FULFILLED') {
            showStatus('');
            // A resumed conversation has had its welcome, unless the language changed since.
            if (!resumed || session.language !== language.code) setTimeout(join, 0);
          } else if (action.type === 'DIRECT_LINE/CONNECT_REJECTED') {
            if (resumed) {
              // The bot no longer knows that conversation (restarted, expired): start a new one.
              resumed = false;
              saveSession(null);
              setTimeout(restart, 0);
            } else {
              showStatus(language.page.connectionFailed);
            }
          }
          return next(action);
        };
      };
    });
    render();
    if (focusWanted) focusSendBox();
  }

  function start() {
    connect().catch(function (error) {
      console.error('BRICS Partner Bot: could not start the chat', error);
      showStatus(language.page.connectionFailed);
    });
  }

  function restart() {
    if (directLine && directLine.end) directLine.end();
    // A fresh element for the new Web Chat, rather than swapping the store under the old one.
    var fresh = container.cloneNode(false);
    container.parentNode.replaceChild(fresh, container);
    container = fresh;
    start();
  }

  // Each message reads in its own direction, whatever the page's: a reply follows the language it is
  // written in (an English answer on the Arabic page, a Persian one on the English page).
  // Web Chat lays every Adaptive Card out in the page's direction (it overrides the card's own `rtl`),
  // so a card takes the direction of its first text once rendered; text bubbles get dir="auto".
  var RTL_LETTER = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/g;
  var LETTER = /\p{L}/gu;

  /** 'rtl' when most letters of the text are of a right-to-left script, else 'ltr'. */
  function directionOfText(text) {
    var letters = (text.match(LETTER) || []).length;
    var rightToLeft = (text.match(RTL_LETTER) || []).length;
    return rightToLeft * 2 > letters ? 'rtl' : 'ltr';
  }

  function orientMessages(scope) {
    var bubbles = scope.querySelectorAll('.webchat__text-content:not([dir])');
    for (var i = 0; i < bubbles.length; i += 1) bubbles[i].setAttribute('dir', 'auto');
    var cards = scope.querySelectorAll('.ac-adaptiveCard:not([data-text-direction])');
    for (var j = 0; j < cards.length; j += 1) {
      var card = cards[j];
      // Its first text (the heading or the message) is in the reply's language; the choices under it
      // may not be (a language menu lists every language by its own name).
      var lead = card.querySelector('.ac-textBlock') || card;
      var direction = directionOfText(lead.textContent || '');
      card.setAttribute('data-text-direction', direction);
      card.setAttribute('dir', direction);
      var inner = card.querySelectorAll('[dir]');
      for (var k = 0; k < inner.length; k += 1) inner[k].setAttribute('dir', direction);
    }
  }

  new MutationObserver(function () {
    orientMessages(container);
  }).observe(container.parentNode, { childList: true, subtree: true });

  picker.addEventListener('change', function () {
    chooseLanguage(picker.value);
  });

  if (config.embedded) {
    window.addEventListener('message', function (event) {
      if (event.source !== window.parent || !event.data || event.data.type !== FOCUS_MESSAGE) return;
      focusSendBox();
    });
    // Escape in an empty send box or on the picker closes the widget around this frame;
    // in the transcript Escape is Web Chat's own (it leaves a message).
    document.addEventListener('keydown', function (event) {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      var input = sendBox();
      var fromSendBox = input && event.target === input && input.value === '';
      if (fromSendBox || event.target === picker || event.target === document.body) window.parent.postMessage({ type: CLOSE_MESSAGE }, '*');
    });
  }

  applyPageLanguage();
  start();
})();
