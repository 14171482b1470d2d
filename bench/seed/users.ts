/**
 * The named people the benchmark signs in as. Their PINs are public test values; every other generated
 * person shares the employee's verifier (hashing 500 PINs at 600,000 iterations would take minutes).
 */
export const BENCH_USERS = {
  admin: { index: -1, displayName: 'Ada Admin', pin: '480917' },
  supervisor: { index: 0, displayName: 'Sam Supervisor', pin: '615243' },
  employee: { index: 35, displayName: 'Eve Employee', pin: '274816' },
} as const;
