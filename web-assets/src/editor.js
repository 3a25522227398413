// The web app's code editor: CodeMirror 6 with Python and SQL, exposed as window.MLIEditor.
//
// MLIEditor.create(parent, options) returns a small handle the page scripts use:
//   options: { doc, language: "python" | "sql", tables: {name: [columns]}, settings,
//              onRun(), onSubmit(), onChange(text) }
//   handle:  { getValue(), setValue(text), focus(), setLanguage(language), configure(settings), view }
//   settings: { dark: bool, fontSize: px, tabSize: 2 | 4 | 8, wrap: bool, vim: bool }
// MLIEditor.preview(parent, { doc, language, settings }) shows code read-only;
// MLIEditor.diff(parent, { before, after, language, settings }) shows two versions side by side
// (or stacked on narrow screens) with the changes marked (@codemirror/merge). Both return
// { destroy() }.
// Mod-Enter (Ctrl or Cmd) calls onRun, Shift-Mod-Enter calls onSubmit. Tab indents; Escape then
// Tab leaves the editor (CodeMirror's tab-focus mode).
import { EditorView, basicSetup } from "codemirror";
import { EditorState, Compartment, Prec } from "@codemirror/state";
import { keymap } from "@codemirror/view";
import { indentWithTab } from "@codemirror/commands";
import { indentUnit, syntaxHighlighting, HighlightStyle } from "@codemirror/language";
import { tags as t } from "@lezer/highlight";
import { python } from "@codemirror/lang-python";
import { sql, PostgreSQL } from "@codemirror/lang-sql";
import { oneDarkTheme } from "@codemirror/theme-one-dark";
import { MergeView, unifiedMergeView } from "@codemirror/merge";
import { vim } from "@replit/codemirror-vim";

const DEFAULTS = { dark: false, fontSize: 14, tabSize: 4, wrap: false, vim: false };

const base = EditorView.theme({
  "&": { height: "100%" },
  ".cm-scroller": {
    fontFamily: "ui-monospace, SFMono-Regular, Menlo, Consolas, 'DejaVu Sans Mono', monospace",
    lineHeight: "1.55",
  },
  ".cm-content": { padding: "10px 0" },
  // A visible focus ring: the editor is a focus stop like any other control.
  "&.cm-focused": { outline: "2px solid var(--accent, #2458d3)", outlineOffset: "-2px" },
});

const light = EditorView.theme({
  "&": { backgroundColor: "#ffffff" },
  ".cm-gutters": { backgroundColor: "#f7f8fa", color: "#6a737d", borderRight: "1px solid #e5e7eb" },
  ".cm-activeLine": { backgroundColor: "#f3f6fc" },
  ".cm-activeLineGutter": { backgroundColor: "#e8eef9", color: "#3b4252" },
  "&.cm-focused .cm-cursor": { borderLeftColor: "#1f2328" },
});

// Syntax colours with at least 4.5:1 contrast on the editor's background (and its active line),
// light and dark: the stock ones fall short for comments and some literals.
const lightColours = HighlightStyle.define([
  { tag: [t.keyword, t.operatorKeyword, t.controlKeyword, t.definitionKeyword, t.moduleKeyword], color: "#7a2bb5" },
  { tag: [t.string, t.special(t.string), t.regexp], color: "#0a6b36" },
  { tag: [t.comment, t.lineComment, t.blockComment], color: "#5c6670", fontStyle: "italic" },
  { tag: [t.number, t.bool, t.null, t.atom], color: "#9a4a00" },
  { tag: [t.function(t.variableName), t.function(t.propertyName), t.definition(t.function(t.variableName))], color: "#1f54c4" },
  { tag: [t.className, t.typeName, t.definition(t.className)], color: "#8a4b00" },
  { tag: [t.self, t.special(t.variableName), t.standard(t.variableName)], color: "#0b6b7d" },
  { tag: t.invalid, color: "#b3261e" },
]);
const darkColours = HighlightStyle.define([
  { tag: [t.keyword, t.operatorKeyword, t.controlKeyword, t.definitionKeyword, t.moduleKeyword], color: "#d7a6ff" },
  { tag: [t.string, t.special(t.string), t.regexp], color: "#a5e3a0" },
  { tag: [t.comment, t.lineComment, t.blockComment], color: "#a3adba", fontStyle: "italic" },
  { tag: [t.number, t.bool, t.null, t.atom], color: "#f5b97a" },
  { tag: [t.function(t.variableName), t.function(t.propertyName), t.definition(t.function(t.variableName))], color: "#8cc4ff" },
  { tag: [t.className, t.typeName, t.definition(t.className)], color: "#f0c674" },
  { tag: [t.self, t.special(t.variableName), t.standard(t.variableName)], color: "#7fdbe6" },
  { tag: t.invalid, color: "#ff8a80" },
]);

