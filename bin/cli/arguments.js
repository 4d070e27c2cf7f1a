// Command-line arguments of article-lens.

export const USAGE = `Usage:
  article-lens analyze FILE|- [options]    analyse a text file (- reads stdin)
  article-lens analyze --jsonl [options]   read {"id","text","lang"?} lines on stdin,
                                           write one {"id", ...result} line per input
  article-lens languages                   list the supported language codes
  article-lens --version | --help

Options:
  --json               print the full result as JSON (offsets in UTF-16 code units)
  --lang CODE|auto     the text's language (default: auto, detected from the text)
  --hard-wrap          join single line breaks (text copied from PDFs)
  --whole-quotations   keep a quoted passage of several sentences as one sentence
  --abbrev WORD        an extra abbreviation that does not end a sentence (repeatable)
  --top N              how many keywords (default 10)
  --stopword WORD      an extra word to leave out of the keywords (repeatable)
  --min-count N        leave out keywords seen fewer than N times (default 1)
  --no-stemming        count inflected forms apart (talk, talks)
  --no-phrases         single words only, no phrases or names
`;

class UsageError extends Error {
  constructor(message) {
    super(message);
    this.name = "UsageError";
  }
}

export function parseArguments(argv) {
  const args = { options: { abbreviations: [], keywords: { stopwords: [] } }, json: false, jsonl: false };
  const rest = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) throw new UsageError(`${arg} needs a value`);
      return argv[++i];
    };
    switch (arg) {
      case "-h": case "--help": args.help = true; break;
      case "-V": case "--version": args.version = true; break;
      case "--json": args.json = true; break;
      case "--jsonl": args.jsonl = true; break;
      case "--lang": args.options.language = value(); break;
      case "--hard-wrap": args.options.hardWrap = true; break;
      case "--whole-quotations": args.options.wholeQuotations = true; break;
      case "--abbrev": args.options.abbreviations.push(value()); break;
      case "--stopword": args.options.keywords.stopwords.push(value()); break;
      case "--no-stemming": args.options.keywords.stemming = false; break;
      case "--no-phrases": args.options.keywords.phrases = false; break;
      case "--min-count": {
        const minCount = Number(value());
        if (!Number.isInteger(minCount) || minCount < 1) throw new UsageError("--min-count needs a whole number from 1");
        args.options.keywords.minCount = minCount;
        break;
      }
      case "--top": {
        const top = Number(value());
        if (!Number.isInteger(top) || top < 0) throw new UsageError("--top needs a whole number");
        args.options.keywords.top = top;
        break;
      }
      default:
        if (arg.startsWith("--")) throw new UsageError(`unknown option ${arg}`);
        rest.push(arg);
    }
  }
  if (args.help || args.version) return args;
  args.command = rest.shift();
  if (args.command === "languages") return args;
  if (args.command !== "analyze") throw new UsageError(args.command ? `unknown command "${args.command}"` : "no command given");
  if (args.jsonl) {
    if (rest.length) throw new UsageError("--jsonl reads stdin; do not name a file");
    return args;
  }
  if (rest.length !== 1) throw new UsageError("analyze needs one FILE (or - for stdin)");
  args.file = rest[0];
  return args;
}
