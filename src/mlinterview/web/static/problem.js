// Problem page: the editor, Run / Submit, hints, the editorial, attempt history, drafts and
// the resizable panes. Works with a plain textarea when the editor bundle is missing.
(() => {
  "use strict";
  const $ = (id) => document.getElementById(id);
  const data = JSON.parse($("problem-data").textContent);
  const api = `/api/problems/${encodeURIComponent(data.slug)}`;
  const textarea = $("code");
  const results = $("results");
  const draftKey = `mli:draft:${data.slug}`;
  const layoutKey = "mli:layout";
  let editor = null;
  let busy = false;
  let status = data.status;
  window.mli.postJSON(`${api}/session`).catch(() => {}); // start timing; the page GET writes nothing

  // -- code and drafts ----------------------------------------------------------------------
  const getCode = () => (editor ? editor.getValue() : textarea.value);
  function setCode(text) {
    if (editor) editor.setValue(text);
    else textarea.value = text;
    saveDraft(text);
  }

  function readDraft() {
    try {
      const draft = JSON.parse(localStorage.getItem(draftKey) || "null");
      if (!draft || typeof draft.code !== "string") return null;
      const savedAt = data.savedAt ? Date.parse(data.savedAt) : 0;
      return draft.at > savedAt && draft.code !== textarea.value ? draft.code : null;
    } catch (err) {
      return null;
    }
  }
  let saveTimer = 0;
  function saveDraft(text) {
    clearTimeout(saveTimer);
    saveTimer = setTimeout(() => {
      try { localStorage.setItem(draftKey, JSON.stringify({ code: text, at: Date.now() })); } catch (err) { /* private mode */ }
    }, 300);
  }
  function dropDraft() {
    clearTimeout(saveTimer);
    try { localStorage.removeItem(draftKey); } catch (err) { /* private mode */ }
  }

  const draft = readDraft();
  if (draft !== null) {
    textarea.value = draft;
    $("draft-note").textContent = "Unsaved draft restored";
  }

  if (window.MLIEditor) {
    const host = $("editor-host");
    const doc = textarea.value;
    textarea.remove();
    editor = window.MLIEditor.create(host, {
      doc,
      language: data.language,
      tables: data.tables || {},
      onRun: () => judge("run"),
      onSubmit: () => judge("submit"),
      onChange: saveDraft,
    });
  } else {
    textarea.addEventListener("input", () => saveDraft(textarea.value));
  }

  // -- Run and Submit -----------------------------------------------------------------------------
  function notice(message, kind) {
    return `<p class="notice notice-${kind}">${window.mli.escapeHtml(message)}</p>`;
  }

  function setStatus(next) {
    status = next;
    const badge = $("status-badge");
    badge.className = `status-badge status-${next}`;
    badge.textContent = { solved: "Solved", attempted: "Attempted", todo: "Not started" }[next] || next;
    if (next === "solved") {
      $("editorial-locked").hidden = true;
      const lock = document.querySelector("#tab-editorial .lock");
      if (lock) lock.remove();
    }
  }

  async function judge(mode) {
    if (busy) return;
    const code = getCode();
    if (!code.trim()) {
      results.innerHTML = notice("The editor is empty: write some code first.", "warn");
      return;
    }
    if (new Blob([code]).size > data.maxBytes) {
      results.innerHTML = notice(`Your code is larger than the ${data.maxBytes / 1024} KB a submission may be.`, "bad");
      return;
    }
    busy = true;
    const button = $(mode === "run" ? "run-button" : "submit-button");
    button.classList.add("is-busy");
    $("run-button").disabled = true;
    $("submit-button").disabled = true;
    results.innerHTML = `<p class="running">${mode === "run" ? "Running the sample cases…" : "Judging every case…"}</p>`;
    const result = await window.mli.postJSON(`${api}/${mode}`, { code });
    busy = false;
    button.classList.remove("is-busy");
    $("run-button").disabled = false;
    $("submit-button").disabled = false;
    if (!result.ok) {
      results.innerHTML = notice(result.data.error || "Something went wrong.", result.status === 503 ? "warn" : "bad");
      return;
    }
    results.innerHTML = result.data.html;
    results.scrollTop = 0;
    $("history").innerHTML = result.data.history_html;
    $("attempt-count").textContent = result.data.attempts;
    $("draft-note").textContent = "Saved with your latest attempt";
    dropDraft();
    setStatus(result.data.status);
    if (result.data.complexity_pending) growth(result.data.attempt_id);
  }

  // The verdict is on screen; the complexity line follows when it is measured.
  async function growth(attempt) {
    const result = await window.mli.postJSON(`${api}/complexity`, { attempt });
    const line = $("complexity-line");
    if (!line) return; // another verdict replaced this one meanwhile
    if (result.ok && result.data.html) line.outerHTML = result.data.html;
    else line.textContent = "The complexity check could not run this time.";
  }

  $("run-button").addEventListener("click", () => judge("run"));
  $("submit-button").addEventListener("click", () => judge("submit"));
  results.addEventListener("click", (event) => {
    const target = event.target.closest("[data-action]");
    if (!target) return;
    if (target.dataset.action === "submit") judge("submit");
    if (target.dataset.action === "editorial") {
      showTab("editorial");
    }
  });

  document.addEventListener("keydown", (event) => {
    if (event.defaultPrevented || event.key !== "Enter" || !(event.ctrlKey || event.metaKey)) return;
    event.preventDefault();
    judge(event.shiftKey ? "submit" : "run");
  });

  // -- tabs, editorial, history -----------------------------------------------------------------------
  const tabs = ["description", "editorial", "submissions"];
  let editorialLoaded = false;

  function showTab(name) {
    for (const tab of tabs) {
      const selected = tab === name;
      $(`tab-${tab}`).setAttribute("aria-selected", String(selected));
      $(`panel-${tab}`).hidden = !selected;
    }
    if (name === "editorial" && status === "solved") loadEditorial(false);
  }
  tabs.forEach((tab) => $(`tab-${tab}`).addEventListener("click", () => showTab(tab)));

  async function loadEditorial(confirmed) {
    if (editorialLoaded) return;
    const content = $("editorial-content");
    content.innerHTML = '<p class="running">Loading the editorial…</p>';
    const result = await window.mli.getJSON(`${api}/editorial${confirmed ? "?confirm=1" : ""}`);
    if (result.ok) {
      editorialLoaded = true;
      $("editorial-locked").hidden = true;
      content.innerHTML = result.data.html;
    } else if (result.data.needs_confirm) {
      content.innerHTML = "";
      $("editorial-locked").hidden = false;
    } else {
      content.innerHTML = notice(result.data.error || "The editorial could not be loaded.", "bad");
    }
  }
  $("editorial-anyway").addEventListener("click", () => {
    $("editorial-confirm").hidden = false;
    $("editorial-confirm-no").focus();
  });
  $("editorial-confirm-no").addEventListener("click", () => { $("editorial-confirm").hidden = true; });
  $("editorial-confirm-yes").addEventListener("click", () => loadEditorial(true));

  $("history").addEventListener("click", async (event) => {
    const button = event.target.closest("[data-attempt]");
    if (!button) return;
    const result = await window.mli.getJSON(`${api}/attempts/${button.dataset.attempt}`);
    if (!result.ok) return;
    setCode(result.data.code);
    $("draft-note").textContent = "Loaded an earlier attempt";
    if (editor) editor.focus();
  });

  $("reset-button").addEventListener("click", () => {
    if (window.confirm("Replace your code with the starter? Your attempts stay in the history.")) {
      setCode(data.starter);
      $("draft-note").textContent = "Starter code";
    }
  });

  // -- hints --------------------------------------------------------------------------------------------
  const hintButton = $("hint-button");
  if (hintButton) {
    hintButton.addEventListener("click", async () => {
      hintButton.disabled = true;
      const result = await window.mli.postJSON(`${api}/hint`);
      if (!result.ok) {
        hintButton.disabled = false;
        return;
      }
      if (result.data.html) $("hint-list").insertAdjacentHTML("beforeend", result.data.html);
      if (result.data.done) {
        hintButton.textContent = `All ${result.data.total} hints shown`;
      } else {
        hintButton.textContent = `Show hint ${result.data.number + 1} of ${result.data.total}`;
        hintButton.disabled = false;
      }
    });
  }

  // -- resizable panes ---------------------------------------------------------------------------------
  const workspace = $("workspace");
  const right = document.querySelector(".pane-right");
  function loadLayout() {
    try { return JSON.parse(localStorage.getItem(layoutKey) || "{}"); } catch (err) { return {}; }
  }
  function storeLayout(patch) {
    try { localStorage.setItem(layoutKey, JSON.stringify({ ...loadLayout(), ...patch })); } catch (err) { /* ignore */ }
  }
  const layout = loadLayout();
  if (layout.split) workspace.style.setProperty("--split", `${layout.split}%`);
  if (layout.results) right.style.setProperty("--results-h", `${layout.results}%`);

  function drag(gutter, onMove, onEnd) {
    gutter.addEventListener("pointerdown", (event) => {
      event.preventDefault();
      gutter.setPointerCapture(event.pointerId);
      const move = (e) => onMove(e);
      const up = () => {
        gutter.removeEventListener("pointermove", move);
        gutter.removeEventListener("pointerup", up);
        onEnd();
      };
      gutter.addEventListener("pointermove", move);
      gutter.addEventListener("pointerup", up);
    });
  }
  let split = layout.split || 44;
  let resultsShare = layout.results || 44;
  const clamp = (v, lo, hi) => Math.min(hi, Math.max(lo, v));
  drag($("split-v"), (e) => {
    const box = workspace.getBoundingClientRect();
    split = clamp(((e.clientX - box.left) / box.width) * 100, 22, 70);
    workspace.style.setProperty("--split", `${split}%`);
  }, () => storeLayout({ split }));
  drag($("split-h"), (e) => {
    const box = right.getBoundingClientRect();
    resultsShare = clamp(((box.bottom - e.clientY) / box.height) * 100, 12, 75);
    right.style.setProperty("--results-h", `${resultsShare}%`);
  }, () => storeLayout({ results: resultsShare }));
  $("split-v").addEventListener("keydown", (e) => {
    if (e.key !== "ArrowLeft" && e.key !== "ArrowRight") return;
    split = clamp(split + (e.key === "ArrowLeft" ? -3 : 3), 22, 70);
    workspace.style.setProperty("--split", `${split}%`);
    storeLayout({ split });
  });
  $("split-h").addEventListener("keydown", (e) => {
    if (e.key !== "ArrowUp" && e.key !== "ArrowDown") return;
    resultsShare = clamp(resultsShare + (e.key === "ArrowUp" ? 4 : -4), 12, 75);
    right.style.setProperty("--results-h", `${resultsShare}%`);
    storeLayout({ results: resultsShare });
  });
})();
