/**
 * The named people the benchmark signs in as (users.json, which bench/run.mjs reads too). Their PINs are
 * public test values; every other generated person shares the employee's verifier (hashing 500 PINs at
 * 600,000 iterations would take minutes).
 */
import users from './users.json';

export const BENCH_USERS = users;
