// Shared helpers for the page scripts: JSON requests with friendly errors.
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

  window.mli = {
    postJSON: (url, body) => request("POST", url, body === undefined ? {} : body),
    getJSON: (url) => request("GET", url),
    escapeHtml,
    isTyping: (el) => !!el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName)),
  };
})();
