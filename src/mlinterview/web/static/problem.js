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
  let showResults = () => {};
  let cleanCode = textarea.value;  // the code of the latest attempt (or the starter): saved work

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

  // -- editor settings, kept per browser ---------------------------------------------------------------
  const settingsKey = "mli:editor";
  function readSettings() {
    try { return { theme: "auto", fontSize: 14, tabSize: 4, wrap: false, vim: false, ...JSON.parse(localStorage.getItem(settingsKey) || "{}") }; } catch (err) { return { theme: "auto", fontSize: 14, tabSize: 4, wrap: false, vim: false }; }
  }
  let settings = readSettings();
  function editorLook() {
    const dark = settings.theme === "dark" || (settings.theme === "auto" && window.mli.isDark());
    return { dark, fontSize: Number(settings.fontSize), tabSize: Number(settings.tabSize), wrap: !!settings.wrap, vim: !!settings.vim };
  }
  const settingsForm = $("editor-settings");
  function fillSettings() {
    settingsForm.elements.theme.value = settings.theme;
    settingsForm.elements.fontSize.value = String(settings.fontSize);
    settingsForm.elements.tabSize.value = String(settings.tabSize);
    settingsForm.elements.wrap.checked = !!settings.wrap;
    settingsForm.elements.vim.checked = !!settings.vim;
  }
  fillSettings();
  settingsForm.addEventListener("change", () => {
    const f = settingsForm.elements;
    settings = { theme: f.theme.value, fontSize: Number(f.fontSize.value), tabSize: Number(f.tabSize.value), wrap: f.wrap.checked, vim: f.vim.checked };
    try { localStorage.setItem(settingsKey, JSON.stringify(settings)); } catch (err) { /* private mode */ }
    if (editor) editor.configure(editorLook());
  });
  settingsForm.addEventListener("submit", (event) => event.preventDefault());
  $("settings-button").addEventListener("click", () => {
    settingsForm.hidden = !settingsForm.hidden;
    $("settings-button").setAttribute("aria-expanded", String(!settingsForm.hidden));
    if (!settingsForm.hidden) settingsForm.elements.theme.focus();
  });
  document.addEventListener("mli:theme", () => { if (editor) editor.configure(editorLook()); });
  if (window.matchMedia) {
    window.matchMedia("(prefers-color-scheme: dark)").addEventListener("change", () => { if (editor) editor.configure(editorLook()); });
  }

  if (window.MLIEditor) {
    const host = $("editor-host");
    const doc = textarea.value;
    textarea.remove();
    editor = window.MLIEditor.create(host, {
      doc,
      language: data.language,
      tables: data.tables || {},
      settings: editorLook(),
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
    showBottom("result");
    showResults();
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
    cleanCode = code;
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
    const chip = event.target.closest("[data-case]");
    if (chip) {
      const detail = document.getElementById(`case-${chip.dataset.case}`);
      const note = results.querySelector(".case-note");
      if (detail) {
        detail.open = true;
        detail.scrollIntoView({ block: "nearest" });
        detail.querySelector("summary").focus();
        if (note) note.textContent = "";
      } else if (note) {
        note.textContent = `${chip.title}. Only failing cases and the samples show their input.`;
      }
      return;
    }
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
      $(`tab-${tab}`).tabIndex = selected ? 0 : -1;
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

  // -- attempts: view one read-only, compare it with the current code, load it -----------------------
  let attemptView = null;
  let shownAttempt = null;
  const isUnsaved = () => getCode() !== cleanCode;

  function closeAttempt() {
    if (attemptView) attemptView.destroy();
    attemptView = null;
    shownAttempt = null;
    $("attempt-view").hidden = true;
    $("attempt-view-body").innerHTML = "";
  }

  function loadCode(code, note) {
    if (isUnsaved() && getCode() !== code
        && !window.confirm("Replace the code in the editor? Your unsaved changes will be lost.")) {
      return false;
    }
    setCode(code);
    cleanCode = code;
    $("draft-note").textContent = note;
    return true;
  }

  async function fetchAttempt(id) {
    const result = await window.mli.getJSON(`${api}/attempts/${id}`);
    return result.ok ? result.data.code : null;
  }

  async function showAttempt(id, how) {
    const code = await fetchAttempt(id);
    if (code === null) return;
    const row = document.querySelector(`[data-attempt-row="${id}"]`);
    const when = row ? row.querySelector("td[title]").textContent : "";
    closeAttempt();
    shownAttempt = { id, code };
    const body = $("attempt-view-body");
    const options = { language: data.language, tables: data.tables || {}, settings: editorLook() };
    $("attempt-view").hidden = false;
    if (how === "diff") {
      $("attempt-view-h").textContent = "Changes since this attempt";
      const same = code === getCode();
      $("attempt-view-note").textContent = same
        ? "This attempt is the same as the code in the editor."
        : `Left: the attempt (${when}). Right: your code now. Changed lines are marked.`;
      if (window.MLIEditor && window.MLIEditor.diff) {
        attemptView = window.MLIEditor.diff(body, { ...options, before: code, after: getCode(), unified: phone.matches });
      } else {
        body.innerHTML = `<pre>${window.mli.escapeHtml(code)}</pre>`;
      }
    } else {
      $("attempt-view-h").textContent = "Earlier attempt (read-only)";
      $("attempt-view-note").textContent = when ? `From ${when}.` : "";
      if (window.MLIEditor && window.MLIEditor.preview) attemptView = window.MLIEditor.preview(body, { ...options, doc: code });
      else body.innerHTML = `<pre>${window.mli.escapeHtml(code)}</pre>`;
    }
    $("attempt-view").scrollIntoView({ block: "nearest" });
  }

  $("history").addEventListener("click", async (event) => {
    const button = event.target.closest("[data-attempt]");
    if (!button) return;
    if (button.dataset.do === "load") {
      const code = await fetchAttempt(button.dataset.attempt);
      if (code !== null && loadCode(code, "Loaded an earlier attempt") && editor) editor.focus();
    } else {
      showAttempt(button.dataset.attempt, button.dataset.do);
    }
  });
  $("attempt-close").addEventListener("click", closeAttempt);
  $("attempt-load").addEventListener("click", () => {
    if (shownAttempt && loadCode(shownAttempt.code, "Loaded an earlier attempt")) {
      closeAttempt();
      if (editor) editor.focus();
    }
  });

  $("reset-button").addEventListener("click", () => {
    if (window.confirm("Replace your code with the starter? Your attempts stay in the history.")) {
      setCode(data.starter);
      cleanCode = data.starter;
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

  // -- the Testcase and Result tabs, custom input ----------------------------------------------------
  function showBottom(name) {
    for (const tab of ["testcase", "result"]) {
      const button = $(`tab-${tab}`);
      if (!button) continue;
      const selected = tab === name;
      button.setAttribute("aria-selected", String(selected));
      button.tabIndex = selected ? 0 : -1;
      $(tab === "result" ? "results" : "panel-testcase").hidden = !selected;
    }
  }
  ["testcase", "result"].forEach((tab) => {
    const button = $(`tab-${tab}`);
    if (button) button.addEventListener("click", () => showBottom(tab));
  });

  const casesKey = `mli:cases:${data.slug}`;
  const caseInput = $("testcase-input");
  let cases = [];
  let currentCase = 0;
  function loadCases() {
    try {
      const stored = JSON.parse(localStorage.getItem(casesKey) || "null");
      if (Array.isArray(stored) && stored.length && stored.every((c) => typeof c === "string")) return stored;
    } catch (err) { /* fall back to the examples */ }
    return (data.samples || []).length ? [...data.samples] : [""];
  }
  function storeCases() {
    try { localStorage.setItem(casesKey, JSON.stringify(cases)); } catch (err) { /* private mode */ }
  }
  function drawCases() {
    const box = $("testcase-cases");
    box.innerHTML = "";
    cases.forEach((_, i) => {
      const button = document.createElement("button");
      button.type = "button";
      button.className = "btn btn-small";
      button.textContent = `Case ${i + 1}`;
      button.setAttribute("aria-pressed", String(i === currentCase));
      button.addEventListener("click", () => { currentCase = i; caseInput.value = cases[i]; drawCases(); });
      box.append(button);
    });
    const add = document.createElement("button");
    add.type = "button";
    add.className = "btn btn-small btn-ghost";
    add.textContent = "+ Add a case";
    add.addEventListener("click", () => {
      cases.push(cases[currentCase] || "");
      currentCase = cases.length - 1;
      caseInput.value = cases[currentCase];
      storeCases();
      drawCases();
      caseInput.focus();
    });
    box.append(add);
    if (cases.length > 1) {
      const remove = document.createElement("button");
      remove.type = "button";
      remove.className = "btn btn-small btn-ghost";
      remove.textContent = `Remove case ${currentCase + 1}`;
      remove.addEventListener("click", () => {
        cases.splice(currentCase, 1);
        currentCase = Math.max(0, currentCase - 1);
        caseInput.value = cases[currentCase];
        storeCases();
        drawCases();
      });
      box.append(remove);
    }
    const reset = document.createElement("button");
    reset.type = "button";
    reset.className = "btn btn-small btn-ghost";
    reset.textContent = "Back to the examples";
    reset.addEventListener("click", () => {
      cases = (data.samples || []).length ? [...data.samples] : [""];
      currentCase = 0;
      caseInput.value = cases[0];
      storeCases();
      drawCases();
    });
    box.append(reset);
  }
  if (caseInput) {
    cases = loadCases();
    caseInput.value = cases[0];
    drawCases();
    caseInput.addEventListener("input", () => { cases[currentCase] = caseInput.value; storeCases(); });
    $("custom-run").addEventListener("click", runCustom);
  }

  async function runCustom() {
    if (busy) return;
    const error = $("testcase-error");
    error.hidden = true;
    const code = getCode();
    if (!code.trim()) {
      error.textContent = "The editor is empty: write some code first.";
      error.hidden = false;
      return;
    }
    busy = true;
    const button = $("custom-run");
    button.classList.add("is-busy");
    button.disabled = true;
    const result = await window.mli.postJSON(`${api}/custom`, { code, input: caseInput.value });
    busy = false;
    button.classList.remove("is-busy");
    button.disabled = false;
    if (!result.ok) {
      if (result.status === 400) {
        error.textContent = result.data.error || "That input cannot be read.";
        error.hidden = false;
        caseInput.focus();
        return;
      }
      results.innerHTML = notice(result.data.error || "Something went wrong.", result.status === 503 ? "warn" : "bad");
    } else {
      results.innerHTML = result.data.html;
    }
    showBottom("result");
    showResults();
  }

  // -- phones: Description, Code and Result as tabs ---------------------------------------------------
  const phone = window.matchMedia("(max-width: 900px)");
  function showView(view) {
    workspace.dataset.view = view;
    for (const button of document.querySelectorAll(".phone-tabs [data-view]")) {
      const selected = button.dataset.view === view;
      button.setAttribute("aria-selected", String(selected));
      button.tabIndex = selected ? 0 : -1;
    }
  }
  // The skip link goes to the editor: on a phone that first means the Code tab.
  const skip = document.querySelector('.skip-link[href="#editor-host"]');
  if (skip) {
    skip.addEventListener("click", (event) => {
      event.preventDefault();
      if (phone.matches) showView("code");
      if (editor) editor.focus();
      else textarea.focus();
    });
  }
  document.querySelectorAll(".phone-tabs [data-view]").forEach((button) => {
    button.addEventListener("click", () => showView(button.dataset.view));
  });
  showResults = () => { if (phone.matches) showView("result"); };

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
  const announce = () => {
    $("split-v").setAttribute("aria-valuenow", String(Math.round(split)));
    $("split-h").setAttribute("aria-valuenow", String(Math.round(resultsShare)));
  };

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
  announce();
  const clamp = (v, lo, hi) => Math.min(hi, Math.max(lo, v));
  drag($("split-v"), (e) => {
    const box = workspace.getBoundingClientRect();
    split = clamp(((e.clientX - box.left) / box.width) * 100, 22, 70);
    workspace.style.setProperty("--split", `${split}%`);
    announce();
  }, () => storeLayout({ split }));
  drag($("split-h"), (e) => {
    const box = right.getBoundingClientRect();
    resultsShare = clamp(((box.bottom - e.clientY) / box.height) * 100, 12, 75);
    right.style.setProperty("--results-h", `${resultsShare}%`);
    announce();
  }, () => storeLayout({ results: resultsShare }));
  $("split-v").addEventListener("keydown", (e) => {
    if (e.key !== "ArrowLeft" && e.key !== "ArrowRight") return;
    split = clamp(split + (e.key === "ArrowLeft" ? -3 : 3), 22, 70);
    workspace.style.setProperty("--split", `${split}%`);
    announce();
    storeLayout({ split });
  });
  $("split-h").addEventListener("keydown", (e) => {
    if (e.key !== "ArrowUp" && e.key !== "ArrowDown") return;
    resultsShare = clamp(resultsShare + (e.key === "ArrowUp" ? 4 : -4), 12, 75);
    right.style.setProperty("--results-h", `${resultsShare}%`);
    announce();
    storeLayout({ results: resultsShare });
  });
})();
