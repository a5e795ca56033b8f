// Helpers shared by the rules tests only; not exported from the package.

/** A Markdown table's rows as trimmed cells (the alignment row as dashes only), to compare tables cell by cell. */
export function tableCells(markdown: string): string[][] {
  return markdown
    .trim()
    .split('\n')
    .map((line) =>
      line
        .replace(/^\||\|$/g, '')
        .split('|')
        .map((cell) => (/^\s*:?-+:?\s*$/.test(cell) ? '---' : cell.trim())),
    );
}

/** The Markdown between `<!-- <marker>:start -->` and `<!-- <marker>:end -->` in a document, if any. */
export function markedTable(doc: string, marker: string): string | undefined {
  return new RegExp(`<!-- ${marker}:start -->\\n([\\s\\S]*?)<!-- ${marker}:end -->`).exec(doc)?.[1];
}

/** A rules table as Markdown: one row per action, a cell per column (✓, or the refusal code). */
export function renderTable(
  columns: readonly string[],
  rows: ReadonlyArray<{ what: string; cells: string[] }>,
): string {
  const header = `| action | ${columns.join(' | ')} |`;
  const rule = `| --- | ${columns.map(() => ':---:').join(' | ')} |`;
  const lines = rows.map(
    (row) => `| ${row.what} | ${row.cells.map((c) => (c === '✓' ? '✓' : `\`${c}\``)).join(' | ')} |`,
  );
  return [header, rule, ...lines].join('\n') + '\n';
}
