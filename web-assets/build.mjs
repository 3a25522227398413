// Bundles src/editor.js (the code editor) and src/diagram.js (Mermaid, for the design pages)
// with their npm dependencies into minified browser scripts, written into the Python package
// so that running the app never needs Node.
//   cd web-assets && npm ci && npm run build
import { build } from "esbuild";
import { readFileSync, statSync } from "node:fs";

const out = "../src/mlinterview/web/static/editor.js";
const version = (name) => JSON.parse(readFileSync(`node_modules/${name}/package.json`, "utf8")).version;
const banner = [
  "/* mlinterview code editor. Built by web-assets/build.mjs; do not edit by hand.",
  ` * Contains CodeMirror ${version("@codemirror/view")} (view), lang-python ${version("@codemirror/lang-python")},`,
  ` * lang-sql ${version("@codemirror/lang-sql")}, merge ${version("@codemirror/merge")}, theme-one-dark ${version("@codemirror/theme-one-dark")}`,
  ` * and Lezer parsers: MIT license, (c) Marijn Haverbeke and others; @replit/codemirror-vim ${version("@replit/codemirror-vim")}: MIT license, (c) Marijn Haverbeke and others. */`,
].join("\n");

await build({
  entryPoints: ["src/editor.js"],
  bundle: true,
  minify: true,
  format: "iife",
  target: ["es2020"],
  legalComments: "none",
  banner: { js: banner },
  outfile: out,
});
console.log(`wrote ${out} (${Math.round(statSync(out).size / 1024)} KB)`);

const diagramOut = "../src/mlinterview/web/static/diagram.js";
await build({
  entryPoints: ["src/diagram.js"],
  bundle: true,
  minify: true,
  format: "iife",
  target: ["es2020"],
  legalComments: "none",
  banner: {
    js: [
      "/* mlinterview diagrams (design pages only). Built by web-assets/build.mjs; do not edit by hand.",
      ` * Contains Mermaid ${version("mermaid")} and its dependencies (MIT license, (c) Knut Sveidqvist and others;`,
      " * DOMPurify: MPL-2.0 or Apache-2.0; d3: ISC; dagre-d3-es, cytoscape, katex, marked, roughjs, lodash-es, dayjs: MIT). */",
    ].join("\n"),
  },
  outfile: diagramOut,
});
console.log(`wrote ${diagramOut} (${Math.round(statSync(diagramOut).size / 1024)} KB)`);
