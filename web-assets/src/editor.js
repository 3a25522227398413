// The web app's code editor: CodeMirror 6 with Python and SQL, exposed as window.MLIEditor.
//
// MLIEditor.create(parent, options) returns a small handle the page scripts use:
//   options: { doc, language: "python" | "sql", tables: {name: [columns]},
//              onRun(), onSubmit(), onChange(text) }
//   handle:  { getValue(), setValue(text), focus(), setLanguage(language), view }
// Mod-Enter (Ctrl or Cmd) calls onRun, Shift-Mod-Enter calls onSubmit.
import { EditorView, basicSetup } from "codemirror";
import { EditorState, Compartment, Prec } from "@codemirror/state";
import { keymap } from "@codemirror/view";
import { indentWithTab } from "@codemirror/commands";
import { indentUnit } from "@codemirror/language";
import { python } from "@codemirror/lang-python";
import { sql, PostgreSQL } from "@codemirror/lang-sql";

const theme = EditorView.theme({
  "&": { height: "100%", fontSize: "14px", backgroundColor: "#ffffff" },
  ".cm-scroller": {
    fontFamily: "ui-monospace, SFMono-Regular, Menlo, Consolas, 'DejaVu Sans Mono', monospace",
    lineHeight: "1.55",
  },
  ".cm-content": { padding: "10px 0" },
  ".cm-gutters": { backgroundColor: "#f7f8fa", color: "#8b949e", borderRight: "1px solid #e5e7eb" },
  ".cm-activeLine": { backgroundColor: "#f3f6fc" },
  ".cm-activeLineGutter": { backgroundColor: "#e8eef9", color: "#3b4252" },
  "&.cm-focused": { outline: "none" },
  "&.cm-focused .cm-cursor": { borderLeftColor: "#1f2328" },
});

function languageFor(name, tables) {
  if (name === "sql") {
    return sql({ dialect: PostgreSQL, schema: tables || {}, upperCaseKeywords: true });
  }
  return python();
}

function create(parent, options = {}) {
  const language = new Compartment();
  const call = (fn) => () => { if (fn) fn(); return true; };
  const shortcuts = Prec.highest(keymap.of([
    { key: "Mod-Enter", run: call(options.onRun) },
    { key: "Shift-Mod-Enter", run: call(options.onSubmit) },
  ]));
  const listeners = EditorView.updateListener.of((update) => {
    if (update.docChanged && options.onChange) options.onChange(update.state.doc.toString());
  });
  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc: options.doc || "",
      extensions: [
        shortcuts,
        basicSetup,
        keymap.of([indentWithTab]),
        indentUnit.of("    "),
        EditorState.tabSize.of(4),
        language.of(languageFor(options.language, options.tables)),
        theme,
        listeners,
        EditorView.contentAttributes.of({ "aria-label": "Code editor" }),
      ],
    }),
  });
  return {
    view,
    getValue: () => view.state.doc.toString(),
    setValue: (text) => view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } }),
    focus: () => view.focus(),
    setLanguage: (name) => view.dispatch({ effects: language.reconfigure(languageFor(name, options.tables)) }),
  };
}

window.MLIEditor = { create };
