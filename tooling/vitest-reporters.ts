/**
 * Vitest reporters: the default one, plus a JSON report per run when HEARTH_TEST_REPORT_DIR is
 * set (CI adds the runs up into one closing "N passed, N failed" line).
 */
export function reporters(name: string): (string | [string, Record<string, unknown>])[] {
  const dir = process.env.HEARTH_TEST_REPORT_DIR;
  if (!dir) return ['default'];
  const label = process.env.HEARTH_TEST_REPORT_LABEL ?? name;
  return ['default', ['json', { outputFile: `${dir}/${label}.json` }]];
}
