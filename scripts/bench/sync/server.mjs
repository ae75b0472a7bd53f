// The server's memory while a benchmark runs (the server itself is started by ../server.mjs).
import { readFileSync } from 'node:fs';

/** kB fields of /proc/<pid>/status (VmRSS, VmHWM), or null off Linux. */
export function memoryOf(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (name) => Number(status.match(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm'))?.[1] ?? NaN);
    return { rssKB: kb('VmRSS'), hwmKB: kb('VmHWM') };
  } catch {
    return null;
  }
}

/** Polls the RSS every 50 ms while `fn` runs; returns { result, peakRssMB, hwmMB } (hwm: the lifetime peak). */
export async function withPeakRss(pid, fn) {
  let peak = memoryOf(pid)?.rssKB ?? 0;
  const timer = setInterval(() => {
    const m = memoryOf(pid);
    if (m && m.rssKB > peak) peak = m.rssKB;
  }, 50);
  try {
    const result = await fn();
    const end = memoryOf(pid);
    if (end && end.rssKB > peak) peak = end.rssKB;
    return { result, peakRssMB: Math.round(peak / 102.4) / 10, hwmMB: end ? Math.round(end.hwmKB / 102.4) / 10 : null };
  } finally {
    clearInterval(timer);
  }
}