function languageFor(name, tables) {
  if (name === "sql") {
    return sql({ dialect: PostgreSQL, schema: tables || {}, upperCaseKeywords: true });
  }
  return python();
}

function look(settings) {
  const s = { ...DEFAULTS, ...(settings || {}) };
  return [
    s.dark ? [oneDarkTheme, syntaxHighlighting(darkColours)] : [light, syntaxHighlighting(lightColours)],
    EditorView.theme({ "&": { fontSize: `${Number(s.fontSize) || 14}px` } }),
    s.wrap ? EditorView.lineWrapping : [],
  ];
}

function indentation(settings) {
  const size = Number({ ...DEFAULTS, ...(settings || {}) }.tabSize) || 4;
  return [indentUnit.of(" ".repeat(size)), EditorState.tabSize.of(size)];
}

function create(parent, options = {}) {
  const language = new Compartment();
  const appearance = new Compartment();
  const indent = new Compartment();
  const keys = new Compartment();
  const call = (fn) => () => { if (fn) fn(); return true; };
  const shortcuts = Prec.highest(keymap.of([
    { key: "Mod-Enter", run: call(options.onRun) },
    { key: "Shift-Mod-Enter", run: call(options.onSubmit) },
  ]));
  const listeners = EditorView.updateListener.of((update) => {
    if (update.docChanged && options.onChange) options.onChange(update.state.doc.toString());
  });
  const settings = { ...DEFAULTS, ...(options.settings || {}) };
  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc: options.doc || "",
      extensions: [
        keys.of(settings.vim ? vim() : []),  // Vim first, so its keys win
        shortcuts,
        basicSetup,
        keymap.of([indentWithTab]),
        indent.of(indentation(settings)),
        language.of(languageFor(options.language, options.tables)),
        base,
        appearance.of(look(settings)),
        listeners,
        EditorView.contentAttributes.of({ "aria-label": "Code editor. Press Escape then Tab to leave it.", tabindex: "0" }),
      ],
    }),
  });
  return {
    view,
    getValue: () => view.state.doc.toString(),
    setValue: (text) => view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } }),
    focus: () => view.focus(),
    setLanguage: (name) => view.dispatch({ effects: language.reconfigure(languageFor(name, options.tables)) }),
    configure: (next) => {
      const s = { ...DEFAULTS, ...(next || {}) };
      view.dispatch({
        effects: [
          keys.reconfigure(s.vim ? vim() : []),
          indent.reconfigure(indentation(s)),
          appearance.reconfigure(look(s)),
        ],
      });
    },
  };
}

function readOnly(options) {
  return [
    basicSetup,
    EditorState.readOnly.of(true),
    EditorView.editable.of(false),
    languageFor(options.language, options.tables),
    base,
    look(options.settings),
  ];
}

function preview(parent, options = {}) {
  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc: options.doc || "",
      extensions: [...readOnly(options), EditorView.contentAttributes.of({ "aria-label": "Earlier attempt (read-only)", tabindex: "0" })],
    }),
  });
  return { view, destroy: () => view.destroy() };
}

function diff(parent, options = {}) {
  if (options.unified) {
    // One column on narrow screens: the current code, with the earlier lines shown as deleted.
    const view = new EditorView({
      parent,
      state: EditorState.create({
        doc: options.after || "",
        extensions: [
          ...readOnly(options),
          unifiedMergeView({ original: options.before || "", mergeControls: false }),
          EditorView.contentAttributes.of({ "aria-label": "Changes from the earlier attempt to your code", tabindex: "0" }),
        ],
      }),
    });
    return { view, destroy: () => view.destroy() };
  }
  const merge = new MergeView({
    parent,
    a: {
      doc: options.before || "",
      extensions: [...readOnly(options), EditorView.contentAttributes.of({ "aria-label": "Earlier attempt", tabindex: "0" })],
    },
    b: {
      doc: options.after || "",
      extensions: [...readOnly(options), EditorView.contentAttributes.of({ "aria-label": "Your current code", tabindex: "0" })],
    },
    highlightChanges: true,
    gutter: true,
  });
  return { view: merge, destroy: () => merge.destroy() };
}

window.MLIEditor = { create, preview, diff };
