// Flashcard review: Space shows the answer, 1-4 rate it (again, hard, good, easy), Z undoes the
// last rating; flag, bury, suspend and a note per card. Counts follow every action.
(() => {
  "use strict";
  const slot = document.getElementById("card-slot");
  const toast = document.getElementById("review-toast");
  if (!slot) return;
  let revealed = false;
  let busy = false;
  let shownAt = performance.now();
  const track = () => slot.dataset.track || null;

  const currentCard = () => slot.querySelector(".flashcard[data-card-id]");

  function reveal() {
    const card = currentCard();
    if (!card || revealed) return;
    revealed = true;
    card.querySelector(".card-back").hidden = false;
    card.querySelector('[data-action="reveal"]').hidden = true;
    card.querySelector(".ratings").hidden = false;
    const good = card.querySelector('[data-rating="3"]');
    if (good) good.focus({ preventScroll: true });
  }

  function show(data) {
    slot.innerHTML = data.html;
    toast.textContent = data.message;
    revealed = false;
    shownAt = performance.now();
    for (const badge of document.querySelectorAll("[data-track-count]")) {
      const key = badge.dataset.trackCount;
      badge.textContent = key ? (data.tracks[key] ?? 0) : data.total;
    }
    const next = slot.querySelector('[data-action="reveal"]');
    if (next) next.focus({ preventScroll: true });
  }

  async function send(url, body) {
    if (busy) return;
    busy = true;
    const result = await window.mli.postJSON(url, { ...body, track: track() });
    busy = false;
    if (!result.ok) {
      toast.textContent = result.data.error || "That did not work.";
      return;
    }
    show(result.data);
  }

  function rate(rating) {
    const card = currentCard();
    if (!card || !revealed || busy) return;
    send("/api/review/rate", {
      card_id: card.dataset.cardId,
      rating,
      duration_s: Math.round((performance.now() - shownAt) / 100) / 10,
    });
  }

  const undo = () => send("/api/review/undo", {});
  document.getElementById("undo-button").addEventListener("click", undo);

  function mark(name, value) {
    const card = currentCard();
    if (!card) return;
    send("/api/review/mark", { card_id: card.dataset.cardId, [name]: value });
  }

  slot.addEventListener("click", (event) => {
    const target = event.target.closest("[data-action], [data-rating], [data-mark]");
    if (!target) return;
    if (target.dataset.action === "reveal") reveal();
    else if (target.dataset.action === "save-note") mark("note", slot.querySelector("#card-note").value);
    else if (target.dataset.rating) rate(Number(target.dataset.rating));
    else if (target.dataset.mark) mark(target.dataset.mark, target.dataset.value === "true");
  });

  document.addEventListener("click", (event) => {
    const target = event.target.closest("[data-unsuspend]");
    if (!target) return;
    send("/api/review/mark", { card_id: target.dataset.unsuspend, suspended: false });
    target.closest("li").remove();
  });

  document.addEventListener("keydown", (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey || window.mli.isTyping(event.target)) return;
    if (event.target.closest && event.target.closest("summary, .card-tools button, .review-bar button")) {
      if (event.key === " " || event.key === "Enter") return;  // let the focused control act
    }
    if (event.key === " " || event.key === "Enter") {
      if (!revealed && currentCard()) {
        event.preventDefault();
        reveal();
      } else if (event.key === " ") {
        event.preventDefault();
      }
    } else if (/^[1-4]$/.test(event.key)) {
      event.preventDefault();
      rate(Number(event.key));
    } else if (event.key === "z" || event.key === "Z") {
      event.preventDefault();
      undo();
    }
  });
})();
