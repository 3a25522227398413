// Flashcard review: Space shows the answer, 1-4 rate it (again, hard, good, easy).
(() => {
  "use strict";
  const slot = document.getElementById("card-slot");
  const toast = document.getElementById("review-toast");
  if (!slot) return;
  let revealed = false;
  let busy = false;
  let shownAt = performance.now();

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

  async function rate(rating) {
    const card = currentCard();
    if (!card || !revealed || busy) return;
    busy = true;
    card.querySelectorAll(".rate").forEach((b) => { b.disabled = true; });
    const result = await window.mli.postJSON("/api/review/rate", {
      card_id: card.dataset.cardId,
      rating,
      duration_s: Math.round((performance.now() - shownAt) / 100) / 10,
      track: slot.dataset.track || null,
    });
    busy = false;
    if (!result.ok) {
      card.querySelectorAll(".rate").forEach((b) => { b.disabled = false; });
      toast.textContent = result.data.error || "The rating was not saved.";
      return;
    }
    slot.innerHTML = result.data.html;
    toast.textContent = result.data.message;
    revealed = false;
    shownAt = performance.now();
    const next = slot.querySelector('[data-action="reveal"]');
    if (next) next.focus({ preventScroll: true });
  }

  slot.addEventListener("click", (event) => {
    const target = event.target.closest("[data-action], [data-rating]");
    if (!target) return;
    if (target.dataset.action === "reveal") reveal();
    else if (target.dataset.rating) rate(Number(target.dataset.rating));
  });

  document.addEventListener("keydown", (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey || window.mli.isTyping(event.target)) return;
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
    }
  });
})();
