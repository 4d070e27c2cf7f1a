// The page's language choice: "Detect" plus every language the analyser supports, each named in
// itself ("Deutsch", "Русский") so a reader finds their own, sorted by that name.

/** Adds an <option> per code to `select` after its first ("auto") option. */
export function fillLanguageChoice(select, codes) {
  const named = codes.map((code) => ({ code, name: nativeName(code) }));
  named.sort((a, b) => a.name.localeCompare(b.name));
  const selected = select.value;
  while (select.options.length > 1) select.remove(1);
  for (const { code, name } of named) select.add(new Option(`${name} (${code})`, code));
  select.value = codes.includes(selected) ? selected : select.options[0].value;
}

function nativeName(code) {
  try {
    const name = new Intl.DisplayNames([code], { type: "language" }).of(code);
    return name && name !== code ? name.charAt(0).toLocaleUpperCase(code) + name.slice(1) : code;
  } catch {
    return code;
  }
}
