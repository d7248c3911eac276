// Preloaded into both server processes (with --expose-gc) so the bench can ask for a full garbage
// collection before reading RSS, without changing either server's own entry point.
if (typeof globalThis.gc === 'function') {
  process.on('SIGUSR2', () => globalThis.gc());
}
