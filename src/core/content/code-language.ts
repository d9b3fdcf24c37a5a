/**
 * The programming language of a code block, as highlighters write it: `language-x` / `lang-x` classes (Prism,
 * highlight.js, Shiki, Chroma, Rouge, markdown renderers), `data-lang` / `data-language` (Chroma, Hugo,
 * rehype-pretty-code), `highlight-source-x` (GitHub), `highlight-x` (Sphinx/Pygments), `brush: x`
 * (SyntaxHighlighter), or a bare language word beside a highlighter's own class (`figure.highlight js` in Hexo,
 * `hljs js` in old highlight.js, `syntaxhighlighter php`).
 */

/** Common language names a highlighter writes as a bare class or a header label; only these count there. */
const KNOWN_LANGUAGES = new Set(
  (
    'bash c clojure cmake coffeescript cpp c++ crystal csharp c# css cuda dart diff docker dockerfile elixir elm erlang ' +
    'fortran fsharp go golang gradle graphql groovy haskell hcl html ini java javascript js json json5 jsx julia ' +
    'kotlin latex less lisp lua makefile markdown matlab md nginx nim nix objc objectivec ocaml perl php powershell ' +
    'prolog protobuf ps1 python py r racket rb regex ruby rust rs sass scala scheme scss sh shell solidity sql ' +
    'swift tex toml ts tsx typescript vb vbnet verilog vhdl vim vue wasm xml yaml yml zig zsh console terminal'
  ).split(' '),
);

/** Classes of highlighters and layout that may stand beside a bare language word; never a language themselves. */
const NOT_A_LANGUAGE = new Set(['text', 'plain', 'plaintext', 'txt', 'none', 'nohighlight', 'no-highlight', 'code', 'output', 'raw']);

const PREFIXED = /^(?:language|lang|highlight-source|highlight)-([\w+#.-]{1,30})$/i;
const HOSTS_BARE_WORD = /^(?:highlight|hljs|syntaxhighlighter|sourceCode|code)$/i;
const VALID = /^[a-z0-9][\w+#.-]{0,29}$/i;

function clean(value: string | null | undefined): string | null {
  const name = (value ?? '').trim().toLowerCase();
  if (!name || !VALID.test(name) || NOT_A_LANGUAGE.has(name)) return null;
  return name;
}

/** The language an element itself declares, or null. */
export function declaredLanguage(el: Element): string | null {
  for (const attribute of ['data-language', 'data-lang', 'data-tagsearch-lang', 'language']) {
    const value = clean(el.getAttribute(attribute));
    if (value) return value;
  }
  const className = el.getAttribute('class') ?? '';
  const brush = /\bbrush:\s*([\w+#.-]+)/i.exec(className);
  if (brush) return clean(brush[1]);
  const tokens = className.split(/\s+/).filter(Boolean);
  for (const token of tokens) {
    const prefixed = PREFIXED.exec(token);
    if (prefixed) return clean(prefixed[1]);
  }
  if (tokens.some((token) => HOSTS_BARE_WORD.test(token))) {
    for (const token of tokens) if (KNOWN_LANGUAGES.has(token.toLowerCase())) return clean(token);
  }
  return null;
}

/** A header label ("Python", "bash") that names a language, or null. */
export function languageFromLabel(text: string): string | null {
  const word = text.trim().toLowerCase();
  return KNOWN_LANGUAGES.has(word) ? clean(word) : null;
}

/**
 * The language of a code block: the first declared on the block's code elements, then on the block and its
 * wrappers up to `limit` (wrappers often carry it: `div.language-ruby.highlighter-rouge`, `div.highlight-python`).
 */
export function codeBlockLanguage(block: Element, limit: Element | null): string | null {
  const inner = [block, ...Array.from(block.querySelectorAll('code, pre, [data-lang], [data-language], [data-tagsearch-lang], [language], [class*="language-"], [class*="lang-"]'))];
  for (const el of inner) {
    const found = declaredLanguage(el);
    if (found) return found;
  }
  let el = block.parentElement;
  for (let depth = 0; el && el !== limit && depth < 3; depth++, el = el.parentElement) {
    const found = declaredLanguage(el);
    if (found) return found;
  }
  return null;
}
