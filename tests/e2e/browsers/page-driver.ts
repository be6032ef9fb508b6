/** The browsers the web edition's journeys run in. */
export type BrowserName = 'chromium' | 'firefox';

/** What went wrong in a page, as a person (console) and the policy (CSP) would see it. */
export interface PageProblems {
  /** Console errors and uncaught exceptions. */
  consoleErrors: string[];
  /** `securitypolicyviolation` events, recorded from the first script of every document. */
  cspViolations: string[];
  /** Requests that left the page's own origin (data: URLs never leave the machine). */
  foreignRequests: string[];
}

/**
 * One page in one browser, reduced to what the journeys do: navigate, act as a person does (CSS selectors, real mouse
 * and keyboard input), read the page by script, and capture what it shows. Each browser's driver implements it once.
 */
export interface PageDriver {
  readonly browser: BrowserName;
  /** Loads a URL and waits for its load event. */
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  /** Runs a function in the page (serialized: it sees only its argument) and returns its JSON-able result. */
  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  click(selector: string): Promise<void>;
  hover(selector: string): Promise<void>;
  focus(selector: string): Promise<void>;
  /** Chooses an option of a `<select>` by its value. */
  select(selector: string, value: string): Promise<void>;
  /** Types text into the focused element, key by key. */
  type(text: string): Promise<void>;
  /** Presses one key, named as in KeyboardEvent.key (`Enter`, `Escape`, `Tab`, `ArrowDown`). */
  press(key: string): Promise<void>;
  setViewport(size: { width: number; height: number }): Promise<void>;
  screenshot(path: string, options?: { fullPage?: boolean }): Promise<void>;
  /** Prints the page to PDF, with print media, as the browser's own print does. */
  printToPdf(): Promise<Uint8Array>;
  /** Runs `trigger` and returns the text of the file the browser downloads because of it. */
  download(trigger: () => Promise<void>): Promise<string>;
  /** Takes the problems recorded since the last call (across navigations), leaving none behind. */
  takeProblems(): Promise<PageProblems>;
  close(): Promise<void>;
}

/** Where the first-script recorder keeps a document's CSP violations until the driver takes them. */
const RECORD = '__polcoopCspViolations';

/**
 * Runs in every document before any of its own scripts: records each `securitypolicyviolation` (the event fires
 * whether or not the page catches the blocked call), so a violation by a start-up script cannot slip by.
 */
export const CSP_RECORDER_SCRIPT = `(() => {
  const seen = (window.${RECORD} = []);
  window.addEventListener('securitypolicyviolation', (e) => {
    seen.push(e.violatedDirective + ' blocked ' + (e.blockedURI || '(inline)') + ' at ' + (e.sourceFile || '?') + ':' + e.lineNumber);
  }, true);
})();`;

/** Runs in the page: takes (and clears) the violations the recorder holds; none where it never ran. */
function takeRecordedViolations(record: string): string[] {
  const seen = (window as unknown as Record<string, string[] | undefined>)[record];
  return seen ? seen.splice(0) : [];
}

/** Whether a request stays on the page's origin (or never touches the network). */
function staysHome(url: string, origin: string): boolean {
  return url.startsWith('data:') || new URL(url).origin === origin;
}

/** Runs `takeRecordedViolations` in the driver's current document, through its browser library. */
export type EvaluateRecord = (fn: (record: string) => string[], record: string) => Promise<string[]>;

/**
 * The problems a driver has seen, kept across navigations: the driver reports console errors and requests as its
 * browser emits them, and leaves a document only through `leaving`, which first moves that document's recorded
 * violations here (they would go with it).
 */
export class ProblemLog {
  private problems: PageProblems = { consoleErrors: [], cspViolations: [], foreignRequests: [] };

  /**
   * @param origin the web edition's origin: any other is foreign.
   * @param evaluate how the driver runs a function in its page.
   */
  constructor(
    private readonly origin: string,
    private readonly evaluate: EvaluateRecord,
  ) {}

  consoleError(text: string): void {
    this.problems.consoleErrors.push(text);
  }

  request(url: string): void {
    if (!staysHome(url, this.origin)) this.problems.foreignRequests.push(url);
  }

  /** Moves the current document's recorded violations here, then leaves it (navigates or reloads). */
  async leaving(leave: () => Promise<unknown>): Promise<void> {
    await this.harvest();
    await leave();
  }

  /** Takes everything seen so far, the current document's violations included, leaving none behind. */
  async take(): Promise<PageProblems> {
    await this.harvest();
    const taken = this.problems;
    this.problems = { consoleErrors: [], cspViolations: [], foreignRequests: [] };
    return taken;
  }

  private async harvest(): Promise<void> {
    this.problems.cspViolations.push(...(await this.evaluate(takeRecordedViolations, RECORD)));
  }
}
