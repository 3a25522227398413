// Behavioral practice: a two-minute clock, a live word count, telling a stored story, and the
// coach's feedback from the server.
(() => {
  "use strict";
  const root = document.getElementById("practice");
  if (!root) return;
  const clock = document.getElementById("story-clock");
  const startButton = document.getElementById("clock-start");
  const answer = document.getElementById("answer");
  const pick = document.getElementById("story-pick");
  const words = document.getElementById("word-count");
  const slot = document.getElementById("feedback-slot");
  const send = document.getElementById("get-feedback");
  const limit = Number(root.dataset.clockS) || 120;
  let startedAt = null;
  let timer = null;

  function show(seconds) {
    const left = limit - seconds;
    const abs = Math.abs(left);
    const text = `${Math.floor(abs / 60)}:${String(abs % 60).padStart(2, "0")}`;
    clock.textContent = left < 0 ? `+${text}` : text;
    clock.classList.toggle("clock-low", left >= 0 && left <= 20);
    clock.classList.toggle("clock-over", left < 0);
  }

  function start() {
    if (startedAt !== null) return;
    startedAt = performance.now();
    root.classList.add("clock-running");
    startButton.textContent = "Clock running";
    startButton.disabled = true;
    timer = setInterval(() => show(Math.floor((performance.now() - startedAt) / 1000)), 250);
  }

  function elapsed() {
    return startedAt === null ? null : Math.round((performance.now() - startedAt) / 100) / 10;
  }

  function countWords() {
    const n = (answer.value.match(/[A-Za-z0-9][\w'’%.-]*/g) || []).length;
    words.textContent = `${n} word${n === 1 ? "" : "s"}`;
  }

  async function loadStory() {
    if (!pick.value) return;
    const result = await window.mli.getJSON(`/api/stories/${encodeURIComponent(pick.value)}`);
    if (result.ok) {
      answer.value = result.data.telling;
      countWords();
      start();
    }
  }

  async function getFeedback() {
    send.disabled = true;
    const seconds = elapsed();
    if (timer) clearInterval(timer);
    const result = await window.mli.postJSON("/api/stories/feedback", {
      question_id: root.dataset.questionId,
      answer: answer.value,
      story_id: pick.value ? Number(pick.value) : null,
      elapsed_s: seconds,
    });
    send.disabled = false;
    if (!result.ok) {
      slot.innerHTML = `<p class="notice notice-bad" role="alert">${window.mli.escapeHtml(result.data.error || "No feedback.")}</p>`;
      return;
    }
    slot.innerHTML = result.data.html;
    root.classList.remove("clock-running");
  }

  startButton.addEventListener("click", start);
  answer.addEventListener("input", () => { start(); countWords(); });
  pick.addEventListener("change", loadStory);
  send.addEventListener("click", getFeedback);
  if (pick.value) loadStory();
})();
