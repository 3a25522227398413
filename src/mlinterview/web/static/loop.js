// The mock clock: counts up from the mock's start; past the allotted minutes it says so (time
// over is recorded by the server, never enforced).
(() => {
  "use strict";
  const clock = document.getElementById("mock-clock");
  if (!clock) return;
  const started = Date.parse(clock.dataset.started);
  const limit = Number(clock.dataset.minutes) * 60;
  const time = clock.querySelector("[data-clock-time]");
  const over = clock.querySelector("[data-clock-over]");
  function tick() {
    const seconds = Math.max(0, Math.floor((Date.now() - started) / 1000));
    const m = Math.floor(seconds / 60);
    const s = String(seconds % 60).padStart(2, "0");
    time.textContent = `${m}:${s}`;
    const isOver = seconds > limit;
    over.hidden = !isOver;
    clock.classList.toggle("is-over", isOver);
  }
  tick();
  setInterval(tick, 1000);
})();
