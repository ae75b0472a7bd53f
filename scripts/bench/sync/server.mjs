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

/**
 * CPU time (user + system) the process has used, in ms, or null off Linux. /proc counts clock ticks of
 * USER_HZ, which is 100 on Linux. Unlike wall time, it hardly grows when other processes share the cores.
 */
export function cpuMsOf(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

/**
 * Polls the RSS every 50 ms while `fn` runs; returns { result, peakRssMB, hwmMB, cpuMs } (hwm: the lifetime
 * peak; cpuMs: the server's CPU time during `fn`, null off Linux).
 */
export async function withPeakRss(pid, fn) {
  const cpuAtStart = cpuMsOf(pid);
  let peak = memoryOf(pid)?.rssKB ?? 0;
  const timer = setInterval(() => {
    const m = memoryOf(pid);
    if (m && m.rssKB > peak) peak = m.rssKB;
  }, 50);
  try {
    const result = await fn();
    const end = memoryOf(pid);
    if (end && end.rssKB > peak) peak = end.rssKB;
    const cpuAtEnd = cpuMsOf(pid);
    return {
      result,
      peakRssMB: Math.round(peak / 102.4) / 10,
      hwmMB: end ? Math.round(end.hwmKB / 102.4) / 10 : null,
      cpuMs: cpuAtStart === null || cpuAtEnd === null ? null : cpuAtEnd - cpuAtStart,
    };
  } finally {
    clearInterval(timer);
  }
}
