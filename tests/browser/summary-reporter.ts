/**
 * One closing line after the list reporter, `browser: N passed, N failed[, N skipped]`, so a CI log
 * reader sees the count in a fixed shape. A flaky or timed-out test counts as failed (retries are 0).
 */
import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

export default class SummaryReporter implements Reporter {
  private readonly outcomes = new Map<string, TestResult['status']>();

  onTestEnd(test: TestCase, result: TestResult): void {
    this.outcomes.set(test.id, result.status);
  }

  onEnd(_result: FullResult): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const status of this.outcomes.values()) {
      if (status === 'passed') passed++;
      else if (status === 'skipped') skipped++;
      else failed++;
    }
    const tail = skipped ? `, ${skipped} skipped` : '';
    process.stdout.write(`\nbrowser: ${passed} passed, ${failed} failed${tail}\n`);
  }

  printsToStdio(): boolean {
    return false;
  }
}
