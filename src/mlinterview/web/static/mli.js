// Shared helpers for the page scripts: JSON requests with friendly errors, the theme toggle,
// arrow keys in tab lists, and copy buttons.
(() => {
  "use strict";

  async function request(method, url, body) {
    const options = { method, headers: { Accept: "application/json" }, credentials: "same-origin" };
    if (body !== undefined) {
      options.headers["Content-Type"] = "application/json";
      options.body = JSON.stringify(body);
    }
    let response;
    try {
      response = await fetch(url, options);
    } catch (err) {
      return { ok: false, status: 0, data: { error: "The server cannot be reached. Is `mli serve` still running?" } };
    }
    let data;
    try {
      data = await response.json();
    } catch (err) {
      data = { error: `The server answered ${response.status} without a message.` };
    }
    return { ok: response.ok, status: response.status, data };
  }

  function escapeHtml(text) {
    const div = document.createElement("div");
    div.textContent = String(text);
    return div.innerHTML;
  }

  // -- theme: follows the system until the learner picks one, then kept per browser -----------
  const root = document.documentElement;
  const systemDark = () => !!(window.matchMedia && window.matchMedia("(prefers-color-scheme: dark)").matches);
  const isDark = () => (root.dataset.theme ? root.dataset.theme === "dark" : systemDark());
  function setTheme(theme) {
    root.dataset.theme = theme;
    try { localStorage.setItem("mli:theme", theme); } catch (err) { /* private mode */ }
    syncToggle();
    document.dispatchEvent(new CustomEvent("mli:theme", { detail: { theme } }));
  }
  function syncToggle() {
    const toggle = document.getElementById("theme-toggle");
    if (toggle) toggle.setAttribute("aria-pressed", String(isDark()));
  }
  document.addEventListener("DOMContentLoaded", () => {
    syncToggle();
    const toggle = document.getElementById("theme-toggle");
    if (toggle) toggle.addEventListener("click", () => setTheme(isDark() ? "light" : "dark"));
    // On a narrow screen the nav scrolls inside itself: bring the current page's entry into view.
    const nav = document.querySelector(".mainnav");
    const current = nav && nav.querySelector('[aria-current="page"]');
    if (current && nav.scrollWidth > nav.clientWidth) {
      const left = current.offsetLeft - (nav.clientWidth - current.offsetWidth) / 2;
      nav.scrollLeft = Math.max(0, left - nav.offsetLeft);
    }
  });

  // -- tab lists: Left/Right (and Home/End) move between tabs, as the ARIA pattern says ---------
  document.addEventListener("keydown", (event) => {
    const tab = event.target.closest && event.target.closest('[role="tab"]');
    if (!tab || !["ArrowLeft", "ArrowRight", "Home", "End"].includes(event.key)) return;
    const list = tab.closest('[role="tablist"]');
    if (!list) return;
    const tabs = [...list.querySelectorAll('[role="tab"]')].filter((t) => t.offsetParent !== null);
    const at = tabs.indexOf(tab);
    let next = at;
    if (event.key === "ArrowLeft") next = (at - 1 + tabs.length) % tabs.length;
    if (event.key === "ArrowRight") next = (at + 1) % tabs.length;
    if (event.key === "Home") next = 0;
    if (event.key === "End") next = tabs.length - 1;
    event.preventDefault();
    tabs[next].focus();
    tabs[next].click();
  });

  // -- copy buttons: <button data-copy="element-id"> copies that element's text -------------------
  document.addEventListener("click", async (event) => {
    const button = event.target.closest && event.target.closest("[data-copy]");
    if (!button) return;
    const source = document.getElementById(button.dataset.copy);
    if (!source) return;
    try {
      await navigator.clipboard.writeText(source.textContent);
      button.textContent = "Copied";
    } catch (err) {
      const range = document.createRange();
      range.selectNodeContents(source);
      const selection = window.getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
      button.textContent = "Selected: press Ctrl+C";
    }
  });

  window.mli = {
    isDark,
    isTouch: () => root.classList.contains("touch"),
    postJSON: (url, body) => request("POST", url, body === undefined ? {} : body),
    getJSON: (url) => request("GET", url),
    escapeHtml,
    isTyping: (el) => !!el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName)),
  };
})();
