/*
 * Newsdesk chat widget. One tag on any page:
 *   <script src="https://<newsdesk-host>/widget.js" async></script>
 * Options are data-* attributes of that tag (see /widget.html). Everything renders inside a
 * Shadow DOM, so the host page's CSS cannot reach in and ours cannot leak out; answers and
 * passages are inserted as text, never as HTML.
 */
(() => {
  "use strict";

  const script = document.currentScript || document.querySelector('script[src*="widget.js"]');
  if (!script || script.dataset.newsdeskLoaded) return;
  script.dataset.newsdeskLoaded = "true";

  const API = new URL(script.src, location.href).origin;
  const data = script.dataset;
  const STRINGS = {
    title: data.title || "Ask the newsroom",
    greeting: data.greeting || "Ask me about the news. I answer from our archive and show my sources.",
    placeholder: data.placeholder || "Type your question…",
    send: data.sendLabel || "Send",
    open: data.openLabel || "Ask a question",
    close: data.closeLabel || "Close",
    newConversation: data.newLabel || "New conversation",
    sources: data.sourcesLabel || "Sources",
    source: data.sourceLabel || "Source",
    readArticle: data.readLabel || "Read the article",
    thinking: data.thinkingLabel || "Looking through the archive…",
    error: data.errorMessage || "Sorry, something went wrong while answering.",
    rateLimited: data.rateLimitMessage || "You're asking faster than we can answer. Please wait {seconds} s and try again.",
    retry: data.retryLabel || "Try again",
    you: data.youLabel || "You",
    assistant: data.assistantLabel || "Newsdesk",
    closeSource: data.closeSourceLabel || "Close source",
  };
  const MODE = data.mode === "inline" ? "inline" : "launcher";
  const POSITION = data.position === "left" ? "left" : "right";
  const ACCENT = /^#[0-9a-fA-F]{3,8}$|^[a-zA-Z]+$|^rgb\([\d\s,.%]+\)$/.test(data.accent || "") ? data.accent : "#1a5fb4";
  const canonical = document.querySelector('link[rel="canonical"]');
  const ARTICLE_URL = data.articleUrl || (data.articleUrl === undefined && canonical ? canonical.href : "");
  const ARTICLE_ONLY = data.articleScope === "only";
  const STORE_KEY = "newsdesk:" + API + ":" + (ARTICLE_URL || "site");

  const CSS = `
    :host { all: initial; }
    :host, * { box-sizing: border-box; }
    .root { --accent: ${ACCENT}; --bg: #ffffff; --fg: #1d1d1f; --muted: #5f6368; --line: #d9dce1;
      --bubble: #f1f3f6; --mine: var(--accent); --mine-fg: #ffffff;
      font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg);
      display: block; visibility: visible; opacity: 1; text-align: left; letter-spacing: normal; }
    @media (prefers-color-scheme: dark) {
      .root { --bg: #1e1f22; --fg: #ececef; --muted: #a6a9b0; --line: #3a3c42; --bubble: #2b2d31; } }
    .launcher { position: fixed; bottom: 20px; ${POSITION}: 20px; z-index: 2147483646; display: inline-flex;
      align-items: center; gap: 8px; border: 0; border-radius: 999px; padding: 12px 18px; cursor: pointer;
      background: var(--accent); color: #fff; font: 600 15px/1.2 system-ui, sans-serif;
      box-shadow: 0 4px 14px rgba(0,0,0,.25); }
    .launcher[hidden] { display: none; }
    .panel { display: flex; flex-direction: column; background: var(--bg); color: var(--fg);
      border: 1px solid var(--line); border-radius: 14px; overflow: hidden; }
    .panel[hidden] { display: none; }
    .launcher-mode .panel { position: fixed; bottom: 20px; ${POSITION}: 20px; z-index: 2147483647;
      width: min(400px, calc(100vw - 24px)); height: min(600px, calc(100vh - 40px));
      box-shadow: 0 10px 30px rgba(0,0,0,.3); }
    @media (max-width: 480px) { .launcher-mode .panel { bottom: 0; ${POSITION}: 0; width: 100vw; height: 100vh;
      border-radius: 0; } }
    .inline-mode .panel { width: 100%; height: 100%; min-height: 420px; }
    header { display: flex; align-items: center; gap: 6px; padding: 10px 12px; background: var(--accent); color: #fff; }
    header h2 { flex: 1; margin: 0; font: 600 16px/1.3 system-ui, sans-serif; color: #fff; }
    .icon-button { border: 0; background: transparent; color: inherit; cursor: pointer; padding: 6px 8px;
      border-radius: 6px; font: 500 13px/1 system-ui, sans-serif; }
    .icon-button:hover { background: rgba(255,255,255,.18); }
    .log { flex: 1; overflow-y: auto; padding: 12px; display: flex; flex-direction: column; gap: 10px; }
    .msg { max-width: 92%; padding: 8px 12px; border-radius: 12px; white-space: pre-wrap; word-wrap: break-word; }
    .msg.user { align-self: flex-end; background: var(--mine); color: var(--mine-fg); }
    .msg.assistant { align-self: flex-start; background: var(--bubble); }
    .msg .who { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
    .msg.notice { font-size: 13px; color: var(--muted); }
    .cite { display: inline-block; vertical-align: super; font: 600 11px/1 system-ui, sans-serif; margin: 0 1px;
      padding: 2px 5px; border-radius: 6px; border: 1px solid var(--accent); background: transparent;
      color: var(--accent); cursor: pointer; }
    .cite[aria-expanded="true"] { background: var(--accent); color: #fff; }
    .sources { margin: 8px 0 0; padding: 6px 0 0 20px; border-top: 1px solid var(--line); font-size: 13px; }
    .sources li { margin: 2px 0; }
    .sources button { all: unset; cursor: pointer; color: var(--accent); text-decoration: underline; }
    .card { margin-top: 8px; padding: 10px; border-radius: 10px; border: 1px solid var(--line); background: var(--bg);
      font-size: 13px; white-space: normal; }
    .card h3 { margin: 0 0 4px; font: 600 14px/1.3 system-ui, sans-serif; }
    .card .meta { color: var(--muted); margin-bottom: 6px; }
    .card blockquote { margin: 0 0 8px; padding-left: 8px; border-left: 3px solid var(--accent);
      max-height: 8.5em; overflow-y: auto; }
    .card a { color: var(--accent); }
    .card .close-card { float: right; }
    .typing { display: inline-flex; gap: 4px; align-items: center; }
    .typing span { width: 6px; height: 6px; border-radius: 50%; background: var(--muted); animation: blink 1.2s infinite; }
    .typing span:nth-child(2) { animation-delay: .2s; } .typing span:nth-child(3) { animation-delay: .4s; }
    @keyframes blink { 0%, 80%, 100% { opacity: .25; } 40% { opacity: 1; } }
    @media (prefers-reduced-motion: reduce) { .typing span { animation: none; opacity: .7; } * { transition: none !important; } }
    .error { align-self: stretch; border: 1px solid #d93025; color: var(--fg); background: transparent; }
    .error button { margin-left: 8px; border: 1px solid var(--accent); background: transparent; color: var(--accent);
      border-radius: 6px; padding: 3px 8px; cursor: pointer; font: 500 13px/1.2 system-ui, sans-serif; }
    form { display: flex; gap: 8px; padding: 10px; border-top: 1px solid var(--line); background: var(--bg); }
    textarea { flex: 1; resize: none; min-height: 40px; max-height: 120px; padding: 9px 10px; border-radius: 10px;
      border: 1px solid var(--line); background: var(--bg); color: var(--fg); font: 15px/1.35 system-ui, sans-serif; }
    textarea:focus, button:focus-visible { outline: 2px solid var(--accent); outline-offset: 1px; }
    .send { border: 0; border-radius: 10px; padding: 0 16px; background: var(--accent); color: #fff; cursor: pointer;
      font: 600 14px/1 system-ui, sans-serif; }
    .send:disabled { opacity: .5; cursor: default; }
  `;

  // ---------- tiny DOM helpers: text only, never innerHTML ----------
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === undefined || v === null || v === false) continue;
      if (k === "class") node.className = v;
      else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
      else node.setAttribute(k, v === true ? "" : String(v));
    }
    for (const child of children) {
      if (child === null || child === undefined) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  function formatDate(iso) {
    if (!iso) return "";
    const d = new Date(iso);
    return isNaN(d) ? "" : d.toLocaleDateString(undefined, { year: "numeric", month: "short", day: "numeric", timeZone: "UTC" });
  }

  /** A link to the article that scrolls to the quoted passage (a text fragment, #:~:text=start,end). */
  function articleLink(citation) {
    const base = citation.url || (API + "/articles/" + encodeURIComponent(citation.articleId));
    const words = (citation.quote || "").replace(/\s+/g, " ").trim().split(" ");
    if (words.length === 0 || !words[0]) return base;
    const enc = (s) => encodeURIComponent(s).replace(/-/g, "%2D").replace(/,/g, "%2C").replace(/&/g, "%26");
    const fragment = words.length <= 8
      ? enc(words.join(" "))
      : enc(words.slice(0, 4).join(" ")) + "," + enc(words.slice(-4).join(" "));
    return base.split("#")[0] + "#:~:text=" + fragment;
  }

  // ---------- state ----------
  let state = load();
  function load() {
    try {
      const saved = JSON.parse(sessionStorage.getItem(STORE_KEY) || "null");
      if (saved && Array.isArray(saved.messages)) return saved;
    } catch (e) { /* storage unavailable or corrupt: start afresh */ }
    return { conversationId: null, messages: [], open: false };
  }
  function save() {
    try { sessionStorage.setItem(STORE_KEY, JSON.stringify(state)); } catch (e) { /* private mode */ }
  }

  // ---------- build the UI ----------
  // A tag of our own, not a div: host pages style divs, spans and buttons, but not this. Its few
  // outer styles are inline and !important, which beats any stylesheet of the page.
  const host = document.createElement("newsdesk-widget");
  for (const [prop, value] of [["display", "block"], ["visibility", "visible"], ["opacity", "1"],
    ["position", "static"], ["transform", "none"], ["filter", "none"], ["clip-path", "none"]]) {
    host.style.setProperty(prop, value, "important");
  }
  const shadow = host.attachShadow({ mode: "open" });
  const root = el("div", { class: "root " + MODE + "-mode" });
  shadow.append(el("style", {}, CSS), root);

  const launcher = el("button", { class: "launcher", type: "button", "aria-haspopup": "dialog",
    "aria-expanded": "false", "aria-label": STRINGS.open }, "💬 ", STRINGS.open);
  const log = el("div", { class: "log", role: "log", "aria-live": "polite", "aria-relevant": "additions text",
    "aria-label": STRINGS.title });
  const input = el("textarea", { rows: 1, placeholder: STRINGS.placeholder, "aria-label": STRINGS.placeholder,
    maxlength: 1000 });
  const sendButton = el("button", { class: "send", type: "submit" }, STRINGS.send);
  const form = el("form", {}, input, sendButton);
  const newButton = el("button", { class: "icon-button new", type: "button", title: STRINGS.newConversation,
    "aria-label": STRINGS.newConversation }, "↺ " + STRINGS.newConversation);
  const closeButton = el("button", { class: "icon-button close", type: "button", title: STRINGS.close,
    "aria-label": STRINGS.close }, "✕");
  const titleId = "newsdesk-title";
  const panel = el("section", { class: "panel", role: MODE === "launcher" ? "dialog" : "region",
    "aria-labelledby": titleId, "aria-modal": MODE === "launcher" ? "false" : null },
    el("header", {}, el("h2", { id: titleId }, STRINGS.title), newButton, MODE === "launcher" ? closeButton : null),
    log, form);

  if (MODE === "launcher") {
    root.append(launcher, panel);
  } else {
    root.append(panel);
  }

  function mount() {
    if (MODE === "inline") {
      const target = data.target ? document.querySelector(data.target) : null;
      (target || script.parentElement || document.body).append(host);
    } else {
      document.body.append(host);
    }
    render();
    setOpen(MODE === "inline" || state.open, false);
  }

  function setOpen(open, focus = true) {
    if (MODE === "inline") { panel.hidden = false; return; }
    state.open = open;
    save();
    panel.hidden = !open;
    launcher.hidden = open;
    launcher.setAttribute("aria-expanded", String(open));
    if (focus) (open ? input : launcher).focus();
  }

  // ---------- rendering ----------
  function render() {
    log.replaceChildren();
    log.append(el("div", { class: "msg assistant greeting" }, STRINGS.greeting));
    for (const m of state.messages) log.append(renderMessage(m));
    scrollDown();
  }

  function renderMessage(m) {
    if (m.role === "user") {
      return el("div", { class: "msg user" }, el("span", { class: "who" }, STRINGS.you + ": "), m.text);
    }
    const bubble = el("div", { class: "msg assistant" }, el("span", { class: "who" }, STRINGS.assistant + ": "));
    fillAnswer(bubble, m.text, m.citations || []);
    if (m.notice) bubble.append(el("div", { class: "msg notice" }, m.notice));
    return bubble;
  }

  /** The answer text with each [n] turned into a button that opens source n, then the source list. */
  function fillAnswer(bubble, text, citations) {
    const body = el("div", { class: "answer" });
    const byNumber = new Map(citations.map((c) => [c.n, c]));
    let last = 0;
    const marker = /\[(\d{1,3})\]/g;
    let match;
    while ((match = marker.exec(text)) !== null) {
      body.append(document.createTextNode(text.slice(last, match.index)));
      const n = Number(match[1]);
      const citation = byNumber.get(n);
      body.append(citation ? citeButton(citation, bubble) : document.createTextNode(match[0]));
      last = marker.lastIndex;
    }
    body.append(document.createTextNode(text.slice(last)));
    bubble.append(body);
    if (citations.length > 0) {
      const list = el("ol", { class: "sources", "aria-label": STRINGS.sources });
      for (const c of citations) {
        list.append(el("li", { value: c.n },
          el("button", { type: "button", onclick: () => toggleCard(bubble, c) }, c.title),
          " — " + [c.source, formatDate(c.publishedAt)].filter(Boolean).join(", ")));
      }
      bubble.append(list);
    }
  }

  function citeButton(citation, bubble) {
    return el("button", { class: "cite", type: "button", "data-n": citation.n, "aria-expanded": "false",
      "aria-label": STRINGS.source + " " + citation.n + ": " + citation.title,
      onclick: () => toggleCard(bubble, citation) }, String(citation.n));
  }

  function toggleCard(bubble, citation) {
    const open = bubble.querySelector(".card");
    const wasSame = open && open.dataset.n === String(citation.n);
    if (open) open.remove();
    bubble.querySelectorAll(".cite").forEach((b) => b.setAttribute("aria-expanded", "false"));
    if (wasSame) return;
    const closeCard = el("button", { class: "icon-button close-card", type: "button", "aria-label": STRINGS.closeSource,
      onclick: () => toggleCard(bubble, citation) }, "✕");
    const card = el("div", { class: "card", role: "note", "data-n": citation.n,
      "aria-label": STRINGS.source + " " + citation.n },
      closeCard,
      el("h3", {}, "[" + citation.n + "] " + citation.title),
      el("div", { class: "meta" }, [citation.source, formatDate(citation.publishedAt)].filter(Boolean).join(" · ")),
      el("blockquote", {}, citation.quote || ""),
      el("a", { href: articleLink(citation), target: "_blank", rel: "noopener noreferrer" }, STRINGS.readArticle + " →"));
    bubble.append(card);
    bubble.querySelectorAll('.cite[data-n="' + citation.n + '"]').forEach((b) => b.setAttribute("aria-expanded", "true"));
    card.querySelector("a").focus({ preventScroll: true });
    card.scrollIntoView({ block: "nearest" });
  }

  function scrollDown() { log.scrollTop = log.scrollHeight; }

  // ---------- asking ----------
  let busy = false;

  async function ask(question) {
    if (busy || !question.trim()) return;
    busy = true;
    sendButton.disabled = true;
    state.messages.push({ role: "user", text: question });
    save();
    log.append(renderMessage(state.messages[state.messages.length - 1]));
    const bubble = el("div", { class: "msg assistant pending", "aria-busy": "true" },
      el("span", { class: "typing", role: "status", "aria-label": STRINGS.thinking }, el("span"), el("span"), el("span")));
    log.append(bubble);
    scrollDown();
    try {
      const reply = await stream(question, bubble);
      state.conversationId = reply.conversationId;
      const message = { role: "assistant", text: reply.answer, citations: reply.citations || [], notice: reply.notice };
      state.messages.push(message);
      save();
      bubble.replaceWith(renderMessage(message));
    } catch (err) {
      state.messages.pop(); // the question goes back to the input, to retry
      save();
      bubble.remove();
      log.lastChild && log.lastChild.classList.contains("user") && log.lastChild.remove();
      showError(err, question);
    } finally {
      busy = false;
      sendButton.disabled = false;
      scrollDown();
    }
  }

  async function stream(question, bubble) {
    const body = { question };
    if (state.conversationId) body.conversationId = state.conversationId;
    if (ARTICLE_URL) {
      if (ARTICLE_ONLY) body.filter = { articleUrl: ARTICLE_URL };
      else body.articleUrl = ARTICLE_URL;
    }
    const response = await fetch(API + "/api/chat/stream", {
      method: "POST",
      headers: { "Content-Type": "application/json", "Accept": "text/event-stream" },
      body: JSON.stringify(body),
    });
    if (response.status === 429) {
      const seconds = Number(response.headers.get("Retry-After")) || 30;
      throw Object.assign(new Error("rate limited"), { rateLimited: true, seconds });
    }
    if (!response.ok || !response.body) throw new Error("HTTP " + response.status);

    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    let buffer = "";
    let streamed = null;
    let done = null;
    for (;;) {
      const { value, done: finished } = await reader.read();
      if (finished) break;
      buffer += decoder.decode(value, { stream: true });
      let cut;
      while ((cut = buffer.search(/\r?\n\r?\n/)) >= 0) {
        const raw = buffer.slice(0, cut);
        buffer = buffer.slice(cut).replace(/^\r?\n\r?\n/, "");
        const event = parseEvent(raw);
        if (!event) continue;
        if (event.name === "token") {
          if (streamed === null) {
            bubble.replaceChildren(el("span", { class: "who" }, STRINGS.assistant + ": "));
            streamed = el("span", { class: "streamed" });
            bubble.append(streamed);
          }
          streamed.append(document.createTextNode(JSON.parse(event.data).text));
          scrollDown();
        } else if (event.name === "done") {
          done = JSON.parse(event.data);
        } else if (event.name === "error") {
          throw new Error(JSON.parse(event.data).detail || "error");
        }
      }
    }
    if (!done) throw new Error("the answer was cut off");
    return done;
  }

  function parseEvent(raw) {
    let name = "message";
    const lines = [];
    for (const line of raw.split(/\r?\n/)) {
      if (line.startsWith("event:")) name = line.slice(6).trim();
      else if (line.startsWith("data:")) lines.push(line.slice(5).replace(/^ /, ""));
    }
    return lines.length ? { name, data: lines.join("\n") } : null;
  }

  function showError(err, question) {
    const text = err && err.rateLimited
      ? STRINGS.rateLimited.replace("{seconds}", String(err.seconds))
      : STRINGS.error;
    const retry = el("button", { type: "button", class: "retry", onclick: () => { box.remove(); ask(question); } }, STRINGS.retry);
    const box = el("div", { class: "msg error", role: "alert" }, text, retry);
    log.append(box);
    input.value = input.value || question;
    retry.focus();
  }

  // ---------- events ----------
  launcher.addEventListener("click", () => setOpen(true));
  closeButton.addEventListener("click", () => setOpen(false));
  newButton.addEventListener("click", () => {
    state = { conversationId: null, messages: [], open: state.open };
    save();
    render();
    input.focus();
  });
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const question = input.value.trim();
    if (!question) return;
    input.value = "";
    ask(question);
  });
  input.addEventListener("keydown", (e) => {
    if (e.key === "Enter" && !e.shiftKey && !e.isComposing) {
      e.preventDefault();
      form.requestSubmit();
    }
  });
  root.addEventListener("keydown", (e) => {
    if (e.key === "Escape" && MODE === "launcher" && !panel.hidden) {
      e.stopPropagation();
      setOpen(false);
    }
  });

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", mount);
  else mount();
})();
