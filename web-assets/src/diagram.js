// The diagram bundle of the design pages: Mermaid, drawn from text in the browser, offline.
// Exposes window.MLIDiagram.render(text) -> Promise<svg string>; loaded only on design pages.
import mermaid from "mermaid";

mermaid.initialize({
  startOnLoad: false,
  securityLevel: "strict", // no click handlers or HTML labels from the learner's text
  theme: "neutral",
  flowchart: { htmlLabels: false },
});

let counter = 0;

async function render(text) {
  counter += 1;
  const id = `mli-diagram-${counter}`;
  await mermaid.parse(text); // throws a readable error before anything is drawn
  const { svg } = await mermaid.render(id, text);
  return svg;
}

window.MLIDiagram = { render };
