// Tiny test harness (no mocha: we avoid extra dependencies inside the extension host).
// Test files call test(name, fn) at load time; index.js runs them in load order.
'use strict';

const tests = [];
const metrics = {};

/** Register a test. opts.timeout (ms) defaults to 30 s. */
function test(name, fn, opts = {}) {
  tests.push({ name, fn, timeout: opts.timeout ?? 30_000 });
}

/** Record a number (e.g. a timing) that the runner prints next to the results. */
function metric(name, value) {
  metrics[name] = value;
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Poll `predicate` until it returns a truthy value (which is returned) or the deadline
 * passes. Use this for every wait; never assert after a fixed sleep.
 */
async function waitFor(predicate, { timeout = 10_000, interval = 100, what = 'condition' } = {}) {
  const deadline = Date.now() + timeout;
  let lastError;
  for (;;) {
    try {
      const value = await predicate();
      if (value) return value;
    } catch (e) {
      lastError = e;
    }
    if (Date.now() >= deadline) {
      const why = lastError ? ` (last error: ${lastError.message})` : '';
      throw new Error(`Timed out after ${timeout} ms waiting for ${what}${why}`);
    }
    await sleep(interval);
  }
}

/**
 * Assert that `predicate` stays truthy for the whole window (for "nothing arrives"
 * checks). Fails as soon as it turns falsy; `describe()` explains the failure.
 */
async function holdsFor(predicate, ms, { interval = 100, describe = () => 'condition broke' } = {}) {
  const deadline = Date.now() + ms;
  for (;;) {
    if (!(await predicate())) throw new Error(await describe());
    if (Date.now() >= deadline) return;
    await sleep(interval);
  }
}

function withTimeout(promise, ms, name) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`test "${name}" timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Run all registered tests sequentially; never throws. onResult sees each result. */
async function runAll({ log = console.log, onResult = () => {} } = {}) {
  const results = [];
  for (const t of tests) {
    const start = Date.now();
    let ok = true;
    let error = null;
    try {
      await withTimeout(Promise.resolve().then(t.fn), t.timeout, t.name);
    } catch (e) {
      ok = false;
      error = (e && e.stack) || String(e);
    }
    const ms = Date.now() - start;
    results.push({ name: t.name, ok, error, ms });
    onResult(results);
    log(`${ok ? 'PASS' : 'FAIL'} ${t.name} (${ms} ms)${ok ? '' : `\n  ${error}`}`);
  }
  return { tests: results, metrics: { ...metrics } };
}

module.exports = { test, metric, waitFor, holdsFor, sleep, runAll };
