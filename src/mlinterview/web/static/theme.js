// Applies the theme the learner picked (kept per browser) before the page paints; without a
// choice the page follows prefers-color-scheme. The toggle itself is wired in mli.js.
(() => {
  try {
    const theme = localStorage.getItem("mli:theme");
    if (theme === "light" || theme === "dark") document.documentElement.dataset.theme = theme;
  } catch (err) { /* storage blocked: follow the system */ }
  if (window.matchMedia && window.matchMedia("(hover: none), (pointer: coarse)").matches) {
    document.documentElement.classList.add("touch");
  }
})();
