// Hookwire console: the page over the console's JSON API (api/state, api/change, api/dry-run),
// relative to the page's own URL. Every POST carries X-XSRF-TOKEN from the XSRF-TOKEN cookie.
// Everything shown is set as text, never as HTML. A failed response shows its status only, or,
// for a 400, the console's "error" text, which is written to be shown.
"use strict";

(function () {
  const $ = (id) => document.getElementById(id);
  let state = null;
  let pending = null; // the change the dialog is confirming

  // ------------------------------------------------------------------ HTTP

  function xsrfToken() {
    for (const part of document.cookie.split(";")) {
      const [name, ...value] = part.trim().split("=");
      if (name === "XSRF-TOKEN") {
        return decodeURIComponent(value.join("="));
      }
    }
    return "";
  }

  /** Resolves to the answer's JSON; rejects with an Error whose message is safe to show. */
  async function call(method, path, body) {
    const init = { method, credentials: "same-origin", headers: { Accept: "application/json" } };
    if (body !== undefined) {
      init.headers["Content-Type"] = "application/json";
      init.headers["X-XSRF-TOKEN"] = xsrfToken();
      init.body = JSON.stringify(body);
    }
    let response;
    try {
      response = await fetch(path, init);
    } catch (e) {
      throw new Error("The service could not be reached.");
    }
    if (response.ok) {
      return response.json();
    }
    // The status and our own words about it: nothing of the answer but a 400's "error".
    let message = "The request failed (HTTP " + response.status + ")."
      + (response.status === 401 ? " You are not signed in: reload the page to sign in." : "")
      + (response.status === 403 ? " It was refused: the console is for administrators only." : "");
    if (response.status === 400) {
      try {
        const answer = await response.json();
        if (answer && typeof answer.error === "string") {
          message = answer.error;
        }
      } catch (e) {
        // not the console's answer: the status says enough
      }
    }
    throw new Error(message);
  }

  // ------------------------------------------------------------------ small DOM helpers

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === undefined || value === null || value === false) continue;
      if (key === "class") node.className = value;
      else if (key === "text") node.textContent = value;
      else if (key.startsWith("data-") || key.startsWith("aria-") || key === "id" || key === "type" || key === "role") node.setAttribute(key, value);
      else node[key] = value;
    }
    for (const child of children) {
      if (child !== null && child !== undefined) {
        node.append(typeof child === "string" ? document.createTextNode(child) : child);
      }
    }
    return node;
  }

  function when(iso) {
    return iso ? iso.replace("T", " ").replace(/\.\d+Z$/, "Z").replace("Z", " UTC") : "";
  }

  function status(message, bad) {
    const node = $("status");
    node.textContent = message;
    node.classList.toggle("bad", !!bad);
    node.hidden = !message;
  }

  // ------------------------------------------------------------------ tabs

  const tabs = ["hooks", "history", "test"];

  function select(name, focus) {
    for (const tab of tabs) {
      const button = $("tab-" + tab);
      const on = tab === name;
      button.setAttribute("aria-selected", on ? "true" : "false");
      button.tabIndex = on ? 0 : -1;
      $("panel-" + tab).hidden = !on;
      if (on && focus) button.focus();
    }
  }

  function wireTabs() {
    tabs.forEach((tab, i) => {
      const button = $("tab-" + tab);
      button.addEventListener("click", () => select(tab, false));
      button.addEventListener("keydown", (e) => {
        if (e.key === "ArrowRight" || e.key === "ArrowLeft") {
          const next = (i + (e.key === "ArrowRight" ? 1 : tabs.length - 1)) % tabs.length;
          select(tabs[next], true);
          e.preventDefault();
        }
      });
    });
  }

  // ------------------------------------------------------------------ the hooks

  const ACTION_LABELS = {
    "switch-off": "Switch off",
    "switch-on": "Switch on",
    "deploy": "Deploy",
    "rollback": "Roll back",
  };

  function renderState() {
    const root = $("events");
    root.replaceChildren();
    const several = state.wirings.length > 1;
    for (const wiring of state.wirings) {
      if (several) {
        root.append(el("h2", { class: "wiring-title", text: wiring.hooksPackage }));
      }
      for (const event of wiring.events) {
        root.append(renderEvent(wiring, event));
      }
    }
    renderHistory();
    renderEvents();
  }

  function renderEvent(wiring, event) {
    const header = el("header", {},
      el("h2", { text: event.name }),
      el("span", { class: "badge", text: event.kind + (event.virtualOf ? ", virtual of " + event.virtualOf : "") }));
    const section = el("section", { class: "event", "data-event": event.name, "aria-label": event.name }, header);
    if (event.hooks.length === 0) {
      section.append(el("p", { class: "none", text: "No hooks." }));
      return section;
    }
    const list = el("ol", { class: "hooks" });
    for (const hook of event.hooks) {
      list.append(renderHook(event, hook));
    }
    section.append(list);
    return section;
  }

  function renderHook(event, hook) {
    const title = hook.version
      ? hook.name + " (version " + hook.version.id + (hook.version.live ? ", live" : "") + ")"
      : hook.name;
    const head = el("div", { class: "hook-head" },
      el("span", { class: "hook-name", text: title }),
      el("span", { class: "badge state " + hook.state, "data-state": hook.state, text: hook.state === "on" ? "on" : "off" }),
      hook.reason ? el("span", { class: "reason", text: hook.reason }) : null);
    const facts = el("ul", { class: "facts" });
    const fact = (text) => facts.append(el("li", { text }));
    fact("order " + hook.order);
    fact(hook.timeoutMillis === null ? "no time limit (inline)" : "time limit " + duration(hook.timeoutMillis));
    if (hook.async) fact("async");
    if (hook.durable) fact("durable (delivered after commit)");
    if (hook.tags && hook.tags.length) fact("tags " + hook.tags.join(", "));
    if (hook.version) {
      fact("versions " + hook.version.versions.join(", ") + "; live: " + hook.version.liveVersion);
    }
    if (hook.counts) {
      const c = hook.counts;
      fact(count(c.runs, "run") + ", " + count(c.failures, "failure") + ", " + count(c.timeouts, "timeout")
        + (c.rejections ? ", " + count(c.rejections, "rejection") : ""));
    }
    const item = el("li", { class: "hook", "data-event": event.name, "data-hook": hook.type, "data-state": hook.state },
      head,
      el("p", { class: "hook-type mono", text: hook.type }),
      facts);
    if (hook.counts && hook.counts.lastFailure) {
      const last = hook.counts.lastFailure;
      item.append(el("p", { class: "last-failure" },
        "Last failure " + when(last.at) + ": " + (last.kind === "timed-out" ? "timed out" : "failed") + (last.exception ? ", " + last.exception : "")));
    }
    const buttons = el("div", { class: "buttons" });
    for (const action of hook.actions) {
      buttons.append(el("button", {
        type: "button",
        class: action === "switch-off" || action === "rollback" ? "danger" : "",
        "data-action": action,
        "aria-label": ACTION_LABELS[action] + " " + title + " of " + event.name,
        text: ACTION_LABELS[action],
        onclick: () => confirmChange(event, hook, action),
      }));
    }
    if (hook.actions.length) item.append(buttons);
    return item;
  }

  function count(n, word) {
    return n + " " + word + (n === 1 ? "" : "s");
  }

  function duration(ms) {
    return ms % 1000 === 0 ? ms / 1000 + " s" : ms + " ms";
  }

  // ------------------------------------------------------------------ changes, through the dialog

  function confirmChange(event, hook, action) {
    const change = { action, event: event.name, hook: hook.version ? hook.version.hook : hook.type };
    let text;
    if (action === "deploy") {
      change.version = hook.version.id;
      text = "Deploy version " + hook.version.id + " of " + shortName(hook.version.hook) + " for " + event.name
        + "? Version " + hook.version.liveVersion + " stops running; the next dispatch runs version " + hook.version.id + ".";
    } else if (action === "rollback") {
      text = "Roll " + shortName(hook.version.hook) + " of " + event.name + " back to version " + hook.version.rollbackTo
        + "? Version " + hook.version.liveVersion + " stops running.";
    } else if (action === "switch-off") {
      text = "Switch " + hook.name + " off for " + event.name + "? The next dispatch skips it.";
    } else {
      text = "Switch " + hook.name + " on for " + event.name + "? The next dispatch runs it.";
    }
    pending = { change, row: hook.type, opener: document.activeElement };
    $("confirm-title").textContent = ACTION_LABELS[action];
    $("confirm-text").textContent = text;
    $("confirm-why").value = "";
    $("confirm").showModal();
    $("confirm-why").focus();
  }

  function shortName(type) {
    return type.substring(Math.max(type.lastIndexOf("."), type.lastIndexOf("$")) + 1);
  }

  function wireDialog() {
    const dialog = $("confirm");
    $("confirm-cancel").addEventListener("click", () => dialog.close("cancel"));
    dialog.addEventListener("close", async () => {
      const confirmed = dialog.returnValue === "confirm" && pending;
      const { change, row, opener } = pending || {};
      pending = null;
      dialog.returnValue = "";
      if (!confirmed) {
        if (opener && opener.focus) opener.focus();
        return;
      }
      change.why = $("confirm-why").value.trim();
      status("Applying…", false);
      try {
        state = await call("POST", "api/change", change);
        renderState();
        status(ACTION_LABELS[change.action] + ": done.", false);
      } catch (e) {
        status(e.message, true);
      }
      // The buttons were drawn again: focus the same hook's first one.
      const again = document.querySelector('.hook[data-event="' + CSS.escape(change.event)
        + '"][data-hook="' + CSS.escape(row) + '"] button');
      (again || $("refresh")).focus();
    });
  }

  // ------------------------------------------------------------------ history

  function renderHistory() {
    const list = $("history-list");
    list.replaceChildren();
    const lines = state.history.slice().reverse();
    $("history-empty").hidden = lines.length > 0;
    for (const line of lines) {
      let what;
      if (line.action === "deploy" || line.action === "rollback") {
        what = (line.action === "deploy" ? "Deployed " : "Rolled back ") + line.name + " of " + line.event
          + ": version " + line.from + " → " + line.to;
      } else {
        what = (line.action === "switch-on" ? "Switched on " : "Switched off ") + line.name + " of " + line.event;
      }
      list.append(el("li", { "data-action": line.action, "data-hook": line.hook },
        el("span", { class: "when", text: when(line.at) + " · by " + (line.by || "(not named: a switch made in code)") }),
        el("span", { class: "what", text: what }),
        line.why ? el("span", { class: "why", text: "Why: " + line.why }) : null));
    }
  }

  // ------------------------------------------------------------------ dry runs

  function events() {
    const all = [];
    for (const wiring of state.wirings) {
      for (const event of wiring.events) {
        if (event.sample !== null) all.push({ wiring: wiring.type, event, several: state.wirings.length > 1 });
      }
    }
    return all;
  }

  function renderEvents() {
    const select = $("dry-event");
    const chosen = select.value;
    select.replaceChildren();
    events().forEach((e, i) => {
      const label = e.event.name + (e.event.virtualOf ? " (virtual: runs with " + e.event.virtualOf + ")" : "");
      select.append(el("option", { value: String(i), text: label }));
    });
    if (chosen && select.querySelector('option[value="' + chosen + '"]')) {
      select.value = chosen;
    } else {
      fillSample();
    }
  }

  function chosenEvent() {
    return events()[Number($("dry-event").value)];
  }

  function fillSample() {
    const chosen = chosenEvent();
    $("dry-input").value = chosen ? JSON.stringify(chosen.event.sample, null, 2) : "";
  }

  function dryError(message) {
    const node = $("dry-error");
    node.textContent = message;
    node.hidden = !message;
  }

  function parseField(id, name, optional) {
    const text = $(id).value.trim();
    if (text === "" && optional) return undefined;
    try {
      return JSON.parse(text);
    } catch (e) {
      throw new Error("The " + name + " is not valid JSON: " + e.message);
    }
  }

  async function dryRun(e) {
    e.preventDefault();
    dryError("");
    const chosen = chosenEvent();
    if (!chosen) return;
    const request = { event: chosen.event.name };
    if (chosen.several) request.wiring = chosen.wiring;
    try {
      request.input = parseField("dry-input", "input", false);
      const context = parseField("dry-context", "context", true);
      if (context !== undefined) request.context = context;
    } catch (error) {
      dryError(error.message);
      return;
    }
    const button = $("dry-run");
    button.disabled = true;
    $("dry-trace").replaceChildren(el("p", { class: "hint", text: "Running…" }));
    try {
      renderTrace(await call("POST", "api/dry-run", request));
    } catch (error) {
      $("dry-trace").replaceChildren();
      dryError(error.message);
    } finally {
      button.disabled = false;
    }
  }

  function renderTrace(trace) {
    const root = $("dry-trace");
    root.replaceChildren(el("h2", { text: "Trace of " + trace.event + " (" + trace.dispatched + ")" }));
    const list = el("ol", { id: "dry-hooks" });
    for (const row of trace.hooks) {
      const item = el("li", { class: "trace-row", "data-hook": row.hook, "data-outcome": row.outcome },
        el("span", { class: "hook-name", text: row.name + (row.event !== trace.event ? " (" + row.event + ")" : "") }),
        " — ",
        el("span", { class: "outcome " + row.outcome, text: outcomeText(row) }));
      if (row.returned !== undefined && row.returned !== null) {
        item.append(el("pre", { class: "returned", text: "returned " + pretty(row.returned) }));
      }
      list.append(item);
    }
    if (trace.hooks.length === 0) {
      root.append(el("p", { class: "hint", text: "No hook ran." }));
    } else {
      root.append(list);
    }
    for (const recorded of trace.recorded) {
      root.append(el("p", { class: "hint", text: "A real dispatch would record " + recorded.event + " for "
        + recorded.hooks.map(shortName).join(", ") + " (durable, delivered after commit); the dry run recorded nothing." }));
    }
    if (trace.threw) {
      const text = trace.threw.type + (trace.threw.message ? ": " + trace.threw.message : "")
        + (trace.threw.userMessage ? "\nThe user would see: " + trace.threw.userMessage : "");
      root.append(el("h3", { text: "The dispatcher threw" }), el("pre", { id: "dry-threw", text }));
    } else {
      root.append(el("h3", { text: "The dispatcher returned" }),
        el("pre", { id: "dry-result", text: trace.result === null ? "nothing (an after-event)" : pretty(trace.result) }));
    }
    root.querySelector("h2").tabIndex = -1;
    root.querySelector("h2").focus();
  }

  function outcomeText(row) {
    switch (row.outcome) {
      case "ran": return "ran" + (row.tookMicros === undefined ? ""
        : row.tookMicros < 1000 ? " in " + row.tookMicros + " µs" : " in " + (row.tookMicros / 1000).toFixed(1) + " ms");
      case "recorded": return "recorded (durable: a real dispatch records it, the outbox delivers it after commit)";
      case "skipped": return "skipped: " + row.reason;
      case "rejected": return "rejected: " + row.userMessage;
      case "timed-out": return "timed out: " + row.reason + " (" + row.consequence + ")";
      case "failed": return "failed: " + (row.exception || row.reason) + " (" + row.consequence + ")";
      default: return row.outcome;
    }
  }

  function pretty(value) {
    return typeof value === "string" ? value : JSON.stringify(value, null, 2);
  }

  // ------------------------------------------------------------------ start

  async function load() {
    try {
      state = await call("GET", "api/state");
      renderState();
      status("", false);
    } catch (e) {
      status(e.message, true);
    }
  }

  document.addEventListener("DOMContentLoaded", () => {
    wireTabs();
    wireDialog();
    $("refresh").addEventListener("click", load);
    $("dry-event").addEventListener("change", fillSample);
    $("dry-sample").addEventListener("click", fillSample);
    $("dry-form").addEventListener("submit", dryRun);
    load();
  });
})();
