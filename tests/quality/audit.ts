/**
 * `npm audit --omit=dev`: fails on a high or critical advisory in what ships to browsers. When the
 * registry's audit endpoint cannot be reached (offline CI, a mirror without /-/npm/v1/security,
 * HTTP 405), it says so plainly and does not fail: an unavailable service is not a vulnerability.
 */
import { spawnSync } from 'node:child_process';

interface AuditReport {
  metadata?: { vulnerabilities?: Record<string, number> };
  vulnerabilities?: Record<string, { severity: string; via: unknown[]; fixAvailable?: unknown }>;
  error?: { code?: string; summary?: string; detail?: string };
}

const UNAVAILABLE =
  /E405|E404|E5\d\d|ENOTFOUND|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EAI_AGAIN|ENOAUDIT|audit endpoint|Method Not Allowed/i;

function main(): number {
  const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8', timeout: 120_000 });
  let report: AuditReport = {};
  try {
    report = JSON.parse(run.stdout || '{}') as AuditReport;
  } catch {
    // npm printed something other than JSON: judged from the text below.
  }
  const problem = [
    report.error?.code,
    report.error?.summary,
    report.error?.detail,
    run.stderr,
    run.error?.message,
  ]
    .filter(Boolean)
    .join(' ');
  const counts = report.metadata?.vulnerabilities;
  if (!counts) {
    if (UNAVAILABLE.test(problem) || run.error) {
      console.log(`npm audit: the registry's audit service is unavailable here, so nothing was checked.`);
      console.log(`  (${problem.replace(/\s+/g, ' ').trim().slice(0, 300)})`);
      console.log('  Not a failure: run `npm audit --omit=dev` where the registry answers.');
      return 0;
    }
    console.error(`npm audit gave no result: ${problem.slice(0, 500) || `exit ${run.status}`}`);
    return 1;
  }
  const summary = ['critical', 'high', 'moderate', 'low', 'info']
    .map((s) => `${s} ${counts[s] ?? 0}`)
    .join(', ');
  console.log(`npm audit --omit=dev: ${summary}`);
  const serious = Object.entries(report.vulnerabilities ?? {}).filter(([, v]) =>
    ['high', 'critical'].includes(v.severity),
  );
  for (const [name, v] of serious) {
    console.error(`  ${v.severity}: ${name}${v.fixAvailable ? ' (fix available: npm audit fix)' : ''}`);
  }
  return serious.length > 0 ? 1 : 0;
}

process.exit(main());
