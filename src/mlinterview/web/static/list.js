// Problem list: filters apply as soon as a choice changes.
(() => {
  "use strict";
  const form = document.getElementById("filters");
  if (!form) return;
  form.querySelectorAll("select").forEach((select) => {
    select.addEventListener("change", () => form.requestSubmit());
  });
  document.addEventListener("keydown", (event) => {
    if (event.key === "/" && !window.mli.isTyping(document.activeElement)) {
      event.preventDefault();
      form.querySelector('input[type="search"]').focus();
    }
  });
})();
