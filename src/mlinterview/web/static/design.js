// The design practice page: clarifying questions one at a time, the 45-minute clock, sections
// autosaved to the server, the Mermaid diagram drawn as it is typed, self-grade, then the reveal.
(() => {
  "use strict";
  const data = JSON.parse(document.getElementById("design-data").textContent);
  const base = `/api/design/${encodeURIComponent(data.slug)}`;
  const form = document.getElementById("design-form");
  const saveState = document.getElementById("save-state");
  const errorBox = document.getElementById("design-error");

  function showError(message) {
    errorBox.textContent = message || "";
    errorBox.hidden = !message;
  }

  // -- clarifying questions ------------------------------------------------------------------
  const items = Array.from(document.querySelectorAll(".clarify-item"));
  const ask = document.getElementById("clarify-next");
  let asked = 0;
  ask.addEventListener("click", () => {
    if (asked >= items.length) return;
    items[asked].querySelector(".clarify-a").hidden = false;
    asked += 1;
    if (asked < items.length) items[asked].hidden = false;
    else ask.hidden = true;
  });

  // -- the clock (server time: a reload keeps counting) -----------------------------------
  const clock = document.getElementById("design-clock");
  const skew = Date.now() - Date.parse(data.now);
  let deadline = Date.parse(data.deadline);
  function tick() {
    const left = Math.round((deadline - (Date.now() - skew)) / 1000);
    const sign = left < 0 ? "-" : "";
    const abs = Math.abs(left);
    clock.textContent = `${sign}${Math.floor(abs / 60)}:${String(abs % 60).padStart(2, "0")}`;
    clock.classList.toggle("is-late", left < 0);
    clock.classList.toggle("is-close", left >= 0 && left < 300);
  }
  tick();
  setInterval(tick, 1000);

  // -- autosave ------------------------------------------------------------------------------
  function sections() {
    const out = {};
    for (const area of form.querySelectorAll("textarea")) out[area.name] = area.value;
    return out;
  }
  let saveTimer = null;
  async function save() {
    saveTimer = null;
    saveState.textContent = "saving…";
    const res = await window.mli.postJSON(`${base}/draft`, { sections: sections() });
    if (res.ok) {
      saveState.textContent = `saved ${new Date(res.data.saved_at).toLocaleTimeString()}`;
      showError("");
    } else {
      saveState.textContent = "not saved";
      showError(res.data.error);
    }
  }
  form.addEventListener("input", () => {
    saveState.textContent = "editing…";
    if (saveTimer) clearTimeout(saveTimer);
    saveTimer = setTimeout(save, 800);
  });

  // -- the diagram ---------------------------------------------------------------------------
  const diagramText = document.getElementById("section-diagram");
  const preview = document.getElementById("diagram-preview");
  let drawTimer = null;
  let drawn = 0;
  async function drawInto(target, text) {
    if (!window.MLIDiagram) return false;
    try {
      target.innerHTML = await window.MLIDiagram.render(text);
      target.classList.remove("has-error");
      return true;
    } catch (err) {
      target.classList.add("has-error");
      target.textContent = `Mermaid cannot draw this yet: ${String((err && err.message) || err).split("\n")[0]}`;
      return false;
    }
  }
  async function draw() {
    const text = diagramText.value.trim();
    const mine = ++drawn;
    if (!text) {
      preview.innerHTML = '<p class="muted small">Your diagram appears here as you type.</p>';
      return;
    }
    const holder = document.createElement("div");
    await drawInto(holder, text);
    if (mine === drawn) {
      preview.replaceChildren(...holder.childNodes);
      preview.classList.toggle("has-error", holder.classList.contains("has-error"));
    }
  }
  diagramText.addEventListener("input", () => {
    if (drawTimer) clearTimeout(drawTimer);
    drawTimer = setTimeout(draw, 300);
  });
  window.addEventListener("load", draw); // diagram.js (large) loads after this script

  // -- restart, self-grade, reveal -----------------------------------------------------------
  document.getElementById("restart-button").addEventListener("click", async () => {
    if (!window.confirm("Clear your answer and restart the clock?")) return;
    const res = await window.mli.postJSON(`${base}/restart`);
    if (!res.ok) return showError(res.data.error);
    for (const area of form.querySelectorAll("textarea")) area.value = "";
    deadline = Date.parse(res.data.deadline);
    document.getElementById("design-result").innerHTML = "";
    draw();
  });
  const selfGrade = document.getElementById("self-grade");
  document.getElementById("finish-button").addEventListener("click", async () => {
    if (saveTimer) {
      clearTimeout(saveTimer);
      await save();
    }
    selfGrade.hidden = false;
    selfGrade.scrollIntoView({ behavior: "smooth", block: "start" });
  });
  const gradeButton = document.getElementById("grade-button");
  gradeButton.addEventListener("click", async () => {
    const ticked = Array.from(selfGrade.querySelectorAll("input[name=self]:checked")).map((i) => i.value);
    gradeButton.classList.add("is-busy");
    gradeButton.disabled = true;
    const res = await window.mli.postJSON(`${base}/grade`, { sections: sections(), self_ids: ticked });
    gradeButton.classList.remove("is-busy");
    gradeButton.disabled = false;
    if (!res.ok) return showError(res.data.error);
    showError("");
    const result = document.getElementById("design-result");
    result.innerHTML = res.data.html;
    for (const code of result.querySelectorAll(".render-diagrams code.language-mermaid")) {
      const figure = document.createElement("div");
      figure.className = "diagram-figure";
      if (await drawInto(figure, code.textContent)) code.closest("pre").replaceWith(figure);
    }
    result.scrollIntoView({ behavior: "smooth", block: "start" });
  });
  form.dataset.ready = "true";
})();
